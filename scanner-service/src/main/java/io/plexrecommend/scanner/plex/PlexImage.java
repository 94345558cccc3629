package io.plexrecommend.scanner.plex;

/** Image bytes from Plex and their content type. */
public record PlexImage(byte[] bytes, String contentType) {
}
