package io.plexrecommend.graph.rest;

/** Every error answer: {@code {"error": "plain words"}}. */
public record ErrorResponse(String error) {
}
