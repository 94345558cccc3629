package io.plexrecommend.ui.rest;

import io.plexrecommend.ui.client.RecommenderClient;
import io.plexrecommend.ui.client.RecommenderStatus;
import io.plexrecommend.ui.client.TrainerLogLine;
import io.plexrecommend.ui.client.UpstreamException;
import io.plexrecommend.ui.config.UiConfig;
import io.plexrecommend.ui.page.ProfileParam;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

/**
 * The Configuration tab: its skeleton (each card loads itself), the recommender's status, model management
 * (reset a profile or everything) and the trainer's live log. Settings, scans and imports have their own resources.
 */
@Path("/config")
@Produces(MediaType.TEXT_HTML)
public class ConfigResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance configTab(String profile);

        static native TemplateInstance status(RecommenderStatus status);

        static native TemplateInstance done(String message);

        static native TemplateInstance logLine(TrainerLogLine line);
    }

    private final RecommenderClient recommender;
    private final UiConfig config;

    ConfigResource(RecommenderClient recommender, UiConfig config) {
        this.recommender = recommender;
        this.config = config;
    }

    @GET
    public Response configTab(@BeanParam ProfileParam profile) {
        return HtmlResponse.ok(Templates.configTab(profile.resolve(config.defaultProfile()).name()));
    }

    @GET
    @Path("status")
    public Response status() {
        return HtmlResponse.ok(Templates.status(recommender.status()));
    }

    /** Removes every rating of the current profile (the page asks for confirmation first). */
    @POST
    @Path("reset-profile")
    public Response resetProfile(@BeanParam ProfileParam profile) {
        String name = profile.resolve(config.defaultProfile()).name();
        recommender.resetProfile(name);
        return HtmlResponse.changed(Templates.done("All ratings of " + name + " are being removed; the model relearns from nothing."));
    }

    /** Resets everything the recommender learned, for every profile (the page asks for confirmation first). */
    @POST
    @Path("reset-all")
    public Response resetEverything() {
        recommender.resetEverything();
        return HtmlResponse.changed(Templates.done("Everything is being reset: ratings, models and caches of every profile."));
    }

    /**
     * The trainer's log, proxied from the recommender (the browser reaches only this service), each line rendered
     * here as an escaped list item for htmx's SSE extension ({@code sse-swap="log"}).
     */
    @GET
    @Path("trainer-log")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> trainerLog(@Context Sse sse) {
        return recommender.trainerLog()
                .map(line -> Templates.logLine(line).render())
                .onFailure(UpstreamException.class)
                .recoverWithItem(e -> Templates.done(e.getMessage()).render())
                .map(html -> sse.newEventBuilder().name("log").data(SseHtml.oneLine(html)).build());
    }
}
