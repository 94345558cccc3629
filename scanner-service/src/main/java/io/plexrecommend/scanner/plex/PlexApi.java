package io.plexrecommend.scanner.plex;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The Plex Media Server endpoints the scanner reads; {@link PlexClient} is the only user. Answers are taken raw
 * ({@link Response}) because a server behind a proxy may answer XML although JSON was asked for: {@link PlexBodies}
 * reads both. A status of 400 or more still arrives as a {@code WebApplicationException}.
 */
@Produces(MediaType.APPLICATION_JSON)
interface PlexApi {

    /** The server root: {@code friendlyName}, {@code version}, {@code machineIdentifier}. */
    @GET
    @Path("/")
    Response root();

    @GET
    @Path("/library/sections")
    Response sections();

    /** One page of a section's items; {@code type} 1 = movies, 2 = shows. */
    @GET
    @Path("/library/sections/{key}/all")
    Response items(@PathParam("key") String sectionKey,
            @QueryParam("type") int type,
            @QueryParam("includeGuids") int includeGuids,
            @QueryParam("X-Plex-Container-Start") int start,
            @QueryParam("X-Plex-Container-Size") int size);

    /** One item with its full tag arrays (the listing carries only some). */
    @GET
    @Path("/library/metadata/{ratingKey}")
    Response metadata(@PathParam("ratingKey") String ratingKey, @QueryParam("includeGuids") int includeGuids);

    /** {@code machineIdentifier}: the server part of the {@code server://} URIs that name items in playlists. */
    @GET
    @Path("/identity")
    Response identity();

    /** The token user's playlists ({@code Metadata[]} of {@code type: playlist}). */
    @GET
    @Path("/playlists")
    Response playlists(@QueryParam("playlistType") String playlistType);

    /** A new non-smart playlist holding the items {@code uri} names, in its order; answers the playlist. */
    @POST
    @Path("/playlists")
    Response createPlaylist(@QueryParam("type") String type, @QueryParam("title") String title,
            @QueryParam("smart") int smart, @QueryParam("uri") String uri);

    /** Appends the items {@code uri} names, in order. */
    @PUT
    @Path("/playlists/{id}/items")
    Response addToPlaylist(@PathParam("id") String playlistId, @QueryParam("uri") String uri);

    /** Empties a non-smart playlist. */
    @DELETE
    @Path("/playlists/{id}/items")
    Response clearPlaylist(@PathParam("id") String playlistId);

    @DELETE
    @Path("/playlists/{id}")
    Response deletePlaylist(@PathParam("id") String playlistId);
}
