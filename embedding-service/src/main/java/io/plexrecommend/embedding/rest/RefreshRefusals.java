package io.plexrecommend.embedding.rest;

import io.plexrecommend.rest.JsonRefusalRenderer;
import io.plexrecommend.rest.Refusal;
import io.plexrecommend.rest.RefusalRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/**
 * Refusals as {@code {"error":…}}, like every other error here. {@code POST /api/embeddings/refresh} is the only
 * endpoint with a body, so a body it cannot read is answered with what it expects.
 */
@ApplicationScoped
public class RefreshRefusals implements RefusalRenderer {

    @Override
    public Response render(Refusal refusal) {
        String message = switch (refusal.kind()) {
            case UNREADABLE_JSON -> refusal.message() + ", " + RefreshResource.EXPECTED;
            case UNSUPPORTED_MEDIA_TYPE -> "this endpoint takes application/json, " + RefreshResource.EXPECTED;
            default -> refusal.message();
        };
        return JsonRefusalRenderer.json(refusal.status(), message);
    }
}
