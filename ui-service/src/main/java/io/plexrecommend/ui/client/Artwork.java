package io.plexrecommend.ui.client;

/** A poster image as scanner-service serves it: the bytes and their media type. */
public record Artwork(byte[] bytes, String contentType) {
}
