package io.plexrecommend.ui.client;

/** Body of {@code POST /api/profiles/{profile}/dismissals}: "not interested" in one media item. */
public record Dismissal(String mediaId) {
}
