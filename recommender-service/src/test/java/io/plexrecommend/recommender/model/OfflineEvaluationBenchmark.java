package io.plexrecommend.recommender.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The scoring model on an evalrec.py split, offline (docs/evaluation.md): {@code evalrec.py --dump-split DIR}, then
 * {@code mvn -B -o verify -pl recommender-service -Dgroups=benchmark -Dsurefire.excludedGroups=
 * -Dtest=OfflineEvaluationBenchmark -Deval.data=../../shared/data/movielens-small-tmdb -Deval.split=DIR
 * [-Deval.recs=target/offline-recs.jsonl] [-Deval.household=N]}. With a household size, users are grouped into
 * households of N, each alone in the system. Prints NDCG@10 per history bucket; the recs file is for
 * {@code evalrec.py --recs}. The data is read at run time and never copied into the repository.
 */
@Tag("benchmark")
class OfflineEvaluationBenchmark {

    @Test
    void ndcgOnTheSplit() throws Exception {
        String data = System.getProperty("eval.data");
        String split = System.getProperty("eval.split");
        Assumptions.assumeTrue(data != null && split != null, "set -Deval.data and -Deval.split");
        OfflineEvaluation eval = OfflineEvaluation.load(Path.of(data).resolve("items.jsonl"), Path.of(split));
        String recs = System.getProperty("eval.recs");
        int household = Integer.getInteger("eval.household", 0);
        Map<String, Double> result = eval.run(ScoringWeights.DEFAULT, new ContentWeights(1, 0, 0), 50, 5, household,
                recs == null ? null : Path.of(recs));
        System.out.println("offline NDCG@10 (households of " + household + ", 0 = all users at once): " + OfflineEvaluation.format(result));
        assertThat(result.get("all")).isPositive();
        if (recs != null) {
            assertThat(Files.size(Path.of(recs))).isPositive();
        }
    }
}
