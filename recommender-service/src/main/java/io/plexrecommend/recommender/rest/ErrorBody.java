package io.plexrecommend.recommender.rest;

/** Every error answer: {@code {"error":"…"}} in plain words. */
public record ErrorBody(String error) {
}
