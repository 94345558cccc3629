package io.plexrecommend.scanner.settings;

/** Saved settings changed in a way a background duty reacts to (the playlist switch, linked profiles). */
public record SettingsChanged(Settings before, Settings after) {
}
