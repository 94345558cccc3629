package io.plexrecommend.events;

/**
 * A poster, by reference: the UI fetches it server side so that no token reaches a browser.
 *
 * @param source {@code plex} (path on the Plex server, e.g. {@code /library/metadata/1/thumb/2}) or {@code tmdb}
 *        (path on TMDB's image host, e.g. {@code /f89U3ADr1oiB1s9GkdPOEpXUk5H.jpg})
 */
public record ImageRef(String source, String path) {
}
