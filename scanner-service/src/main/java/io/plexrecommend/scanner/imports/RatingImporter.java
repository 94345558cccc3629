package io.plexrecommend.scanner.imports;

import io.plexrecommend.events.RatingGivenEvent;
import io.plexrecommend.events.RatingSource;
import io.plexrecommend.scanner.messaging.RatingEventPublisher;
import io.plexrecommend.scanner.scan.IndexedItem;
import io.plexrecommend.scanner.scan.ItemIndex;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Imports a rating export into a profile: each row is matched to a library item by external id (IMDb, TMDB or TVDB
 * ids the scan stored) or else by normalized title and year, and published as a {@link RatingGivenEvent} with source
 * {@code import} and an id derived from its content, so importing the same file twice changes nothing. A title
 * rated on several lines is published once (the rating that would win), so the report's {@code imported} counts only
 * ratings the profile keeps.
 */
@ApplicationScoped
public class RatingImporter {

    private final ItemIndex index;
    private final RatingEventPublisher publisher;

    public RatingImporter(ItemIndex index, RatingEventPublisher publisher) {
        this.index = index;
        this.publisher = publisher;
    }

    /**
     * Ratings in flight to the broker at once. The emitter buffers at most 1,024 unacknowledged records and refuses
     * the rest (SmallRye's SRMSG00034), which dropped rows of large files under load; waiting for a free slot is the
     * broker's backpressure.
     */
    static final int IN_FLIGHT = 256;
    /** How long one rating may wait for the broker's acknowledgement before it is reported as not stored. */
    static final long ACK_SECONDS = 30;

    /** Imports with the charset the body's byte-order mark, {@code charset} or content says ({@link ImportCharset}). */
    public RatingImportReport importCsv(String profile, String formatName, InputStream body) {
        return importCsv(profile, formatName, body, null);
    }

    public RatingImportReport importCsv(String profile, String formatName, InputStream body, Charset charset) {
        try {
            RatingGivenEvent.requireProfile(profile);
        } catch (IllegalArgumentException e) {
            throw new InvalidImportException(e.getMessage());
        }
        RatingFormat format = RatingFormat.of(formatName);
        Instant undated = LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<RatingImportReport.Problem> problems = new ArrayList<>();
        Map<String, RatingRow> byTitle = new LinkedHashMap<>();
        int rows = 0;
        int matched = 0;
        CSVParser parsed = null;
        try (Reader reader = ImportCharset.reader(body, charset);
                CSVParser csv = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get().parse(reader)) {
            parsed = csv;
            Map<String, Integer> header = null;
            for (CSVRecord record : csv) {
                if (header == null) {
                    header = header(format, record);
                    if (!header.isEmpty()) {
                        continue;
                    }
                }
                rows++;
                RatingRow row;
                try {
                    row = format.read(record, header, undated);
                } catch (IllegalArgumentException e) {
                    problems.add(new RatingImportReport.Problem(record.getRecordNumber(), title(record, header), e.getMessage()));
                    continue;
                }
                Match match = match(row);
                if (match.item() == null) {
                    problems.add(new RatingImportReport.Problem(row.line(), row.title(), match.reason()));
                    continue;
                }
                matched++;
                RatingRow superseded = keepLatest(byTitle, match.item().mediaId(), row);
                if (superseded != null) {
                    problems.add(new RatingImportReport.Problem(superseded.line(), superseded.title(),
                            "the same title is rated again on line " + byTitle.get(match.item().mediaId()).line()
                                    + ", and only the later rating counts"));
                }
            }
            if (header == null) {
                throw new InvalidImportException("the file is empty: attach the CSV export as the request body");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rating export", e);
        } catch (UncheckedIOException e) {
            // Commons CSV reports a broken quote, and the reader a byte its charset does not allow, this way. Nothing
            // was published yet: a file refused here stores nothing.
            long line = parsed == null ? 1 : parsed.getCurrentLineNumber() + 1;
            if (e.getCause() instanceof CharacterCodingException) {
                // No line: the reader decodes ahead of the parser, in blocks of thousands of characters.
                throw new InvalidImportException("the file is not valid " + (charset == null ? "UTF-8" : charset.name())
                        + " text: save it as UTF-8, or name its encoding, e.g. Content-Type: text/csv; "
                        + "charset=ISO-8859-1; nothing was imported");
            }
            throw new InvalidImportException("the file is not readable CSV near line " + line + ": "
                    + e.getCause().getMessage() + "; nothing was imported");
        }
        int imported = publish(profile, byTitle, problems);
        problems.sort(java.util.Comparator.comparingLong(RatingImportReport.Problem::line));
        return new RatingImportReport(format.name().toLowerCase(Locale.ROOT), rows, imported, matched, rows - matched,
                List.copyOf(problems));
    }

    /**
     * Publishes one rating per title with at most {@link #IN_FLIGHT} waiting for the broker, and waits for all.
     * A rating the broker did not acknowledge is listed by its line, in words (the file can simply be sent again:
     * a re-import is idempotent).
     */
    private int publish(String profile, Map<String, RatingRow> byTitle, List<RatingImportReport.Problem> problems) {
        Semaphore slots = new Semaphore(IN_FLIGHT);
        Map<RatingRow, CompletableFuture<Void>> acks = new LinkedHashMap<>();
        for (Map.Entry<String, RatingRow> entry : byTitle.entrySet()) {
            RatingRow row = entry.getValue();
            try {
                if (!slots.tryAcquire(ACK_SECONDS, TimeUnit.SECONDS)) {
                    acks.put(row, CompletableFuture.failedFuture(new TimeoutException()));
                    continue;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while importing", e);
            }
            CompletableFuture<Void> ack = publisher.publish(RatingGivenEvent.imported(profile, entry.getKey(),
                    row.rating(), RatingSource.IMPORT, row.ratedAt()));
            ack.whenComplete((ok, error) -> slots.release());
            acks.put(row, ack);
        }
        int imported = 0;
        for (Map.Entry<RatingRow, CompletableFuture<Void>> ack : acks.entrySet()) {
            try {
                ack.getValue().get(ACK_SECONDS, TimeUnit.SECONDS);
                imported++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while importing", e);
            } catch (ExecutionException | TimeoutException e) {
                problems.add(new RatingImportReport.Problem(ack.getKey().line(), ack.getKey().title(),
                        "not stored: the message broker did not confirm this rating within " + ACK_SECONDS
                                + " s; send the file again (ratings already stored are not counted twice)"));
            }
        }
        return imported;
    }

    private record Match(IndexedItem item, String reason) {
    }

    /**
     * Keeps one row per title: the one the recommender would end with if both were published (a later rating
     * replaces an earlier one, at millisecond precision; a tie goes to the one applied last, i.e. the later line).
     * Publishing both would count a rating in {@code imported} that the profile then drops (or, for an identical
     * line, one the recommender drops as a duplicate event).
     *
     * @return the row that does not count, or null if the title was not rated before in this file
     */
    private static RatingRow keepLatest(Map<String, RatingRow> byTitle, String mediaId, RatingRow row) {
        RatingRow earlier = byTitle.get(mediaId);
        if (earlier == null) {
            byTitle.put(mediaId, row);
            return null;
        }
        if (row.ratedAt().truncatedTo(ChronoUnit.MILLIS).isBefore(earlier.ratedAt().truncatedTo(ChronoUnit.MILLIS))) {
            return row;
        }
        byTitle.put(mediaId, row);
        return earlier;
    }

    private Match match(RatingRow row) {
        Optional<IndexedItem> byId = Optional.empty();
        if (row.imdb() != null) {
            byId = index.byImdb(row.imdb());
        }
        if (byId.isEmpty() && row.tmdb() != null) {
            byId = index.byTmdb(row.tmdb(), row.type());
        }
        if (byId.isEmpty() && row.tvdb() != null) {
            byId = index.byTvdb(row.tvdb(), row.type());
        }
        if (byId.isPresent()) {
            return new Match(byId.get(), null);
        }
        if (row.title() == null) {
            return new Match(null, "no item in the library has " + ids(row));
        }
        List<IndexedItem> candidates = index.byTitle(row.title(), row.year()).stream()
                .filter(i -> row.type() == null || i.type().equals(row.type())).toList();
        long distinct = candidates.stream().map(IndexedItem::mediaId).distinct().count();
        if (distinct == 0) {
            return new Match(null, "not in the library (no item titled '" + row.title() + "'"
                    + (row.year() == null ? "" : " from " + row.year()) + ")");
        }
        if (distinct > 1 && (row.year() == null || candidates.stream().filter(i -> row.year().equals(i.year()))
                .map(IndexedItem::mediaId).distinct().count() != 1)) {
            return new Match(null, "ambiguous: " + distinct + " library items are titled '" + row.title() + "'");
        }
        IndexedItem best = distinct == 1 ? candidates.get(0)
                : candidates.stream().filter(i -> row.year().equals(i.year())).findFirst().orElseThrow();
        return new Match(best, null);
    }

    private static String ids(RatingRow row) {
        List<String> ids = new ArrayList<>();
        if (row.imdb() != null) {
            ids.add("IMDb id " + row.imdb());
        }
        if (row.tmdb() != null) {
            ids.add("TMDB id " + row.tmdb());
        }
        if (row.tvdb() != null) {
            ids.add("TVDB id " + row.tvdb());
        }
        return ids.isEmpty() ? "no id and no title" : String.join(" or ", ids);
    }

    /** Column positions by lower-case name; empty when the generic format's first row is data, not a header. */
    private static Map<String, Integer> header(RatingFormat format, CSVRecord first) {
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < first.size(); i++) {
            header.putIfAbsent(first.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        if (format == RatingFormat.GENERIC && RatingFormat.id(first.get(0)) != null) {
            return Map.of();
        }
        for (String required : format.required) {
            boolean present = false;
            for (String alternative : required.split("\\|")) {
                present |= header.containsKey(alternative);
            }
            if (!present) {
                throw new InvalidImportException("this does not look like a " + format.name().toLowerCase(Locale.ROOT)
                        + " export: the header has no '" + required.replace("|", "' or '") + "' column (it has "
                        + String.join(", ", header.keySet()) + ")");
            }
        }
        return header;
    }

    private static String title(CSVRecord record, Map<String, Integer> header) {
        return RatingFormat.first(record, header, "title|name");
    }
}
