package io.plexrecommend.ui.rest;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Panels are live views of other services' state, so the browser must not cache them. */
final class HtmlResponse {

    private HtmlResponse() {
    }

    static Response ok(TemplateInstance body) {
        return of(Response.Status.OK, body);
    }

    static Response of(Response.StatusType status, TemplateInstance body) {
        return builder(status, body).build();
    }

    static Response.ResponseBuilder builder(Response.StatusType status, TemplateInstance body) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(status).type(MediaType.TEXT_HTML).cacheControl(noStore).entity(body.render());
    }
}
