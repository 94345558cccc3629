package io.plexrecommend.ui.poster;

import io.plexrecommend.ui.page.MediaId;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

/**
 * {@code GET /posters/{mediaId}}: the item's poster through scanner-service (which alone holds the Plex token and
 * knows the item's image refs), or a placeholder. It takes only a media id, never a URL or path, so it cannot be
 * used as a proxy.
 */
@Path("/posters/{mediaId}")
public class PosterResource {

    private final Posters posters;

    PosterResource(Posters posters) {
        this.posters = posters;
    }

    @GET
    public Response poster(@RestPath String mediaId) {
        Poster poster = posters.forItem(MediaId.parse(mediaId));
        CacheControl cache = new CacheControl();
        // Real artwork rarely changes; a placeholder may become artwork after the next scan.
        cache.setMaxAge(poster.placeholder() ? 300 : 86_400);
        cache.setPrivate(true);
        return Response.ok(poster.bytes(), poster.contentType()).cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
