package io.plexrecommend.ui.client;

/** One household member as recommender-service lists them, with how many ratings they gave. */
public record ProfileSummary(String profile, long ratings) {
}
