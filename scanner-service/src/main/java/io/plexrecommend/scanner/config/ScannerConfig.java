package io.plexrecommend.scanner.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of the scanner, under {@code scanner.*}; each can be set by environment, e.g. {@code SCANNER_PLEX_URL}. */
@ConfigMapping(prefix = "scanner")
public interface ScannerConfig {

    Plex plex();

    Publish publish();

    interface Plex {

        /** Base URL of the Plex Media Server, e.g. {@code http://192.168.1.10:32400}; unset until the user sets it. */
        Optional<String> url();

        /** The X-Plex-Token of the account whose ratings and views are scanned. A secret: never logged or returned. */
        Optional<String> token();

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
}
