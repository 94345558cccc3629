package io.plexrecommend.scanner.enrich;

import io.plexrecommend.scanner.settings.Secrets;
import io.plexrecommend.scanner.settings.Settings;
import java.util.Optional;

/** The TMDB credential in use: a v4 read token (sent as Bearer) or else a v3 key (sent as api_key). */
public record TmdbCredential(String apiKey, String readToken) {

    public static Optional<TmdbCredential> from(Settings settings) {
        if (!settings.tmdbConfigured()) {
            return Optional.empty();
        }
        return Optional.of(settings.tmdbReadToken() != null
                ? new TmdbCredential(null, settings.tmdbReadToken())
                : new TmdbCredential(settings.tmdbApiKey(), null));
    }

    String queryKey() {
        return apiKey;
    }

    String bearer() {
        return readToken == null ? null : "Bearer " + readToken;
    }

    /** What the rate limiter is keyed by. */
    String limiterKey() {
        return readToken != null ? readToken : apiKey;
    }

    @Override
    public String toString() {
        return "TmdbCredential[" + Secrets.mask(limiterKey()) + "]";
    }
}
