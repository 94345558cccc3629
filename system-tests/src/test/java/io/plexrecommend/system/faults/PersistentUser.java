package io.plexrecommend.system.faults;

import io.plexrecommend.system.Http;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Feeds the system the way a user with a script would: a catalog in chunks and one rating export per profile, each
 * request sent again until the answer says everything was taken. A dropped connection, a 5xx or a report with
 * failed lines (Kafka did not acknowledge) is retried after a pause, so imports must be idempotent.
 */
final class PersistentUser {

    private static final Duration PAUSE = Duration.ofSeconds(1);

    private final String scannerUrl;
    private final Duration patience;
    private final AtomicInteger requestsDone = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicBoolean requestInFlight = new AtomicBoolean();
    private final Map<String, Integer> retryReasons = new ConcurrentSkipListMap<>();

    PersistentUser(String scannerUrl, Duration patience) {
        this.scannerUrl = scannerUrl;
        this.patience = patience;
    }

    /** Imports catalog items {@code from}..{@code to} (exclusive) in chunks of {@code chunk} lines. */
    void importCatalog(int from, int to, int chunk) {
        for (int start = from; start < to; start += chunk) {
            int lines = Math.min(chunk, to - start);
            String body = SyntheticCatalog.lines(start, start + lines);
            postUntilTaken(scannerUrl + "/api/catalog/import", "application/x-ndjson", body,
                    r -> r.json().get("published").asInt() == lines && r.json().get("failed").isEmpty());
        }
    }

    /** Imports each profile's export of {@code plan}, one request per profile. */
    void importRatings(RatingPlan plan) {
        for (String profile : plan.profiles()) {
            int rows = plan.expected(profile).size();
            postUntilTaken(scannerUrl + "/api/profiles/" + profile + "/ratings/import?format=generic", "text/csv",
                    plan.csv(profile), r -> r.json().get("imported").asInt() == rows);
        }
    }

    int requestsDone() {
        return requestsDone.get();
    }

    boolean requestInFlight() {
        return requestInFlight.get();
    }

    int retries() {
        return retries.get();
    }

    /** Why requests were sent again, with how often: "POST /api/catalog/import → connection refused" = 12. */
    Map<String, Integer> retryReasons() {
        return Map.copyOf(retryReasons);
    }

    private void postUntilTaken(String url, String contentType, String body, Predicate<Http.Response> complete) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            String problem;
            requestInFlight.set(true);
            try {
                Http.Response response = Http.post(url, contentType, body);
                if (response.status() == 200 && complete.test(response)) {
                    requestsDone.incrementAndGet();
                    return;
                }
                problem = response.status() + " " + abbreviated(response.body());
            } catch (UncheckedIOException e) {
                problem = "connection: " + (e.getCause() != null ? e.getCause().getClass().getSimpleName() : e.getMessage());
            } finally {
                requestInFlight.set(false);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the system did not take " + url + " within " + patience + "; last: " + problem);
            }
            retries.incrementAndGet();
            retryReasons.merge(url.replaceFirst("^http://[^/]+", "").replaceFirst("/profiles/[^/]+/", "/profiles/{p}/")
                    .replaceFirst("\\?.*", "") + " → " + problem, 1, Integer::sum);
            sleep(PAUSE);
        }
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
