package io.plexrecommend.graph.entities;

import java.util.Set;

/**
 * Nouns that nearly every overview uses and that say nothing about what a title is about ("a man", "the story of
 * his life", "one day"). Without them, two unrelated films would share an entity node just for both having a "man"
 * in the synopsis. Kept short on purpose: the two-mentions rule and the graph embedding's degree weighting handle
 * the rest.
 */
final class StopWords {

    private static final Set<String> WORDS = Set.of(
            // time
            "day", "days", "night", "time", "year", "week", "month", "hour", "moment", "age", "today", "future",
            "past", "century", "decade", "summer", "weekend", "morning", "evening", "end", "beginning",
            // people in general
            "man", "woman", "men", "women", "people", "person", "guy", "girl", "boy", "kid", "child", "children",
            "friend", "group", "member", "everyone", "someone", "anyone", "nobody", "life", "lives", "others",
            // story words
            "story", "film", "movie", "tale", "series", "show", "episode", "season", "part", "sequel", "adaptation",
            "plot", "documentary", "character", "role", "thing", "way", "lot", "kind", "sort", "place", "world",
            "home", "one", "two", "three", "something", "nothing", "everything", "anything", "fact", "chance",
            "help", "name", "side", "order", "attempt", "course", "number", "point", "case", "matter", "set", "fate",
            "journey", "quest", "event", "events", "idea", "truth", "reason", "hope", "lead", "turn", "face",
            "tv", "mr", "mrs", "ms", "dr", "st");

    static boolean contains(String phrase) {
        return WORDS.contains(phrase);
    }

    private StopWords() {
    }
}
