package io.plexrecommend.ui.client;

import io.plexrecommend.ui.config.UiConfig;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Calls recommender-service and turns transport and HTTP failures into {@link UpstreamException}s. Fragments are
 * trusted markup from our own service (Qute-escaped there) and are inserted as they come.
 */
@ApplicationScoped
public class RecommenderClient {

    public static final String SERVICE = "recommender-service";

    private final RecommenderApi api;
    private final String baseUrl;

    RecommenderClient(@RestClient RecommenderApi api, UiConfig config) {
        this.api = api;
        this.baseUrl = config.recommenderUrl();
    }

    /** The current recommendation card (or the empty state) of one tab. */
    public String nextFragment(String profile, String type) {
        return call(() -> api.nextFragment(profile, type));
    }

    public String listFragment(String profile, String type, RecommendationFilter filter) {
        return call(() -> api.listFragment(profile, type, filter.limit(), filter.genres(), filter.excludedGenres(),
                filter.maxContentRating(), filter.inLibraryOnly() ? Boolean.TRUE : null));
    }

    public String historyFragment(String profile, String type) {
        return call(() -> api.historyFragment(profile, type));
    }

    public String whyFragment(String profile, String mediaId) {
        return call(() -> api.whyFragment(profile, mediaId));
    }

    public String similarFragment(String profile, String mediaId, String type) {
        return call(() -> api.similarFragment(profile, mediaId, type));
    }

    /** @throws UpstreamException REJECTED with the recommender's message when it refuses the rating */
    public void rate(String profile, RatingRequest rating) {
        run(() -> api.rate(profile, rating));
    }

    public void removeRating(String profile, String mediaId) {
        run(() -> api.removeRating(profile, mediaId));
    }

    public void dismiss(String profile, String mediaId) {
        run(() -> api.dismiss(profile, new Dismissal(mediaId)));
    }

    public void resetProfile(String profile) {
        run(() -> api.resetProfile(profile));
    }

    public void resetEverything() {
        run(api::resetEverything);
    }

    public List<ProfileSummary> profiles() {
        return call(api::profiles);
    }

    public void createProfile(String profile) {
        run(() -> api.createProfile(profile));
    }

    public ItemSummary item(String mediaId) {
        return call(() -> api.item(mediaId));
    }

    /** The trainer's log as it happens (the recommender replays its last lines first). */
    public Multi<TrainerLogLine> trainerLog() {
        return api.trainerLog().map(json -> SseJson.read(json, TrainerLogLine.class)).onFailure().transform(e -> Upstream.translate(SERVICE, baseUrl, e));
    }

    public RecommenderStatus status() {
        return call(api::status);
    }

    private <T> T call(java.util.function.Supplier<T> call) {
        return Upstream.call(SERVICE, baseUrl, call);
    }

    private void run(Runnable call) {
        Upstream.call(SERVICE, baseUrl, () -> {
            call.run();
            return null;
        });
    }
}
