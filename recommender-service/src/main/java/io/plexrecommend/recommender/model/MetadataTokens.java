package io.plexrecommend.recommender.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tokens an item's metadata contributes to its sparse vector, each with a facet weight: people and keywords say
 * more about a title's character than its (few, broad) genres, and the inverse document frequency then discounts
 * whatever is common in the catalog.
 */
final class MetadataTokens {

    record Token(String text, float facetWeight) {
    }

    static final float GENRE = 0.6f;
    static final float KEYWORD = 1.0f;
    static final float CAST = 0.8f;
    static final float DIRECTOR = 1.0f;
    static final float COLLECTION = 1.2f;
    static final float LANGUAGE = 0.4f;
    static final float DECADE = 0.3f;
    /** Top-billed cast only: the fifth-billed actor says little about a film. */
    static final int CAST_LIMIT = 5;

    static List<Token> of(ModelItem item) {
        List<Token> tokens = new ArrayList<>();
        item.genres().forEach(g -> tokens.add(new Token("g:" + norm(g), GENRE)));
        item.keywords().forEach(k -> tokens.add(new Token("k:" + norm(k), KEYWORD)));
        item.cast().stream().limit(CAST_LIMIT).forEach(c -> tokens.add(new Token("c:" + norm(c), CAST)));
        item.directors().forEach(d -> tokens.add(new Token("d:" + norm(d), DIRECTOR)));
        if (item.collection() != null && !item.collection().isBlank()) {
            tokens.add(new Token("col:" + norm(item.collection()), COLLECTION));
        }
        if (item.language() != null && !item.language().isBlank()) {
            tokens.add(new Token("lang:" + norm(item.language()), LANGUAGE));
        }
        if (item.year() != null) {
            tokens.add(new Token("dec:" + (item.year() / 10), DECADE));
        }
        return tokens;
    }

    private static String norm(String value) {
        return value.trim().toLowerCase(Locale.ROOT);
    }

    private MetadataTokens() {
    }
}
