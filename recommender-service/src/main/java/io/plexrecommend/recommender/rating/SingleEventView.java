package io.plexrecommend.recommender.rating;

import io.plexrecommend.recommender.profile.SignalStore;
import io.plexrecommend.recommender.storage.AppliedEventEntity;
import java.time.Instant;
import java.util.List;

/** One event: each read is a query. */
final class SingleEventView implements RatingView {

    private final SignalStore signals;

    SingleEventView(SignalStore signals) {
        this.signals = signals;
    }

    @Override
    public boolean ensureProfile(String profile, Instant at) {
        return signals.ensureProfile(profile, at);
    }

    @Override
    public TopicPosition resetOf(String profile) {
        return signals.resetPosition(profile);
    }

    @Override
    public AppliedEventEntity applied(String eventId) {
        return AppliedEventEntity.findById(eventId);
    }

    @Override
    public void recordApplied(ReceivedRating received, AppliedEventEntity existing) {
        RatingView.record(received, existing);
    }

    @Override
    public RatingEntity find(String profile, String mediaId) {
        return RatingEntity.find(profile, mediaId);
    }

    @Override
    public void added(RatingEntity rating) {
    }

    @Override
    public void deleted(RatingEntity rating) {
    }

    @Override
    public List<RatingEntity> reset(String profile, TopicPosition at) {
        RatingEntity.getEntityManager().flush();
        signals.reset(profile, at);
        return RatingEntity.<RatingEntity>list("profile = ?1 order by ratedAt, id", profile);
    }
}
