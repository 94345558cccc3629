package io.plexrecommend.scanner.catalog;

import io.plexrecommend.events.MediaItem;
import io.plexrecommend.scanner.messaging.MediaItemPublisher;
import io.plexrecommend.scanner.messaging.PublishBatch;
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
 * for only the events in flight. A bad line is reported and skipped; it never stops the import.
 */
@ApplicationScoped
public class CatalogImporter {

    private static final Logger LOG = Logger.getLogger(CatalogImporter.class);

    private final CatalogItemParser parser;
    private final MediaItemPublisher publisher;

    public CatalogImporter(CatalogItemParser parser, MediaItemPublisher publisher) {
        this.parser = parser;
        this.publisher = publisher;
    }

    public ImportReport importLines(InputStream body) {
        List<ImportReport.Failure> failed = new ArrayList<>();
        PublishBatch batch = publisher.batch();
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
                    batch.publish(item, reason -> failed.add(new ImportReport.Failure(number, reason)));
                } catch (InvalidCatalogLineException e) {
                    failed.add(new ImportReport.Failure(number, e.getMessage()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the catalog body", e);
        } finally {
            // Even when reading breaks off, what was sent must be settled before anyone reports on it.
            batch.finish();
        }
        if (lines == blank) {
            throw new EmptyCatalogException();
        }
        int published = batch.finish();
        failed.sort(Comparator.comparingInt(ImportReport.Failure::line));
        LOG.infof("catalog import: %d lines, %d published, %d failed, %d blank", lines, published, failed.size(), blank);
        return new ImportReport(lines, published, blank, List.copyOf(failed));
    }
}
