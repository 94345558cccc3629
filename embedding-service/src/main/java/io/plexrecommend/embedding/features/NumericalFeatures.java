package io.plexrecommend.embedding.features;

import io.plexrecommend.events.MediaItem;
import java.util.List;

/**
 * TMDB popularity and vote count are heavy-tailed, so they are log-scaled against a cap that only a handful of
 * titles reach; the vote average is already bounded (0-10). Unknown values are 0.
 */
final class NumericalFeatures implements FeatureEncoder {

    /** Above the popularity of nearly every title on TMDB's daily list. */
    static final double POPULARITY_CAP = 1_000;
    /** About the vote count of the most-voted titles on TMDB. */
    static final double VOTE_COUNT_CAP = 50_000;
    static final double VOTE_AVERAGE_MAX = 10;
    /** Longer than almost any film; shows use their episode length. */
    static final double RUNTIME_CAP_MINUTES = 240;

    @Override
    public List<String> slots() {
        return List.of("popularity", "vote_average", "vote_count", "runtime");
    }

    @Override
    public void encode(MediaItem item, float[] out, int offset) {
        out[offset] = FeatureEncoder.logScaled(item.popularity(), POPULARITY_CAP);
        out[offset + 1] = item.voteAverage() == null || item.voteAverage().isNaN() ? 0f
                : (float) Math.max(0, Math.min(1, item.voteAverage() / VOTE_AVERAGE_MAX));
        out[offset + 2] = FeatureEncoder.logScaled(
                item.voteCount() == null ? null : item.voteCount().doubleValue(), VOTE_COUNT_CAP);
        out[offset + 3] = item.runtimeMinutes() == null || item.runtimeMinutes() <= 0 ? 0f
                : (float) Math.min(1, item.runtimeMinutes() / RUNTIME_CAP_MINUTES);
    }
}
