package io.plexrecommend.recommender.profile;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** One profile's signals in memory: ratings (in the order given), watched and dismissed titles. Immutable. */
public record ProfileState(Map<String, Integer> ratings, Set<String> watched, Set<String> dismissed) {

    public static final ProfileState EMPTY = new ProfileState(Map.of(), Set.of(), Set.of());

    ProfileState with(ProfileChanged change) {
        Map<String, Integer> r = new LinkedHashMap<>(ratings);
        Set<String> w = new LinkedHashSet<>(watched);
        Set<String> d = new LinkedHashSet<>(dismissed);
        switch (change.change()) {
            case RATED -> {
                r.remove(change.mediaId());
                r.put(change.mediaId(), change.rating());
            }
            case UNRATED -> r.remove(change.mediaId());
            case WATCHED -> w.add(change.mediaId());
            case DISMISSED -> d.add(change.mediaId());
            case RESET -> {
                r.clear();
                d.clear();
            }
            case CREATED -> {
            }
        }
        return new ProfileState(Map.copyOf(r), Set.copyOf(w), Set.copyOf(d));
    }

    /**
     * Identity, not the record's value equality: a state is replaced on every change and never compared by value,
     * and caches keyed by state (the recommender's per-state preparation) would otherwise hash every rating of the
     * profile on each lookup.
     */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** Whether the profile has already seen, rated or refused the title. */
    public boolean excludes(String mediaId) {
        return ratings.containsKey(mediaId) || watched.contains(mediaId) || dismissed.contains(mediaId);
    }
}
