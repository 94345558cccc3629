package io.plexrecommend.events;

/**
 * Text from outside (a catalog line, Plex) as it may enter an event: control characters (NUL, ESC, BEL, the C1
 * range…) are removed, tabs and line breaks kept, ends stripped; blank is null. Control characters mean nothing in
 * a title or an overview, and raw they break terminals, logs, CSV exports and some JSON consumers.
 */
public final class Texts {

    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.replaceAll("[\\p{Cc}&&[^\\t\\n\\r]]", "").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    private Texts() {
    }
}
