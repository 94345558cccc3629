package io.plexrecommend.scanner.rest;

import io.plexrecommend.scanner.artwork.Artwork;
import io.plexrecommend.scanner.artwork.ArtworkService;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * An item's poster, fetched server side from the Plex server (with the token, which stays here) or TMDB's image
 * host. Only the image reference the scan stored for the item is used: the caller names an item, never a URL.
 */
@Path("/api/artwork")
public class ArtworkResource {

    private final ArtworkService artwork;

    public ArtworkResource(ArtworkService artwork) {
        this.artwork = artwork;
    }

    @GET
    @Path("/{mediaId}")
    public RestResponse<?> poster(@PathParam("mediaId") String mediaId, @QueryParam("width") @DefaultValue("342") int width) {
        Artwork image = artwork.poster(mediaId, width);
        return RestResponse.ResponseBuilder.ok(image.bytes())
                .type(MediaType.valueOf(image.contentType()))
                .header("Cache-Control", "public, max-age=86400")
                .build();
    }
}
