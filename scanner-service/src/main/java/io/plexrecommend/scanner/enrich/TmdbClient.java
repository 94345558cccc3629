package io.plexrecommend.scanner.enrich;

import io.plexrecommend.scanner.config.ScannerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * TMDB calls as enrichment needs them: each waits for the key's shared rate limiter, is retried with exponential
 * backoff and jitter on 429, 5xx, timeouts and dropped connections, and has a timeout per attempt. A 404 is empty;
 * a 401 is an {@link ApiAuthException} at once. The numbers are MicroProfile Fault Tolerance settings
 * ({@code io.plexrecommend.scanner.enrich.TmdbClient/Retry/...} in application.properties).
 */
@ApplicationScoped
@Retry(maxRetries = 5, delay = 500, delayUnit = ChronoUnit.MILLIS, jitter = 250,
        retryOn = {TransientApiException.class, TimeoutException.class}, abortOn = ApiAuthException.class)
@ExponentialBackoff(factor = 2, maxDelay = 30_000)
@Timeout(value = 20_000)
public class TmdbClient {

    static final String SERVICE = "TMDB";
    /**
     * What a movie's details call appends: the crowd lists ride on the same request, so they cost no extra call and
     * no extra rate-limit token. TMDB refuses more than 20 appended objects (status code 27); this asks for 5.
     */
    static final String MOVIE_APPEND = "keywords,credits,external_ids,recommendations,similar";
    /** The same for a series; {@code aggregate_credits} is the whole run's cast ({@code credits} is the last season). */
    static final String TV_APPEND = "keywords,aggregate_credits,external_ids,recommendations,similar";

    private final TmdbApi api;
    private final RateLimiters limiters;
    private final double perSecond;

    public TmdbClient(@RestClient TmdbApi api, RateLimiters limiters, ScannerConfig config) {
        this.api = api;
        this.limiters = limiters;
        this.perSecond = config.tmdb().requestsPerSecond();
    }

    /** Movie details with keywords, credits, external ids, recommendations and similar titles in one call. */
    public Optional<String> movie(TmdbCredential key, long id) {
        return call(key, "movie " + id, () -> api.movie(id, MOVIE_APPEND, key.queryKey(), key.bearer()));
    }

    /** Series details with keywords, whole-run credits, external ids, recommendations and similar in one call. */
    public Optional<String> tv(TmdbCredential key, long id) {
        return call(key, "tv " + id, () -> api.tv(id, TV_APPEND, key.queryKey(), key.bearer()));
    }

    /** {@code source} is {@code imdb_id} or {@code tvdb_id}. */
    public Optional<String> find(TmdbCredential key, String externalId, String source) {
        return call(key, "find " + externalId, () -> api.find(externalId, source, key.queryKey(), key.bearer()));
    }

    public Optional<String> configuration(TmdbCredential key) {
        return call(key, "configuration", () -> api.configuration(key.queryKey(), key.bearer()));
    }

    private Optional<String> call(TmdbCredential key, String what, Supplier<String> call) {
        try {
            limiters.acquire(SERVICE, key.limiterKey(), perSecond);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EnrichmentException("interrupted while waiting for the TMDB rate limiter");
        }
        return ApiCalls.call(SERVICE, what, call,
                retryAfter -> limiters.pause(SERVICE, key.limiterKey(), perSecond, retryAfter));
    }
}
