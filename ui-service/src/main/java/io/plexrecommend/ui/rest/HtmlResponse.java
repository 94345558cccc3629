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

    /**
     * The browser event announcing that items or ratings are on their way to the recommender (a scan, an import, a
     * reset): the page's Model counters refresh on it and keep following until the counts settle, and the media
     * tabs follow the counters (static/app.js).
     */
    static final String LIBRARY_CHANGED = "library-changed";

    /** {@link #ok}, and tells htmx to fire {@value #LIBRARY_CHANGED} in the page ({@code HX-Trigger}). */
    static Response changed(TemplateInstance body) {
        return builder(Response.Status.OK, body).header("HX-Trigger", LIBRARY_CHANGED).build();
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
