package io.plexrecommend.ui.client;

/** One line of the background trainer's log ({@code GET /api/trainer/log}). */
public record TrainerLogLine(String at, String task, String message, Integer progress) {
}
