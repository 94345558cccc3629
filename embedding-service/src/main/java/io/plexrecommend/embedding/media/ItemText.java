package io.plexrecommend.embedding.media;

import io.plexrecommend.events.MediaItem;
import java.util.ArrayList;
import java.util.List;

/**
 * The text that stands for an item in embedding space (the template is documented in the README). One line per
 * field that has a value, in a fixed order, so the same metadata always gives the same text and the same hash.
 */
public final class ItemText {

    /** Leading cast members are the ones the overview is about; the long tail only adds noise. */
    static final int MAIN_CAST = 5;
    /**
     * Bounds on the text, whatever a producer sent (issue 19: a 1 MB overview). The model reads at most
     * {@code embedding.model.max-tokens} (256) word pieces, about 1,000 characters of prose, so nothing past these
     * bounds could change a vector; they only keep a hostile item from costing the tokenizer, the cache and the
     * hash megabytes.
     */
    static final int MAX_FIELD_CHARS = 4_000;
    static final int MAX_LIST_VALUES = 50;

    public static String of(MediaItem item) {
        List<String> lines = new ArrayList<>();
        add(lines, item.title());
        add(lines, item.tagline());
        add(lines, item.overview());
        addList(lines, "Genres: ", item.genres());
        addList(lines, "Keywords: ", item.keywords());
        addList(lines, "Starring: ", item.cast().subList(0, Math.min(MAIN_CAST, item.cast().size())));
        addList(lines, "Directed by: ", item.directors());
        addList(lines, "Created by: ", item.creators());
        return String.join("\n", lines);
    }

    private static void addList(List<String> lines, String label, List<String> values) {
        List<String> cleaned = values.stream().limit(MAX_LIST_VALUES).map(ItemText::clean).filter(v -> !v.isEmpty())
                .toList();
        if (!cleaned.isEmpty()) {
            lines.add(label + String.join(", ", cleaned) + ".");
        }
    }

    private static void add(List<String> lines, String value) {
        String cleaned = clean(value);
        if (!cleaned.isEmpty()) {
            lines.add(cleaned);
        }
    }

    /** Control characters and runs of whitespace become one space: they carry no meaning but change the hash. */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        String head = value.length() <= MAX_FIELD_CHARS ? value : value.substring(0, MAX_FIELD_CHARS);
        return head.replaceAll("[\\p{Cntrl}\\p{Z}\\s]+", " ").strip();
    }

    private ItemText() {
    }
}
