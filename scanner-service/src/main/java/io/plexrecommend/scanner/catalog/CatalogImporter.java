package io.plexrecommend.scanner.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.plexrecommend.events.MediaItem;
import io.plexrecommend.scanner.messaging.MediaItemPublisher;
import io.plexrecommend.scanner.messaging.PublishBatch;
import io.plexrecommend.scanner.scan.IndexedItem;
import io.plexrecommend.scanner.scan.ItemIndex;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Imports a JSON Lines catalog: one item per line, published as it is read, so a catalog of any length needs memory
 * for only the events in flight. A bad line is reported and skipped; it never stops the import. Each item Kafka
 * acknowledged is recorded in the item index (library {@link IndexedItem#CATALOG}, the media id as ratingKey), a few
 * hundred rows per transaction, so that rating imports can match catalog titles; importing again replaces the rows.
 */
@ApplicationScoped
public class CatalogImporter {

    private static final Logger LOG = Logger.getLogger(CatalogImporter.class);
    /** Index rows written per transaction. */
    static final int INDEX_BATCH = 500;

    private final CatalogItemParser parser;
    private final MediaItemPublisher publisher;
    private final ItemIndex index;
    private final ObjectMapper json;

    public CatalogImporter(CatalogItemParser parser, MediaItemPublisher publisher, ItemIndex index, ObjectMapper json) {
        this.parser = parser;
        this.publisher = publisher;
        this.index = index;
        this.json = json;
    }

    public ImportReport importLines(InputStream body) {
        List<ImportReport.Failure> failed = new ArrayList<>();
        PublishBatch batch = publisher.batch();
        List<IndexedItem> acked = new ArrayList<>();
        int lines = 0;
        int blank = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int number = ++lines;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    blank++;
                    continue;
                }
                try {
                    MediaItem item = parser.parse(line);
                    batch.publish(item, () -> acked.add(entry(item)),
                            reason -> failed.add(new ImportReport.Failure(number, reason)));
                } catch (InvalidCatalogLineException e) {
                    failed.add(new ImportReport.Failure(number, e.getMessage()));
                }
                if (acked.size() >= INDEX_BATCH) {
                    record(acked);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the catalog body", e);
        } finally {
            // Even when reading breaks off, what was sent must be settled (and recorded) before anyone reports on it.
            batch.finish();
            record(acked);
        }
        if (lines == blank) {
            throw new EmptyCatalogException();
        }
        int published = batch.finish();
        failed.sort(Comparator.comparingInt(ImportReport.Failure::line));
        LOG.infof("catalog import: %d lines, %d published, %d failed, %d blank", lines, published, failed.size(), blank);
        return new ImportReport(lines, published, blank, List.copyOf(failed));
    }

    private IndexedItem entry(MediaItem item) {
        return IndexedItem.published(IndexedItem.CATALOG, item.mediaId(), item, null, json);
    }

    private void record(List<IndexedItem> acked) {
        index.saveAll(acked, null);
        acked.clear();
    }
}
