package io.plexrecommend.scanner.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * Settings of the scanner, under {@code scanner.*}; each can be set by environment, e.g. {@code SCANNER_PLEX_URL}.
 * The connection values (URLs, tokens, keys) are only defaults: what the user saves through {@code PUT /api/settings}
 * wins (see {@code SettingsService}).
 */
@ConfigMapping(prefix = "scanner")
public interface ScannerConfig {

    Plex plex();

    Tmdb tmdb();

    Tvdb tvdb();

    Enrich enrich();

    Scan scan();

    Publish publish();

    Imports imports();

    Webhook webhook();

    interface Plex {

        /** Base URL of the Plex Media Server, e.g. {@code http://192.168.1.10:32400} (env PLEX_URL). */
        Optional<String> url();

        /** The X-Plex-Token of the server owner (env PLEX_TOKEN). A secret: never logged or returned. */
        Optional<String> token();

        /** The profile the owner token's ratings and watches belong to. */
        @WithDefault("default")
        String profile();

        /** Sent as X-Plex-Client-Identifier, so Plex lists this install as one device. */
        @WithDefault("plex-recommend-scanner")
        String clientIdentifier();

        /** Items asked for per library page (X-Plex-Container-Size). */
        @WithDefault("100")
        int pageSize();

        @WithDefault("5S")
        Duration connectTimeout();

        /** Longest wait for one Plex answer; a page of a big library can take a few seconds. */
        @WithDefault("30S")
        Duration readTimeout();
    }

    interface Tmdb {

        /** TMDB v3 API key (env TMDB_API_KEY). */
        Optional<String> apiKey();

        /** TMDB v4 API read access token (env TMDB_READ_TOKEN); used instead of the key when both are set. */
        Optional<String> readToken();

        @WithDefault("https://api.themoviedb.org/3")
        String baseUrl();

        /** Where posters come from: {@code <image-base-url>/w342/<path>}. */
        @WithDefault("https://image.tmdb.org/t/p")
        String imageBaseUrl();

        /**
         * Requests per second per key. TMDB's ceiling "sits around 40/s" and is shared by every program using the
         * key, so the default stays well below it.
         */
        @WithDefault("20")
        double requestsPerSecond();
    }

    interface Tvdb {

        /** TheTVDB v4 API key (env TVDB_API_KEY). */
        Optional<String> apiKey();

        /** Subscriber PIN for user-supported keys (env TVDB_PIN). */
        Optional<String> pin();

        @WithDefault("https://api4.thetvdb.com/v4")
        String baseUrl();

        @WithDefault("10")
        double requestsPerSecond();
    }

    interface Enrich {

        /** Cached TMDB/TVDB answers older than this are fetched again. */
        @WithDefault("30D")
        Duration refreshAge();
    }

    interface Scan {

        /** Items of one library page processed at once (Plex metadata, TMDB, TVDB calls in parallel). */
        @WithDefault("8")
        int concurrency();

        /** Cron of the fallback rescan of every Plex library ("off" disables it). */
        @WithDefault("0 0 4 * * ?")
        String schedule();

        /** Failures listed per scan; the count goes on beyond it. */
        @WithDefault("200")
        int maxListedFailures();
    }

    interface Publish {

        /**
         * Events sent but not yet acknowledged by Kafka. Waiting for each ack in turn would make a 6,000-line import
         * take minutes (the producer lingers a few ms per batch); a bounded window keeps it fast and the memory small.
         */
        @WithDefault("256")
        int maxInFlight();

        /** Longest wait for Kafka to acknowledge one event before it is reported as failed. */
        @WithDefault("30S")
        Duration ackTimeout();
    }

    interface Imports {

        /** Largest rating export accepted (413 beyond). */
        @WithDefault("10485760")
        long maxBytes();
    }

    interface Webhook {

        /**
         * Largest Plex webhook accepted, payload and thumbnail together (413 beyond). Recorded payloads are 1-20 KB of
         * JSON and a poster JPEG of tens of KB; the JSON part alone may be up to
         * {@code quarkus.http.limits.max-form-attribute-size} (1M).
         */
        @WithDefault("4194304")
        long maxBytes();
    }
}
