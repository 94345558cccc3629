package io.plexrecommend.scanner.imports;

import io.plexrecommend.events.RatingValues;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * The rating exports people already have, column names as the services write them (matched case-insensitively):
 * <ul>
 * <li>{@code imdb}: IMDb "Your ratings" export: {@code Const, Your Rating, Date Rated, Title, ..., Title Type, ..., Year}</li>
 * <li>{@code letterboxd}: {@code ratings.csv}: {@code Date, Name, Year, Letterboxd URI, Rating} (0.5-5 stars, ×2)</li>
 * <li>{@code trakt}: Trakt CSV export: {@code rated_at, type, title, year, rating, imdb_id, tmdb_id, tvdb_id}
 *     ({@code trakt_rating}/{@code my_rating} and bare {@code imdb}/{@code tmdb}/{@code tvdb} also accepted)</li>
 * <li>{@code generic}: {@code tmdb_id, rating[, timestamp]} with an optional header; a movie id unless a
 *     {@code type} column says {@code show}</li>
 * </ul>
 */
enum RatingFormat {

    IMDB(List.of("const", "your rating")) {
        @Override
        RatingRow read(CSVRecord r, Map<String, Integer> h, Instant fallback) {
            String kind = get(r, h, "title type");
            String type = kind == null ? null : kind.toLowerCase(Locale.ROOT).contains("series") ? "show" : "movie";
            return new RatingRow(r.getRecordNumber(), get(r, h, "title"), integer(get(r, h, "year")), type,
                    get(r, h, "const"), null, null, scale10(get(r, h, "your rating")),
                    instant(get(r, h, "date rated"), fallback));
        }
    },
    LETTERBOXD(List.of("name", "rating")) {
        @Override
        RatingRow read(CSVRecord r, Map<String, Integer> h, Instant fallback) {
            String stars = get(r, h, "rating");
            if (stars == null) {
                throw new IllegalArgumentException("no rating");
            }
            double value;
            try {
                value = Double.parseDouble(stars);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("rating '" + stars + "' is not a number of stars");
            }
            if (value < 0.5 || value > 5) {
                throw new IllegalArgumentException("rating " + stars + " is not 0.5 to 5 stars");
            }
            return new RatingRow(r.getRecordNumber(), get(r, h, "name"), integer(get(r, h, "year")), "movie",
                    null, null, null, RatingValues.toRating(value * 2), instant(get(r, h, "date"), fallback));
        }
    },
    TRAKT(List.of("rating|trakt_rating|my_rating")) {
        @Override
        RatingRow read(CSVRecord r, Map<String, Integer> h, Instant fallback) {
            String kind = first(r, h, "type");
            String type = kind == null ? null : kind.toLowerCase(Locale.ROOT).startsWith("show") ? "show"
                    : kind.toLowerCase(Locale.ROOT).startsWith("movie") ? "movie" : kind;
            if (type != null && !type.equals("movie") && !type.equals("show")) {
                throw new IllegalArgumentException("a rating of a " + kind + " (only movies and shows are kept)");
            }
            return new RatingRow(r.getRecordNumber(), first(r, h, "title"), integer(first(r, h, "year")), type,
                    first(r, h, "imdb_id|imdb"), id(first(r, h, "tmdb_id|tmdb")), id(first(r, h, "tvdb_id|tvdb")),
                    scale10(first(r, h, "rating|trakt_rating|my_rating")),
                    instant(first(r, h, "rated_at|watched_at|date"), fallback));
        }
    },
    GENERIC(List.of()) {
        @Override
        RatingRow read(CSVRecord r, Map<String, Integer> h, Instant fallback) {
            String tmdb = h.isEmpty() ? value(r, 0) : first(r, h, "tmdb_id|tmdb");
            String rating = h.isEmpty() ? value(r, 1) : first(r, h, "rating");
            String at = h.isEmpty() ? value(r, 2) : first(r, h, "timestamp|rated_at|date");
            String type = h.isEmpty() ? null : first(r, h, "type");
            if (id(tmdb) == null) {
                throw new IllegalArgumentException("tmdb_id '" + tmdb + "' is not a TMDB id");
            }
            return new RatingRow(r.getRecordNumber(), null, null,
                    type == null ? "movie" : type.toLowerCase(Locale.ROOT), null, id(tmdb), null, scale10(rating),
                    instant(at, fallback));
        }
    };

    /** Columns the header must have (alternatives separated by {@code |}); empty = header optional. */
    final List<String> required;

    RatingFormat(List<String> required) {
        this.required = required;
    }

    abstract RatingRow read(CSVRecord record, Map<String, Integer> header, Instant fallback);

    static RatingFormat of(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidImportException("format is missing: ?format=imdb, letterboxd, trakt or generic");
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidImportException("unknown format '" + name + "': use imdb, letterboxd, trakt or generic");
        }
    }

    static String get(CSVRecord r, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        return index == null ? null : value(r, index);
    }

    static String first(CSVRecord r, Map<String, Integer> header, String alternatives) {
        for (String column : alternatives.split("\\|")) {
            String v = get(r, header, column);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    static String value(CSVRecord r, int index) {
        if (index >= r.size()) {
            return null;
        }
        String v = r.get(index).strip();
        return v.isEmpty() ? null : v;
    }

    static Integer integer(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Long id(String text) {
        return text != null && text.strip().matches("\\d{1,18}") && Long.parseLong(text.strip()) > 0
                ? Long.valueOf(text.strip()) : null;
    }

    /** A 1-10 rating, by the one rule for all edges ({@link RatingValues}: round half up). */
    static int scale10(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no rating");
        }
        double value;
        try {
            value = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("rating '" + text + "' is not a number");
        }
        return RatingValues.toRating(value);
    }

    /** ISO instant, {@code YYYY-MM-DD} (midnight UTC) or epoch seconds; {@code fallback} when absent or unreadable. */
    static Instant instant(String text, Instant fallback) {
        if (text == null) {
            return fallback;
        }
        String t = text.strip();
        try {
            if (t.matches("\\d{9,11}")) {
                return Instant.ofEpochSecond(Long.parseLong(t));
            }
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return java.time.OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException | NumberFormatException e) {
            try {
                return Instant.parse(t);
            } catch (DateTimeParseException again) {
                return fallback;
            }
        }
    }
}
