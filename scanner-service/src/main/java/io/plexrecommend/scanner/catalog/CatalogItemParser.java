package io.plexrecommend.scanner.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plexrecommend.events.ExternalIds;
import io.plexrecommend.events.ImageRef;
import io.plexrecommend.events.MediaItem;
import io.plexrecommend.events.MediaType;
import io.plexrecommend.events.RelatedTitles;
import io.plexrecommend.events.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads one catalog line (the TMDB-shaped records of {@code items.jsonl}) into a {@link MediaItem}, crowd lists
 * included ({@link CatalogRelatedTitles}). Field errors are reported by field name, since the user fixes them in a
 * file, not in code.
 */
@ApplicationScoped
public class CatalogItemParser {

    static final String SOURCE = "catalog";
    private static final Pattern IMDB_ID = Pattern.compile("tt\\d{1,12}");

    private final ObjectMapper mapper;

    public CatalogItemParser(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public MediaItem parse(String line) {
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            throw new InvalidCatalogLineException("not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new InvalidCatalogLineException("not a JSON object");
        }
        String title = text(node, "title");
        if (title == null) {
            throw new InvalidCatalogLineException("title is missing");
        }
        MediaType type = type(node);
        ExternalIds ids = new ExternalIds(id(node, "tmdb_id"), id(node, "tvdb_id"), imdbId(node));
        if (ids.tmdb() == null && ids.tvdb() == null && ids.imdb() == null) {
            throw new InvalidCatalogLineException("no id: a catalog item needs tmdb_id, tvdb_id or imdb_id");
        }
        LocalDate releaseDate = date(node, "release_date");
        Integer year = integer(node, "year");
        String posterPath = text(node, "poster_path");
        List<RelatedTitles> related = CatalogRelatedTitles.read(node);
        try {
            return MediaItem.builder()
                    .type(type)
                    .source(SOURCE)
                    .externalIds(ids)
                    .title(title)
                    .originalTitle(text(node, "original_title"))
                    .year(year != null ? year : releaseDate == null ? null : releaseDate.getYear())
                    .overview(text(node, "overview"))
                    .tagline(text(node, "tagline"))
                    .runtimeMinutes(integer(node, "runtime"))
                    .genres(strings(node, "genres"))
                    .keywords(strings(node, "keywords"))
                    .cast(strings(node, "cast"))
                    .directors(strings(node, "directors"))
                    .originalLanguage(text(node, "original_language"))
                    .releaseDate(releaseDate)
                    .contentRating(text(node, "content_rating"))
                    .popularity(decimal(node, "popularity"))
                    .voteAverage(decimal(node, "vote_average"))
                    .voteCount(integer(node, "vote_count"))
                    .poster(posterPath == null ? null : new ImageRef("tmdb", posterPath))
                    .related(related)
                    .build();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidCatalogLineException(e.getMessage());
        }
    }

    private static MediaType type(JsonNode node) {
        String type = text(node, "type");
        if (type == null) {
            return MediaType.MOVIE;
        }
        try {
            return MediaType.fromWire(type);
        } catch (IllegalArgumentException e) {
            throw new InvalidCatalogLineException("type: " + e.getMessage());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode() || value.isBoolean()) {
            throw new InvalidCatalogLineException(field + " must be a string, was " + value.getNodeType());
        }
        // Control characters (NUL, ESC…) are dropped at this edge: docs/reliability.md, "Limits on one record".
        return Texts.clean(value.asText());
    }

    private static Long id(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong() && value.asLong() > 0) {
            return value.asLong();
        }
        if (value.isTextual() && value.asText().strip().matches("\\d{1,18}") && Long.parseLong(value.asText().strip()) > 0) {
            return Long.parseLong(value.asText().strip());
        }
        if (value.isTextual() && value.asText().isBlank()) {
            return null;
        }
        throw new InvalidCatalogLineException(field + " must be a positive whole number, was " + value);
    }

    private static String imdbId(JsonNode node) {
        String imdb = text(node, "imdb_id");
        if (imdb != null && !IMDB_ID.matcher(imdb).matches()) {
            throw new InvalidCatalogLineException("imdb_id '" + imdb + "' is not an IMDb id (expected tt and digits)");
        }
        return imdb;
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return value.asInt();
        }
        if (value.isTextual() && value.asText().strip().matches("-?\\d{1,9}")) {
            return Integer.parseInt(value.asText().strip());
        }
        throw new InvalidCatalogLineException(field + " must be a whole number, was " + value);
    }

    private static Double decimal(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        try {
            return value.isTextual() ? Double.valueOf(value.asText().strip()) : fail(field, value);
        } catch (NumberFormatException e) {
            return fail(field, value);
        }
    }

    private static Double fail(String field, JsonNode value) {
        throw new InvalidCatalogLineException(field + " must be a number, was " + value);
    }

    private static LocalDate date(JsonNode node, String field) {
        String text = text(node, field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidCatalogLineException(field + " '" + text + "' is not a date (expected YYYY-MM-DD)");
        }
    }

    private static List<String> strings(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new InvalidCatalogLineException(field + " must be a list of strings, was " + value.getNodeType());
        }
        List<String> result = new ArrayList<>(value.size());
        for (JsonNode element : value) {
            if (element.isNull()) {
                continue;
            }
            if (!element.isTextual()) {
                throw new InvalidCatalogLineException(field + " must be a list of strings, has " + element);
            }
            if (!element.asText().isBlank()) {
                result.add(element.asText().strip());
            }
        }
        return result;
    }
}
