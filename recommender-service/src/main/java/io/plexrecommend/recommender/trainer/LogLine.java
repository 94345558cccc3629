package io.plexrecommend.recommender.trainer;

import java.time.Instant;

/** One line of the trainer log stream. @param progress 0–100, or null when the task has no measurable progress */
public record LogLine(Instant at, String task, String message, Integer progress) {
}
