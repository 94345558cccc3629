package io.plexrecommend.recommender.recommendation;

import io.plexrecommend.events.MediaType;
import io.plexrecommend.recommender.validation.InvalidRequestException;
import io.plexrecommend.rest.Echo;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a profile asked to see: a type, genres to include (any of them) and exclude, a maximum content rating (an
 * item without a known rating is left out once a maximum is set: a kids' profile should not get surprises), an
 * original language, and only titles in a Plex library.
 */
public record Filters(MediaType type, Set<String> genres, Set<String> excludedGenres, OptionalInt maxContentLevel,
        String language, boolean inLibraryOnly) {

    public static final Filters NONE = new Filters(null, Set.of(), Set.of(), OptionalInt.empty(), null, false);

    public static Filters of(MediaType type, List<String> genres, List<String> excludedGenres,
            String maxContentRating, String language, Boolean inLibrary) {
        OptionalInt max = OptionalInt.empty();
        if (maxContentRating != null && !maxContentRating.isBlank()) {
            max = ContentRatings.level(maxContentRating);
            if (max.isEmpty()) {
                throw new InvalidRequestException("maxContentRating '" + Echo.of(maxContentRating)
                        + "' is not a content rating we know (e.g. G, PG, PG-13, R, TV-14, TV-MA)");
            }
        }
        return new Filters(type, lower(genres), lower(excludedGenres), max,
                language == null || language.isBlank() ? null : language.trim().toLowerCase(Locale.ROOT),
                Boolean.TRUE.equals(inLibrary));
    }

    public static Filters ofType(MediaType type) {
        return new Filters(type, Set.of(), Set.of(), OptionalInt.empty(), null, false);
    }

    boolean admits(ItemInfo item) {
        if (item.removed() || type != null && !type.wireName().equals(item.type())) {
            return false;
        }
        if (inLibraryOnly && !item.inLibrary()) {
            return false;
        }
        if (language != null && !language.equalsIgnoreCase(item.language())) {
            return false;
        }
        if (maxContentLevel.isPresent()) {
            OptionalInt level = ContentRatings.level(item.contentRating());
            if (level.isEmpty() || level.getAsInt() > maxContentLevel.getAsInt()) {
                return false;
            }
        }
        if (!genres.isEmpty() || !excludedGenres.isEmpty()) {
            Set<String> own = lower(item.genres());
            if (!genres.isEmpty() && own.stream().noneMatch(genres::contains)) {
                return false;
            }
            return own.stream().noneMatch(excludedGenres::contains);
        }
        return true;
    }

    private static Set<String> lower(List<String> values) {
        return values == null ? Set.of() : values.stream().filter(v -> v != null && !v.isBlank())
                .map(v -> v.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
