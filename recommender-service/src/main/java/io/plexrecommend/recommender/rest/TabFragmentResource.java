package io.plexrecommend.recommender.rest;

import io.plexrecommend.events.MediaType;
import io.plexrecommend.recommender.recommendation.Recommender;
import io.plexrecommend.recommender.validation.InvalidRequestException;
import io.plexrecommend.recommender.validation.Profiles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;

/**
 * The HTML fragment ui-service puts in a tab: the current recommendation with 1–10 rating buttons that post to
 * ui-service ({@code tabs/<type>/ratings}, relative to its page). Browsers never call this service.
 */
@Path("/fragments")
public class TabFragmentResource {

    @CheckedTemplate
    public static class Templates {
        /** @param view the recommendation, or null when nothing is left to recommend */
        public static native TemplateInstance tab(TabView view, String type);
    }

    private final Recommender recommender;

    TabFragmentResource(Recommender recommender) {
        this.recommender = recommender;
    }

    /** @param type {@code movie} (default) or {@code show} */
    @GET
    @Path("/tab")
    @Produces(jakarta.ws.rs.core.MediaType.TEXT_HTML)
    public TemplateInstance tab(@QueryParam("profile") String profile, @QueryParam("type") String type) {
        if (profile == null || profile.isBlank()) {
            throw new InvalidRequestException("profile is missing, e.g. /fragments/tab?profile=alice&type=movie");
        }
        Profiles.require(profile);
        MediaType mediaType = type == null || type.isBlank() ? MediaType.MOVIE : MediaTypes.parse(type);
        TabView view = recommender.top(profile, mediaType).map(TabView::of).orElse(null);
        return Templates.tab(view, mediaType.wireName());
    }
}
