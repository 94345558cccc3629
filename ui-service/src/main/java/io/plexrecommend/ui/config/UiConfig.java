package io.plexrecommend.ui.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Configuration of ui-service; every key can be overridden by its environment variable (UI_...). */
@ConfigMapping(prefix = "ui")
public interface UiConfig {

    /** Base URL of recommender-service (env UI_RECOMMENDER_URL). Also feeds quarkus.rest-client.recommender.url. */
    @WithDefault("http://localhost:8084")
    String recommenderUrl();

    /** Base URL of scanner-service (env UI_SCANNER_URL). Also feeds quarkus.rest-client.scanner.url. */
    @WithDefault("http://localhost:8081")
    String scannerUrl();

    /** Profile used when the request names none, neither by query parameter nor by cookie (env UI_DEFAULT_PROFILE). */
    @WithDefault("default")
    String defaultProfile();

    /** The admin password (env UI_PASSWORD). Unset: the UI is open to anyone who reaches it, and says so. */
    Optional<String> password();

    /** Largest ratings CSV accepted, in bytes (env UI_MAX_RATINGS_UPLOAD); the scanner refuses more than 10 MB. */
    @WithDefault("10485760")
    long maxRatingsUpload();
}
