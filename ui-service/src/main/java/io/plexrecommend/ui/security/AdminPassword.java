package io.plexrecommend.ui.security;

import io.plexrecommend.ui.config.UiConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * The optional single admin password ({@code UI_PASSWORD}). Without it the UI is open, and says so on the page.
 * Checked as HTTP Basic credentials; the user name is ignored.
 */
@ApplicationScoped
public class AdminPassword {

    private final Optional<byte[]> expected;

    AdminPassword(UiConfig config) {
        this.expected = config.password().filter(p -> !p.isBlank()).map(p -> p.getBytes(StandardCharsets.UTF_8));
    }

    public boolean required() {
        return expected.isPresent();
    }

    /** True when the {@code Authorization} header carries the password; compared in constant time. */
    public boolean acceptsAuthorization(String header) {
        if (expected.isEmpty()) {
            return true;
        }
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String credentials;
        try {
            credentials = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        int colon = credentials.indexOf(':');
        byte[] given = credentials.substring(colon + 1).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected.get(), given);
    }
}
