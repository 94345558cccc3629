package io.plexrecommend.embedding.rest;

import io.plexrecommend.embedding.media.Reembedder;
import io.plexrecommend.events.MediaId;
import io.plexrecommend.rest.Echo;
import io.plexrecommend.rest.JsonRefusalRenderer;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/embeddings/refresh} {@code {"mediaIds":[…]}}: embeds those items again from their cached input
 * in the background and re-publishes them on {@code media-embeddings} (the recommender's vector duty asks for items
 * whose vector it lacks or holds for too long). Answers 202 {@code {"accepted":N,"unknown":[…]}} at once; unknown
 * ids have no cached input here and are embedded when their next {@code media-items} event arrives.
 */
@Path("/api/embeddings/refresh")
public class RefreshResource {

    /** A request's limit, so one call cannot queue an unbounded amount of work; callers send batches. */
    static final int MAX_IDS = 1000;
    static final String EXPECTED = "expected JSON like {\"mediaIds\":[\"movie:tmdb:603\"]}";

    public record RefreshRequest(List<String> mediaIds) {
    }

    private final Reembedder reembedder;

    public RefreshResource(Reembedder reembedder) {
        this.reembedder = reembedder;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response refresh(RefreshRequest request) {
        if (request == null || request.mediaIds() == null || request.mediaIds().isEmpty()) {
            return badRequest("no media ids, " + EXPECTED);
        }
        if (request.mediaIds().size() > MAX_IDS) {
            return badRequest("at most " + MAX_IDS + " media ids per request");
        }
        for (String mediaId : request.mediaIds()) {
            if (mediaId == null || !MediaId.isValid(mediaId)) {
                return badRequest("not a media id: " + (mediaId == null ? "null" : Echo.of(mediaId)));
            }
        }
        Reembedder.Accepted accepted = reembedder.request(request.mediaIds());
        return Response.accepted(Map.of("accepted", accepted.accepted(), "unknown", accepted.unknown())).build();
    }

    static Response badRequest(String message) {
        return JsonRefusalRenderer.json(Response.Status.BAD_REQUEST.getStatusCode(), message);
    }
}
