package io.plexrecommend.ui.poster;

/** Image bytes ready to serve; {@code placeholder} when generated here because no artwork exists (yet). */
public record Poster(byte[] bytes, String contentType, boolean placeholder) {
}
