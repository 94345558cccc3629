package io.plexrecommend.ui.poster;

import io.plexrecommend.ui.client.Artwork;
import io.plexrecommend.ui.client.ItemSummary;
import io.plexrecommend.ui.client.RecommenderClient;
import io.plexrecommend.ui.client.ScannerClient;
import io.plexrecommend.ui.client.UpstreamException;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a poster for an item and keeps it in a bounded in-memory cache (quarkus-cache/Caffeine, size and expiry in
 * application.properties), so a page of cards does not ask Plex or TMDB again. Artwork that is too big or not an
 * image is treated as missing.
 */
@ApplicationScoped
public class Posters {

    static final int MAX_BYTES = 512 * 1024;
    private static final Set<String> IMAGE_TYPES = Set.of("image/jpeg", "image/png", "image/webp");

    private final ScannerClient scanner;
    private final RecommenderClient recommender;

    Posters(ScannerClient scanner, RecommenderClient recommender) {
        this.scanner = scanner;
        this.recommender = recommender;
    }

    /** Failures are not cached (the exception propagates), so a poster appears once the scanner is back. */
    @CacheResult(cacheName = "posters")
    public Poster forItem(String mediaId) {
        Optional<Artwork> artwork;
        try {
            artwork = scanner.poster(mediaId);
        } catch (UpstreamException e) {
            artwork = Optional.empty();
        }
        return artwork
                .filter(a -> a.bytes().length <= MAX_BYTES && IMAGE_TYPES.contains(baseType(a.contentType())))
                .map(a -> new Poster(a.bytes(), baseType(a.contentType()), false))
                .orElseGet(() -> PlaceholderPoster.forTitle(title(mediaId)));
    }

    private String title(String mediaId) {
        try {
            ItemSummary item = recommender.item(mediaId);
            return item == null ? null : item.title();
        } catch (UpstreamException e) {
            return null;
        }
    }

    private static String baseType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase();
    }
}
