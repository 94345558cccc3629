package io.plexrecommend.scanner.plex;

import com.fasterxml.jackson.databind.JsonNode;
import io.plexrecommend.events.MediaItem;
import io.plexrecommend.scanner.config.ScannerConfig;
import io.plexrecommend.scanner.messaging.MediaItemPublisher;
import io.plexrecommend.scanner.messaging.PublishBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * A full scan of one Plex library: reads it page by page and publishes every item as it goes. An item that cannot
 * be mapped or published is reported and the scan goes on; a Plex failure ends the scan with that error.
 */
@ApplicationScoped
public class LibraryScanner {

    private static final Logger LOG = Logger.getLogger(LibraryScanner.class);

    private final PlexClient plex;
    private final PlexItemMapper mapper;
    private final MediaItemPublisher publisher;
    private final ScannerConfig config;

    public LibraryScanner(PlexClient plex, PlexItemMapper mapper, MediaItemPublisher publisher, ScannerConfig config) {
        this.plex = plex;
        this.mapper = mapper;
        this.publisher = publisher;
        this.config = config;
    }

    public List<PlexLibrary> libraries() {
        return plex.libraries();
    }

    public ScanReport scan(String libraryId) {
        PlexLibrary library = plex.libraries().stream()
                .filter(l -> l.id().equals(libraryId))
                .findFirst()
                .orElseThrow(() -> new LibraryNotFoundException(libraryId));
        int pageSize = Math.max(1, config.plex().pageSize());
        List<ScanReport.Failure> failed = new ArrayList<>();
        PublishBatch batch = publisher.batch();
        int seen = 0;
        try {
            int start = 0;
            while (true) {
                PlexPage page = plex.items(library, start, pageSize);
                for (JsonNode raw : page.items()) {
                    seen++;
                    publishOne(raw, library, batch, failed);
                }
                int offset = page.offset() != null ? page.offset() : start;
                int size = page.items().size();
                boolean last = size == 0
                        || (page.totalSize() != null ? offset + size >= page.totalSize() : size < pageSize);
                if (last) {
                    break;
                }
                start = Math.max(start, offset) + size;
            }
        } finally {
            batch.finish();
        }
        int published = batch.finish();
        LOG.infof("scan of Plex library %s (%s): %d seen, %d published, %d failed", library.id(), library.title(),
                seen, published, failed.size());
        return new ScanReport(library.id(), seen, published, List.copyOf(failed));
    }

    private void publishOne(JsonNode raw, PlexLibrary library, PublishBatch batch, List<ScanReport.Failure> failed) {
        String ratingKey = raw.path("ratingKey").asText(null);
        String title = raw.path("title").asText(null);
        try {
            MediaItem item = mapper.toItem(raw, library);
            batch.publish(item, reason -> failed.add(new ScanReport.Failure(ratingKey, title, reason)));
        } catch (IllegalArgumentException | NullPointerException | ArithmeticException e) {
            failed.add(new ScanReport.Failure(ratingKey, title, e.getMessage()));
        }
    }
}
