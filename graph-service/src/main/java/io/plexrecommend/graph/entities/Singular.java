package io.plexrecommend.graph.entities;

import java.util.Set;

/**
 * A small English singularizer for the last word of a noun compound, so "drug lords" and "drug lord" are one node.
 * Lemma-ish on purpose: it only undoes regular plurals and leaves anything doubtful alone.
 */
final class Singular {

    private static final Set<String> UNCHANGED = Set.of("news", "series", "species", "physics", "politics", "chaos",
            "bus", "gas", "lens", "boss", "glass", "class", "kiss", "virus", "status", "campus", "genius", "christmas");

    static String of(String word) {
        if (word.length() <= 3 || UNCHANGED.contains(word) || word.endsWith("ss") || word.endsWith("us")
                || word.endsWith("is")) {
            return word;
        }
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("ches") || word.endsWith("shes") || word.endsWith("xes") || word.endsWith("sses")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("men")) {
            return word.substring(0, word.length() - 3) + "man";
        }
        if (word.endsWith("s")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private Singular() {
    }
}
