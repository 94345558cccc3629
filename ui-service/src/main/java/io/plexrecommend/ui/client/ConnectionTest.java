package io.plexrecommend.ui.client;

/** One source's "test connection" result from {@code POST /api/settings/test}, in the scanner's plain words. */
public record ConnectionTest(String source, boolean ok, String message) {
}
