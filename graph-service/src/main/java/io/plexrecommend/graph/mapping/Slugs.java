package io.plexrecommend.graph.mapping;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a name into the last path segment of a node IRI, so the same genre, keyword or person from any item (and any
 * source's spelling of accents or case) is one node: {@code "Amélie Poulain"} becomes {@code amelie-poulain}.
 * Letters of every script are kept (IRIs allow them), so names written in Japanese or Cyrillic still get a node.
 */
public final class Slugs {

    /** Accents on Latin letters only: in other scripts a mark can make another letter (Cyrillic й is not и). */
    private static final Pattern LATIN_ACCENTS = Pattern.compile("(?<=\\p{IsLatin})\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

    /** The slug of {@code name}, or empty when nothing alphanumeric is left (such values are skipped). */
    public static Optional<String> slug(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        String plain = Normalizer.normalize(LATIN_ACCENTS.matcher(decomposed).replaceAll(""), Normalizer.Form.NFC);
        String dashed = NOT_ALPHANUMERIC.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
        String slug = EDGE_DASHES.matcher(dashed).replaceAll("");
        return slug.isEmpty() ? Optional.empty() : Optional.of(slug);
    }

    private Slugs() {
    }
}
