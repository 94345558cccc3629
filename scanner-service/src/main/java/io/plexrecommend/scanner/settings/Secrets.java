package io.plexrecommend.scanner.settings;

/** How a secret is shown: its last four characters, so the user can tell which one is set, and nothing more. */
public final class Secrets {

    static final String DOTS = "\u2022\u2022\u2022\u2022";

    /** {@code ••••1a2b}; a secret of four characters or fewer shows as dots only; null stays null. */
    public static String mask(String secret) {
        if (secret == null) {
            return null;
        }
        return secret.length() <= 4 ? DOTS : DOTS + secret.substring(secret.length() - 4);
    }

    private Secrets() {
    }
}
