package io.plexrecommend.recommender.lists;

import io.plexrecommend.events.RecommendationListUpdatedEvent;
import io.plexrecommend.recommender.config.RecommenderConfig;
import io.plexrecommend.recommender.profile.ProfileChanged;
import io.plexrecommend.recommender.profile.ProfileService;
import io.plexrecommend.recommender.recommendation.Filters;
import io.plexrecommend.recommender.recommendation.Recommender;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Keeps {@code recommendation-lists} current: a profile's list is published once its ratings, watches or dismissals
 * have been quiet for the debounce time (a burst of ten ratings is one list, not ten Plex playlist rewrites), and
 * every profile's list on a schedule (new titles, refreshed matrices). Lists hold Plex library titles only: they
 * exist to be shown in Plex. Publishing is the recommender's whole part; who shows a list, and where, is the
 * consumers' business (the scanner writes Plex playlists), so nothing here knows about Plex or its tokens.
 */
@ApplicationScoped
public class RecommendationLists {

    private static final Logger LOG = Logger.getLogger(RecommendationLists.class);
    private static final Filters IN_PLEX = new Filters(null, Set.of(), Set.of(), OptionalInt.empty(), null, true);

    private final Recommender recommender;
    private final ProfileService profiles;
    private final ListPublisher publisher;
    private final RecommenderConfig.Lists config;
    /** Profile → time of its last committed change not yet published. */
    private final Map<String, Instant> pending = new ConcurrentHashMap<>();

    RecommendationLists(Recommender recommender, ProfileService profiles, ListPublisher publisher,
            RecommenderConfig config) {
        this.recommender = recommender;
        this.profiles = profiles;
        this.publisher = publisher;
        this.config = config.lists();
    }

    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProfileChanged change) {
        if (config.enabled()) {
            pending.put(change.profile(), Instant.now());
        }
    }

    /** Publishes the list of every profile whose last change is older than the debounce time. */
    @Scheduled(every = "${recommender.lists.check:5s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void publishDue() {
        Instant quietSince = Instant.now().minus(config.debounce());
        for (Map.Entry<String, Instant> entry : pending.entrySet()) {
            // remove(key, value): a change that arrived meanwhile keeps the profile pending for the next round
            if (!entry.getValue().isAfter(quietSince) && pending.remove(entry.getKey(), entry.getValue())) {
                publishQuietly(entry.getKey(), RecommendationListUpdatedEvent.RATINGS_CHANGED);
            }
        }
    }

    /** Every profile, every period; the first run one period after start (the compacted topic keeps the last lists). */
    @Scheduled(every = "${recommender.lists.every:6h}", delayed = "${recommender.lists.every:6h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void publishAll() {
        if (config.enabled()) {
            profiles.list().forEach(p -> publishQuietly(p.profile(), RecommendationListUpdatedEvent.SCHEDULED));
        }
    }

    /** The profile's list as published now; throws if the broker does not take it. */
    public RecommendationListUpdatedEvent publish(String profile, String trigger) {
        List<String> mediaIds = recommender.topMediaIds(profile, IN_PLEX, config.size());
        RecommendationListUpdatedEvent event = RecommendationListUpdatedEvent.of(profile, trigger, mediaIds);
        publisher.publish(event);
        return event;
    }

    private void publishQuietly(String profile, String trigger) {
        try {
            publish(profile, trigger);
        } catch (RuntimeException e) {
            // The next change or the schedule publishes it again; a list is whole state, so nothing is lost.
            LOG.warnf("could not publish the recommendation list of %s: %s", profile, e.getMessage());
        }
    }
}
