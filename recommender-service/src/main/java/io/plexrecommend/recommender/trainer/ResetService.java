package io.plexrecommend.recommender.trainer;

import io.plexrecommend.recommender.client.EmbeddingClient;
import io.plexrecommend.recommender.client.GraphClient;
import io.plexrecommend.recommender.profile.ProfileStates;
import io.plexrecommend.recommender.rating.RatingService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The global reset (the original's "Reset Model"): every profile is reset through a {@code ProfileResetEvent} (so a
 * replay of {@code ratings} ends in the same state), the similarity matrices are rebuilt, embedding-service's cache
 * is cleared and graph-service is asked to rebuild. Another service being unreachable is reported, not fatal.
 */
@ApplicationScoped
public class ResetService {

    private static final Logger LOG = Logger.getLogger(ResetService.class);

    public record ResetReport(int profilesReset, List<String> problems) {
    }

    private final RatingService ratings;
    private final ProfileStates profiles;
    private final BackgroundDuties duties;
    private final EmbeddingClient embedding;
    private final GraphClient graph;
    private final TrainerLog log;

    ResetService(RatingService ratings, ProfileStates profiles, BackgroundDuties duties,
            EmbeddingClient embedding, GraphClient graph, TrainerLog log) {
        this.ratings = ratings;
        this.profiles = profiles;
        this.duties = duties;
        this.embedding = embedding;
        this.graph = graph;
        this.log = log;
    }

    public ResetReport resetAll() {
        List<String> problems = new ArrayList<>();
        List<String> names = profiles.sortedNames();
        names.forEach(ratings::reset);
        log.write("reset", names.size() + " profiles reset", 50);
        try {
            embedding.clearCache();
        } catch (RuntimeException e) {
            LOG.warn("embedding-service did not clear its cache", e);
            problems.add("embedding-service could not clear its cache: " + e.getMessage());
        }
        try {
            graph.rebuild();
        } catch (RuntimeException e) {
            LOG.warn("graph-service did not start a rebuild", e);
            problems.add("graph-service could not start a rebuild: " + e.getMessage());
        }
        try {
            duties.rebuildNow();
        } catch (Exception e) {
            problems.add("the similarity rebuild failed: " + e.getMessage());
        }
        log.write("reset", problems.isEmpty() ? "global reset done" : "global reset done with problems: "
                + String.join("; ", problems), 100);
        return new ResetReport(names.size(), problems);
    }
}
