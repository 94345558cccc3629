package io.plexrecommend.scanner.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plexrecommend.scanner.config.ScannerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * TheTVDB v4: logs in with the key (and PIN, for user-supported keys) and keeps the token, which is valid for a
 * month; a 401 on a data call logs in again once. Rate limited, retried and timed out like {@link TmdbClient}.
 */
@ApplicationScoped
@Retry(maxRetries = 5, delay = 500, delayUnit = ChronoUnit.MILLIS, jitter = 250,
        retryOn = {TransientApiException.class, TimeoutException.class}, abortOn = ApiAuthException.class)
@ExponentialBackoff(factor = 2, maxDelay = 30_000)
@Timeout(value = 20_000)
public class TvdbClient {

    static final String SERVICE = "TVDB";

    /** TVDB credentials; {@code pin} may be null. */
    public record Credential(String apiKey, String pin) {
        @Override
        public String toString() {
            return "TvdbCredential[" + io.plexrecommend.scanner.settings.Secrets.mask(apiKey) + "]";
        }
    }

    private final TvdbApi api;
    private final RateLimiters limiters;
    private final ObjectMapper json;
    private final double perSecond;
    private final Map<Credential, String> tokens = new ConcurrentHashMap<>();

    public TvdbClient(@RestClient TvdbApi api, RateLimiters limiters, ObjectMapper json, ScannerConfig config) {
        this.api = api;
        this.limiters = limiters;
        this.json = json;
        this.perSecond = config.tvdb().requestsPerSecond();
    }

    /** The extended series record ({@code data} of the envelope), or empty if TVDB does not know the id. */
    public Optional<String> series(Credential credential, long id) {
        String token = tokens.computeIfAbsent(credential, this::login);
        try {
            return call(credential, "series " + id, () -> api.series(id, "Bearer " + token));
        } catch (ApiAuthException e) {
            // The token expired (a month) or was revoked: one fresh login, then the key itself is at fault.
            tokens.remove(credential);
            String fresh = tokens.computeIfAbsent(credential, this::login);
            return call(credential, "series " + id, () -> api.series(id, "Bearer " + fresh));
        }
    }

    /** Logs in; what the connection test asks. */
    public String login(Credential credential) {
        Map<String, String> body = new HashMap<>();
        body.put("apikey", credential.apiKey());
        if (credential.pin() != null) {
            body.put("pin", credential.pin());
        }
        String answer = call(credential, "login", () -> api.login(body))
                .orElseThrow(() -> new EnrichmentException("TVDB has no /login"));
        try {
            JsonNode token = json.readTree(answer).path("data").path("token");
            if (!token.isTextual() || token.asText().isBlank()) {
                throw new EnrichmentException("TVDB login answered without a token");
            }
            return token.asText();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new EnrichmentException("TVDB login answered malformed JSON");
        }
    }

    private Optional<String> call(Credential credential, String what, java.util.function.Supplier<String> call) {
        try {
            limiters.acquire(SERVICE, credential.apiKey(), perSecond);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EnrichmentException("interrupted while waiting for the TVDB rate limiter");
        }
        return ApiCalls.call(SERVICE, what, call,
                retryAfter -> limiters.pause(SERVICE, credential.apiKey(), perSecond, retryAfter));
    }
}
