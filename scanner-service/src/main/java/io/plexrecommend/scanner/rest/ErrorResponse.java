package io.plexrecommend.scanner.rest;

/** The body of every error answer: {@code {"error":"..."}}. */
public record ErrorResponse(String error) {
}
