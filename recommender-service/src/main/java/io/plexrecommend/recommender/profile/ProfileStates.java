package io.plexrecommend.recommender.profile;

import io.plexrecommend.recommender.rating.RatingEntity;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every profile's signals in memory: loaded at start (before the consumers run) and changed by each committed
 * {@link ProfileChanged}, which is how a rating shows in the next recommendation at once. {@link #version()} counts
 * changes, so the collaborative matrix knows when it is stale.
 */
@ApplicationScoped
public class ProfileStates {

    private final Map<String, ProfileState> states = new ConcurrentHashMap<>();
    private final AtomicLong version = new AtomicLong();
    private final SignalStore store;

    ProfileStates(SignalStore store) {
        this.store = store;
    }

    @Transactional
    void load(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        reload();
    }

    /** Reads everything again (after a global reset). */
    @Transactional
    public void reload() {
        Map<String, ProfileState> loaded = new HashMap<>();
        store.profiles().forEach(p -> loaded.put(p, ProfileState.EMPTY));
        for (RatingEntity rating : RatingEntity.<RatingEntity>list("order by ratedAt, id")) {
            loaded.merge(rating.profile, ProfileState.EMPTY, (a, b) -> a);
            loaded.computeIfPresent(rating.profile, (p, s) -> s.with(
                    new ProfileChanged(p, ProfileChanged.Change.RATED, rating.mediaId, rating.rating)));
        }
        for (SignalStore.Marker m : store.watchMarkers()) {
            loaded.merge(m.profile(), ProfileState.EMPTY, (a, b) -> a);
            loaded.computeIfPresent(m.profile(),
                    (p, s) -> s.with(new ProfileChanged(p, ProfileChanged.Change.WATCHED, m.mediaId(), 0)));
        }
        for (SignalStore.Marker m : store.dismissals()) {
            loaded.merge(m.profile(), ProfileState.EMPTY, (a, b) -> a);
            loaded.computeIfPresent(m.profile(),
                    (p, s) -> s.with(new ProfileChanged(p, ProfileChanged.Change.DISMISSED, m.mediaId(), 0)));
        }
        states.clear();
        states.putAll(loaded);
        version.incrementAndGet();
    }

    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProfileChanged change) {
        states.compute(change.profile(), (p, s) -> (s == null ? ProfileState.EMPTY : s).with(change));
        version.incrementAndGet();
    }

    public ProfileState get(String profile) {
        return states.getOrDefault(profile, ProfileState.EMPTY);
    }

    /** Makes a profile known before it has any signal (PUT /api/profiles/{p}). */
    public void created(String profile) {
        states.putIfAbsent(profile, ProfileState.EMPTY);
    }

    public Map<String, ProfileState> all() {
        return Map.copyOf(states);
    }

    public long version() {
        return version.get();
    }

    public List<String> sortedNames() {
        return states.keySet().stream().sorted().toList();
    }
}
