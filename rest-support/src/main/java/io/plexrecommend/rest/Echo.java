package io.plexrecommend.rest;

/**
 * What a refusal may repeat of the value it refuses: enough to recognise it, never the whole of an oversized value
 * (a 1 MB media id must not come back as a 1 MB error).
 */
public final class Echo {

    /** How many characters of a refused value an error message repeats. */
    public static final int MAX_CHARS = 100;

    /** The value itself, or its first {@value #MAX_CHARS} characters and "…". */
    public static String of(String value) {
        if (value == null || value.length() <= MAX_CHARS) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return value.substring(0, end) + "…";
    }

    /** A message someone else built around {@code value}, with the value shortened as {@link #of(String)} does. */
    public static String within(String message, String value) {
        return value == null || value.length() <= MAX_CHARS || message == null ? message : message.replace(value, of(value));
    }

    private Echo() {
    }
}
