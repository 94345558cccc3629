package io.plexrecommend.scanner.plex;

/** What {@code GET /identity} and the root say about a server: its name (may be null) and version. */
public record PlexServerInfo(String name, String version, String machineIdentifier) {
}
