package io.plexrecommend.embedding.media;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * {@code sha256:} + hex SHA-256 of (model id + "\n" + text), equal only for the same model input. With features,
 * the text is followed by {@code "\n" + schema + ":"} and each feature's float bits in hex, comma-terminated, so a
 * changed vote count or genre changes the hash too.
 */
public final class ContentHash {

    public static String of(String modelId, String text) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha256.digest((modelId + "\n" + text).getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static String of(String modelId, String text, String featureSchema, float[] features) {
        StringBuilder input = new StringBuilder(text.length() + 16 + features.length * 9).append(text)
                .append('\n').append(featureSchema).append(':');
        for (float feature : features) {
            input.append(Integer.toHexString(Float.floatToIntBits(feature))).append(',');
        }
        return of(modelId, input.toString());
    }

    private ContentHash() {
    }
}
