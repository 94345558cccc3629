package io.plexrecommend.ui.poster;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A 2:3 SVG poster with the title's initials, for items without artwork (the demo library has none). */
final class PlaceholderPoster {

    private PlaceholderPoster() {
    }

    static Poster forTitle(String title) {
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" width="342" height="513" viewBox="0 0 342 513">\
                <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">\
                <stop offset="0" stop-color="#3b4a6b"/><stop offset="1" stop-color="#1f2937"/></linearGradient></defs>\
                <rect width="342" height="513" fill="url(#g)"/>\
                <text x="171" y="285" text-anchor="middle" font-family="system-ui, sans-serif" font-size="120" \
                font-weight="700" fill="#f9fafb">%s</text></svg>""".formatted(initials(title));
        return new Poster(svg.getBytes(StandardCharsets.UTF_8), "image/svg+xml", true);
    }

    /** Letters and digits only, so nothing in a title can become markup. */
    static String initials(String title) {
        if (title == null || title.isBlank()) {
            return "?";
        }
        String initials = Arrays.stream(title.trim().split("\\s+"))
                .map(word -> word.codePoints().filter(Character::isLetterOrDigit).findFirst().orElse(-1))
                .filter(cp -> cp >= 0)
                .limit(2)
                .map(cp -> new String(Character.toChars(Character.toUpperCase(cp))))
                .collect(Collectors.joining());
        return initials.isEmpty() ? "?" : initials;
    }
}
