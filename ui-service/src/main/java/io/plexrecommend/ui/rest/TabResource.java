package io.plexrecommend.ui.rest;

import io.plexrecommend.ui.client.RatingRequest;
import io.plexrecommend.ui.client.RecommendationFilter;
import io.plexrecommend.ui.client.RecommenderClient;
import io.plexrecommend.ui.client.UpstreamException;
import io.plexrecommend.ui.config.UiConfig;
import io.plexrecommend.ui.page.BadInputException;
import io.plexrecommend.ui.page.MediaId;
import io.plexrecommend.ui.page.MediaTab;
import io.plexrecommend.ui.page.ProfileParam;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The Movies and TV Shows tabs, swapped in by htmx. Every route answers with recommender-service's fragment as it
 * comes (markup from our own service, escaped there by Qute); everything rendered here is escaped by Qute.
 * Failures of the recommender become panels through {@link UpstreamErrorMapper}.
 */
@Path("/tabs/{type}")
@Produces(MediaType.TEXT_HTML)
public class TabResource {

    static final int DEFAULT_LIST_LIMIT = 20;
    static final int MAX_LIST_LIMIT = 100;
    /** Content ratings offered in the list filter, mildest first (US film and TV scales). */
    static final List<String> CONTENT_RATINGS = List.of("G", "TV-Y", "TV-G", "PG", "TV-PG", "PG-13", "TV-14", "R",
            "TV-MA", "NC-17");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mediaTab(MediaTab tab, String fragment);

        static native TemplateInstance list(MediaTab tab, List<String> contentRatings, String fragment);

        static native TemplateInstance withNotice(String notice, String fragment);
    }

    private final RecommenderClient recommender;
    private final UiConfig config;

    TabResource(RecommenderClient recommender, UiConfig config) {
        this.recommender = recommender;
        this.config = config;
    }

    /** The whole tab: view switcher (for you / top list / history) and the current recommendation. */
    @GET
    public Response tab(@RestPath String type, @BeanParam ProfileParam profile) {
        MediaTab tab = MediaTab.fromPath(type);
        return HtmlResponse.ok(Templates.mediaTab(tab, recommender.nextFragment(name(profile), tab.wireName())));
    }

    @GET
    @Path("next")
    public Response next(@RestPath String type, @BeanParam ProfileParam profile) {
        return fragment(recommender.nextFragment(name(profile), MediaTab.fromPath(type).wireName()));
    }

    /** The filter form with the first list; the form itself asks {@link #recommendations} again on every change. */
    @GET
    @Path("list")
    public Response list(@RestPath String type, @BeanParam ProfileParam profile) {
        MediaTab tab = MediaTab.fromPath(type);
        String fragment = recommender.listFragment(name(profile), tab.wireName(),
                new RecommendationFilter(DEFAULT_LIST_LIMIT, null, null, null, false));
        return HtmlResponse.ok(Templates.list(tab, CONTENT_RATINGS, fragment));
    }

    @GET
    @Path("recommendations")
    public Response recommendations(@RestPath String type, @BeanParam ProfileParam profile,
            @RestQuery Integer limit, @RestQuery("genre") List<String> genres,
            @RestQuery("excludeGenre") List<String> excludedGenres, @RestQuery String maxContentRating,
            @RestQuery String inLibrary) {
        MediaTab tab = MediaTab.fromPath(type);
        if (limit != null && (limit < 1 || limit > MAX_LIST_LIMIT)) {
            throw new BadInputException("The list shows 1 to " + MAX_LIST_LIMIT + " titles.");
        }
        if (maxContentRating != null && !maxContentRating.isBlank() && !CONTENT_RATINGS.contains(maxContentRating)) {
            throw new BadInputException("Unknown content rating: " + maxContentRating);
        }
        RecommendationFilter filter = new RecommendationFilter(limit == null ? DEFAULT_LIST_LIMIT : limit,
                nonBlank(genres), nonBlank(excludedGenres), maxContentRating, "on".equals(inLibrary) || "true".equals(inLibrary));
        return fragment(recommender.listFragment(name(profile), tab.wireName(), filter));
    }

    @GET
    @Path("history")
    public Response history(@RestPath String type, @BeanParam ProfileParam profile) {
        return fragment(recommender.historyFragment(name(profile), MediaTab.fromPath(type).wireName()));
    }

    @GET
    @Path("items/{mediaId}/why")
    public Response why(@RestPath String type, @RestPath String mediaId, @BeanParam ProfileParam profile) {
        MediaTab.fromPath(type);
        return fragment(recommender.whyFragment(name(profile), MediaId.parse(mediaId)));
    }

    @GET
    @Path("items/{mediaId}/similar")
    public Response similar(@RestPath String type, @RestPath String mediaId, @BeanParam ProfileParam profile) {
        MediaTab tab = MediaTab.fromPath(type);
        return fragment(recommender.similarFragment(name(profile), MediaId.parse(mediaId), tab.wireName()));
    }

    /**
     * Saves one rating and answers with what the rated title's view shows next: the next recommendation, or the
     * history again when the rating was changed there ({@code view=history}, added by app.js). A refused rating
     * keeps the view usable: the reason is shown above the unchanged content, with status 400.
     */
    @POST
    @Path("ratings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rate(@RestPath String type, @RestForm String mediaId, @RestForm String rating,
            @RestForm String view, @BeanParam ProfileParam profile) {
        MediaTab tab = MediaTab.fromPath(type);
        String current = name(profile);
        String notice = null;
        try {
            recommender.rate(current, RatingForm.parse(mediaId, rating));
        } catch (BadInputException e) {
            notice = e.getMessage();
        } catch (UpstreamException e) {
            if (e.kind() != UpstreamException.Kind.REJECTED) {
                throw e;
            }
            notice = e.getMessage();
        }
        String fragment = "history".equals(view)
                ? recommender.historyFragment(current, tab.wireName())
                : recommender.nextFragment(current, tab.wireName());
        if (notice == null) {
            return fragment(fragment);
        }
        return HtmlResponse.of(Response.Status.BAD_REQUEST, Templates.withNotice(notice, fragment));
    }

    /** Removes one rating from the history and answers with the history without it. */
    @DELETE
    @Path("ratings/{mediaId}")
    public Response unrate(@RestPath String type, @RestPath String mediaId, @BeanParam ProfileParam profile) {
        MediaTab tab = MediaTab.fromPath(type);
        String current = name(profile);
        recommender.removeRating(current, MediaId.parse(mediaId));
        return fragment(recommender.historyFragment(current, tab.wireName()));
    }

    /** "Not interested": the title is not recommended again; answers with the next recommendation. */
    @POST
    @Path("dismissals")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response dismiss(@RestPath String type, @RestForm String mediaId, @BeanParam ProfileParam profile) {
        MediaTab tab = MediaTab.fromPath(type);
        String current = name(profile);
        recommender.dismiss(current, MediaId.parse(mediaId));
        return fragment(recommender.nextFragment(current, tab.wireName()));
    }

    private String name(ProfileParam profile) {
        return profile.resolve(config.defaultProfile()).name();
    }

    private static Response fragment(String html) {
        return HtmlResponse.ok(Templates.withNotice(null, html));
    }

    private static List<String> nonBlank(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).toList();
    }

    /** The two form fields a rating button sends: the hidden {@code mediaId} and the button's {@code rating}. */
    static final class RatingForm {

        private RatingForm() {
        }

        static RatingRequest parse(String mediaId, String rating) {
            if (mediaId == null || mediaId.isBlank()) {
                throw new BadInputException("The rating did not say which title it was for.");
            }
            int value;
            try {
                value = Integer.parseInt(rating == null ? "" : rating.trim());
            } catch (NumberFormatException e) {
                throw new BadInputException("A rating is a whole number from 1 to 10.");
            }
            if (value < 1 || value > 10) {
                throw new BadInputException("A rating is a whole number from 1 to 10.");
            }
            return new RatingRequest(MediaId.parse(mediaId), value);
        }
    }
}
