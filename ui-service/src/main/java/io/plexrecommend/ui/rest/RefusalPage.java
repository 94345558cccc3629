package io.plexrecommend.ui.rest;

import io.plexrecommend.rest.Refusal;
import io.plexrecommend.rest.RefusalRenderer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/**
 * Requests refused before a resource method runs (a path this UI does not have, such as a tab other than movie or
 * show, a method or content type a route does not take, a form or upload that cannot be read): the same readable
 * notice as every other refusal, worded for someone using the page. The framework's own answers are empty, which
 * htmx would swap in as a blank panel. Which requests and which status: rest-support's RequestErrorMappers.
 */
@ApplicationScoped
public class RefusalPage implements RefusalRenderer {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance refused(String message);
    }

    @Override
    public Response render(Refusal refusal) {
        String message = switch (refusal.kind()) {
            case UNDECODABLE_BODY, UNREADABLE_JSON -> "The form could not be read. Reload the page and try again.";
            case UNSUPPORTED_MEDIA_TYPE -> "This action does not take that kind of data. Reload the page and try again.";
            case METHOD_NOT_ALLOWED -> "This address does not take that kind of request.";
            case NOT_FOUND -> "There is nothing here.";
            case STATED -> refusal.status() == 404 ? "There is nothing here: " + refusal.message() + "."
                    : "The request was refused: " + refusal.message() + ".";
            case INTERNAL -> "Something went wrong here; the ui-service log has the details.";
            case BAD_PARAMETER, OTHER -> "The request was refused (" + refusal.message() + ").";
        };
        Response.Status status = Response.Status.fromStatusCode(refusal.status());
        return HtmlResponse.of(status != null ? status : Response.Status.BAD_REQUEST, Templates.refused(message));
    }
}
