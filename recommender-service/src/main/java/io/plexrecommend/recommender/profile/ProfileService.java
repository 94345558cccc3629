package io.plexrecommend.recommender.profile;

import io.plexrecommend.recommender.storage.StateWriter;
import io.plexrecommend.recommender.validation.Profiles;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** The household's profiles. */
@ApplicationScoped
public class ProfileService {

    public record ProfileSummary(String profile, int ratings) {
    }

    private final ProfileStates states;
    private final SignalStore store;
    private final StateWriter writer;

    ProfileService(ProfileStates states, SignalStore store, StateWriter writer) {
        this.states = states;
        this.store = store;
        this.writer = writer;
    }

    public List<ProfileSummary> list() {
        return states.sortedNames().stream()
                .map(p -> new ProfileSummary(p, states.get(p).ratings().size())).toList();
    }

    /** Idempotent: an existing profile stays as it is. */
    public void create(String profile) {
        Profiles.require(profile);
        writer.write(() -> store.ensureProfile(profile, Instant.now()));
        states.created(profile);
    }
}
