package io.plexrecommend.scanner.artwork;

import io.plexrecommend.events.ImageRef;
import io.plexrecommend.events.MediaId;
import io.plexrecommend.scanner.config.ScannerConfig;
import io.plexrecommend.scanner.plex.PlexClient;
import io.plexrecommend.scanner.plex.PlexConnection;
import io.plexrecommend.scanner.plex.PlexImage;
import io.plexrecommend.scanner.scan.IndexedItem;
import io.plexrecommend.scanner.scan.ItemIndex;
import io.plexrecommend.scanner.settings.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Fetches posters by the reference the scan stored: a Plex {@code thumb} path on the configured server, or a TMDB
 * {@code poster_path} at a TMDB size. Paths are checked against the shapes Plex and TMDB use, so a stored value can
 * never turn this into a proxy for another URL.
 */
@ApplicationScoped
public class ArtworkService {

    /** The widths TMDB serves ({@code w92} ... {@code w780}); a request is rounded up to the next one. */
    static final List<Integer> TMDB_WIDTHS = List.of(92, 154, 185, 342, 500, 780);
    private static final Pattern PLEX_PATH = Pattern.compile("^/library/metadata/[A-Za-z0-9]+/(thumb|art)(/\\d+)?$");
    private static final Pattern TMDB_PATH = Pattern.compile("^/[A-Za-z0-9_-]+\\.(jpg|jpeg|png|webp)$");
    private static final Set<String> IMAGE_TYPES = Set.of("image/jpeg", "image/png", "image/webp");

    private final ItemIndex index;
    private final PlexClient plex;
    private final SettingsService settings;
    private final String tmdbImages;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public ArtworkService(ItemIndex index, PlexClient plex, SettingsService settings, ScannerConfig config) {
        this.index = index;
        this.plex = plex;
        this.settings = settings;
        this.tmdbImages = config.tmdb().imageBaseUrl().replaceAll("/+$", "");
    }

    public Artwork poster(String mediaId, int width) {
        try {
            MediaId.parse(mediaId);
        } catch (IllegalArgumentException e) {
            throw new NoArtworkException(e.getMessage());
        }
        ImageRef poster = index.byMediaId(mediaId).map(IndexedItem::poster)
                .orElseThrow(() -> new NoArtworkException("no artwork for " + mediaId));
        if ("plex".equals(poster.source()) && PLEX_PATH.matcher(poster.path()).matches()) {
            PlexImage image = plex.image(PlexConnection.owner(settings.current()), poster.path())
                    .orElseThrow(() -> new NoArtworkException("Plex no longer has the artwork of " + mediaId));
            return new Artwork(image.bytes(), imageType(image.contentType()));
        }
        if ("tmdb".equals(poster.source()) && TMDB_PATH.matcher(poster.path()).matches()) {
            return tmdb(mediaId, poster.path(), width);
        }
        throw new NoArtworkException("no usable artwork for " + mediaId);
    }

    private Artwork tmdb(String mediaId, String path, int width) {
        int size = TMDB_WIDTHS.stream().filter(w -> w >= width).findFirst().orElse(780);
        HttpRequest request = HttpRequest.newBuilder(URI.create(tmdbImages + "/w" + size + path))
                .timeout(Duration.ofSeconds(15)).GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new NoArtworkException("TMDB has no image for " + mediaId + " (HTTP " + response.statusCode() + ")");
            }
            return new Artwork(response.body(), imageType(response.headers().firstValue("Content-Type").orElse("")));
        } catch (IOException e) {
            throw new ArtworkUnavailableException("TMDB's image host did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArtworkUnavailableException("interrupted");
        }
    }

    private static String imageType(String contentType) {
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
        return IMAGE_TYPES.contains(type) ? type : "image/jpeg";
    }
}
