package io.plexrecommend.ui.client;

/** A Plex library section as scanner-service lists it. */
public record Library(String id, String title, String type, Integer itemCount) {
}
