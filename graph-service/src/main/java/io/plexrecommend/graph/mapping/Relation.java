package io.plexrecommend.graph.mapping;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;

/**
 * The kinds of attribute an item links to, by the predicate of the link. These names are part of the REST contract
 * ({@code /api/items/{id}/shared}) and the recommender's explanations ("same director").
 */
public enum Relation {
    DIRECTOR(Vocabulary.DIRECTOR),
    CREATOR(Vocabulary.CREATOR),
    ACTOR(Vocabulary.ACTOR),
    GENRE(Vocabulary.GENRE_OF),
    KEYWORD(Vocabulary.KEYWORDS),
    COMPANY(Vocabulary.PRODUCTION_COMPANY),
    COLLECTION(Vocabulary.IS_PART_OF),
    LANGUAGE(Vocabulary.IN_LANGUAGE),
    DECADE(Vocabulary.DECADE_OF),
    ENTITY(Vocabulary.MENTIONS);

    private static final Map<Node, Relation> BY_PREDICATE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(r -> r.predicate.asNode(), Function.identity()));

    private final Property predicate;

    Relation(Property predicate) {
        this.predicate = predicate;
    }

    public Property predicate() {
        return predicate;
    }

    /** The relation a predicate expresses; empty for predicates that do not link to an attribute (type, name). */
    public static Optional<Relation> of(Node predicate) {
        return Optional.ofNullable(BY_PREDICATE.get(predicate));
    }

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
