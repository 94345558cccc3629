package io.plexrecommend.scanner.artwork;

/** Image bytes and their content type ({@code image/jpeg}, {@code image/png} or {@code image/webp}). */
public record Artwork(byte[] bytes, String contentType) {
}
