package io.plexrecommend.recommender.rest;

import io.plexrecommend.events.MediaType;
import io.plexrecommend.recommender.catalog.ItemCatalog;
import io.plexrecommend.recommender.profile.ProfileStates;
import io.plexrecommend.recommender.rating.RatingService;
import io.plexrecommend.recommender.rating.StoredRating;
import io.plexrecommend.recommender.recommendation.Explanation;
import io.plexrecommend.recommender.recommendation.Explorer;
import io.plexrecommend.recommender.recommendation.Filters;
import io.plexrecommend.recommender.recommendation.Recommendation;
import io.plexrecommend.recommender.recommendation.Recommender;
import io.plexrecommend.recommender.recommendation.UnknownItemException;
import io.plexrecommend.recommender.validation.Profiles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/**
 * The HTML fragments ui-service embeds in its Movies and TV Shows tabs (no {@code <html>} wrapper). Their URLs for
 * htmx ({@code tabs/<type>/...}) are relative to the UI's page; ui-service serves them and answers with these
 * fragments. Browsers never call this service.
 */
@Path("/fragments/profiles/{profile}")
@Produces(jakarta.ws.rs.core.MediaType.TEXT_HTML)
public class FragmentResource {

    @CheckedTemplate
    public static class Templates {
        /** @param card the current recommendation, or null when nothing is left */
        public static native TemplateInstance next(CardView card, String type);

        public static native TemplateInstance recommendations(List<CardView> cards, String type);

        public static native TemplateInstance history(List<HistoryRow> rows, String type);

        public static native TemplateInstance why(String title, Explanation explanation);

        public static native TemplateInstance similar(String title, List<CardView> cards, String type);
    }

    /** A rated title in the history table. */
    public record HistoryRow(String mediaId, String title, Integer year, int rating, String ratedOn) {
        public List<Integer> ratings() {
            return CardView.RATINGS;
        }
    }

    private final Recommender recommender;
    private final Explorer explorer;
    private final ItemCatalog catalog;
    private final RatingService ratings;
    private final ProfileStates profiles;

    FragmentResource(Recommender recommender, Explorer explorer, ItemCatalog catalog, RatingService ratings,
            ProfileStates profiles) {
        this.recommender = recommender;
        this.explorer = explorer;
        this.catalog = catalog;
        this.ratings = ratings;
        this.profiles = profiles;
    }

    @GET
    @Path("/next")
    public TemplateInstance next(@PathParam("profile") String profile, @QueryParam("type") String type) {
        MediaType mediaType = tabType(type);
        CardView card = explorer.next(profile, Filters.ofType(mediaType))
                .map(r -> CardView.of(catalog.details(r.mediaId()), r)).orElse(null);
        return Templates.next(card, mediaType.wireName());
    }

    @GET
    @Path("/recommendations")
    public TemplateInstance recommendations(@PathParam("profile") String profile, @BeanParam FilterParams filters,
            @QueryParam("limit") Integer limit) {
        if (filters.type == null || filters.type.isBlank()) {
            filters.type = MediaType.MOVIE.wireName();
        }
        List<CardView> cards = recommender.recommend(profile, filters.toFilters(), limit).stream()
                .map(r -> CardView.of(catalog.details(r.mediaId()), r)).toList();
        return Templates.recommendations(cards, filters.type);
    }

    @GET
    @Path("/history")
    public TemplateInstance history(@PathParam("profile") String profile, @QueryParam("type") String type) {
        MediaType mediaType = tabType(type);
        List<HistoryRow> rows = ratings.list(profile).stream()
                .filter(r -> r.type() == null || mediaType.wireName().equals(r.type()))
                .map(FragmentResource::row).toList();
        return Templates.history(rows, mediaType.wireName());
    }

    @GET
    @Path("/items/{id}/why")
    public TemplateInstance why(@PathParam("profile") String profile, @PathParam("id") String mediaId) {
        Profiles.require(profile);
        int item = recommender.indexOf(mediaId).orElseThrow(() -> new UnknownItemException(mediaId));
        String title = catalog.details(mediaId).title();
        Recommendation r = recommender.toRecommendation(profiles.get(profile), new Recommender.Ranked(item, 0));
        return Templates.why(title, r.explanation());
    }

    @GET
    @Path("/items/{id}/similar")
    public TemplateInstance similar(@PathParam("profile") String profile, @PathParam("id") String mediaId,
            @QueryParam("type") String type, @QueryParam("limit") Integer limit) {
        Profiles.require(profile);
        MediaType mediaType = MediaTypes.parseOptional(type);
        String title = catalog.details(mediaId).title();
        List<CardView> cards = recommender.similar(mediaId, mediaType, limit == null ? 6 : limit, profile).stream()
                .map(r -> CardView.of(catalog.details(r.mediaId()), r)).toList();
        return Templates.similar(title, cards, mediaType == null ? MediaType.MOVIE.wireName() : mediaType.wireName());
    }

    private static MediaType tabType(String type) {
        return type == null || type.isBlank() ? MediaType.MOVIE : MediaTypes.parse(type);
    }

    private static HistoryRow row(StoredRating r) {
        return new HistoryRow(r.mediaId(), r.title() == null ? r.mediaId() : r.title(), null, r.rating(),
                r.ratedAt() == null ? null : r.ratedAt().toString().substring(0, 10));
    }
}
