package io.plexrecommend.ui.client;

import io.plexrecommend.ui.config.UiConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Calls recommender-service and turns transport and HTTP failures into {@link UpstreamException}s. */
@ApplicationScoped
public class RecommenderClient {

    public static final String SERVICE = "recommender-service";

    private final RecommenderApi api;
    private final String baseUrl;

    RecommenderClient(@RestClient RecommenderApi api, UiConfig config) {
        this.api = api;
        this.baseUrl = config.recommenderUrl();
    }

    /** The HTML fragment (next recommendation or empty state) for one tab; trusted markup from our own service. */
    public String tabFragment(String profile, String type) {
        return Upstream.call(SERVICE, baseUrl, () -> api.tabFragment(profile, type));
    }

    /** @throws UpstreamException with status 400 and the recommender's message when it rejects the rating */
    public void rate(String profile, RatingRequest rating) {
        Upstream.call(SERVICE, baseUrl, () -> {
            api.rate(profile, rating);
            return null;
        });
    }

    public RecommenderStatus status() {
        return Upstream.call(SERVICE, baseUrl, api::status);
    }
}
