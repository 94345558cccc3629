package io.plexrecommend.recommender.rest;

import io.plexrecommend.recommender.recommendation.Filters;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** The recommendation filters as query parameters ({@code genre} and {@code excludeGenre} repeat). */
public class FilterParams {

    @QueryParam("type")
    String type;

    @QueryParam("genre")
    List<String> genres;

    @QueryParam("excludeGenre")
    List<String> excludedGenres;

    @QueryParam("maxContentRating")
    String maxContentRating;

    @QueryParam("language")
    String language;

    @QueryParam("inLibrary")
    Boolean inLibrary;

    Filters toFilters() {
        return Filters.of(MediaTypes.parseOptional(type), genres, excludedGenres, maxContentRating, language,
                inLibrary);
    }
}
