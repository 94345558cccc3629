package io.plexrecommend.scanner.enrich;

import com.google.common.util.concurrent.RateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per API key, shared by every scan and webhook of this service: TMDB's limit is per key, not per
 * caller. A 429 with {@code Retry-After} pauses the key for every caller, not just the one that was refused. Keys are
 * held by hash only.
 */
@ApplicationScoped
public class RateLimiters {

    private static final class KeyLimiter {
        final RateLimiter bucket;
        volatile long pausedUntilNanos = System.nanoTime();

        KeyLimiter(double perSecond) {
            bucket = RateLimiter.create(perSecond);
        }
    }

    private final Map<String, KeyLimiter> limiters = new ConcurrentHashMap<>();

    /** Blocks until a request with {@code key} may go out. */
    public void acquire(String service, String key, double perSecond) throws InterruptedException {
        KeyLimiter limiter = limiter(service, key, perSecond);
        long wait;
        while ((wait = limiter.pausedUntilNanos - System.nanoTime()) > 0) {
            Thread.sleep(Math.max(1, wait / 1_000_000));
        }
        limiter.bucket.acquire();
    }

    /** The service asked us to wait (429 + Retry-After): nobody using {@code key} sends before then. */
    public void pause(String service, String key, double perSecond, Duration retryAfter) {
        KeyLimiter limiter = limiter(service, key, perSecond);
        long until = System.nanoTime() + retryAfter.toNanos();
        synchronized (limiter) {
            if (until > limiter.pausedUntilNanos) {
                limiter.pausedUntilNanos = until;
            }
        }
    }

    private KeyLimiter limiter(String service, String key, double perSecond) {
        KeyLimiter limiter = limiters.computeIfAbsent(service + ":" + hash(key), k -> new KeyLimiter(perSecond));
        if (limiter.bucket.getRate() != perSecond) {
            limiter.bucket.setRate(perSecond);
        }
        return limiter;
    }

    private static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
