package io.plexrecommend.scanner.enrich;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Supplier;

/** Turns REST client outcomes of TMDB and TVDB into empty (404), auth, transient or plain failures. */
final class ApiCalls {

    /** Longest Retry-After honoured: beyond it the retry's own backoff takes over. */
    static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(10);

    interface OnRetryAfter {
        void pause(Duration retryAfter);
    }

    static Optional<String> call(String service, String what, Supplier<String> call, OnRetryAfter onRetryAfter) {
        try {
            return Optional.ofNullable(call.get());
        } catch (WebApplicationException e) {
            Response response = e.getResponse();
            int status = response.getStatus();
            if (status == 404) {
                return Optional.empty();
            }
            if (status == 401 || status == 403) {
                throw new ApiAuthException(service + " rejected the API key (" + status + ")");
            }
            if (status == 429) {
                retryAfter(response.getHeaderString("Retry-After")).ifPresent(onRetryAfter::pause);
                throw new TransientApiException(service + " answered 429 Too Many Requests to " + what);
            }
            if (status >= 500) {
                throw new TransientApiException(service + " answered HTTP " + status + " to " + what);
            }
            throw new EnrichmentException(service + " answered HTTP " + status + " to " + what);
        } catch (ProcessingException e) {
            throw new TransientApiException(service + " did not answer " + what + ": " + rootMessage(e));
        }
    }

    /** Seconds or an HTTP date, capped at {@link #MAX_RETRY_AFTER}. */
    static Optional<Duration> retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        Duration wait;
        try {
            wait = Duration.ofSeconds(Long.parseLong(header.strip()));
        } catch (NumberFormatException e) {
            try {
                wait = Duration.between(ZonedDateTime.now(),
                        ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME));
            } catch (RuntimeException unparsable) {
                return Optional.empty();
            }
        }
        if (wait.isNegative()) {
            return Optional.empty();
        }
        return Optional.of(wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait);
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        // Some client messages repeat the request URL, which may carry api_key=...
        return message.replaceAll("(?i)(api_key=)[^&\\s]+", "$1***");
    }

    private ApiCalls() {
    }
}
