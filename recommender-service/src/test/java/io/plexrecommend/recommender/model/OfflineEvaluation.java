package io.plexrecommend.recommender.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Drives the scoring classes offline over an evalrec.py split ({@code evalrec.py --dump-split DIR}) and the items
 * file, read at run time (the data never enters the repository): prints NDCG@10 per history-size bucket the way
 * evalrec.py computes it, and can write recs.jsonl for {@code evalrec.py --recs}. Used by
 * {@link OfflineEvaluationBenchmark}; also runnable as a main for quick iterations.
 */
public final class OfflineEvaluation {

    record Rating(String user, long tmdb, int rating) {
    }

    final ItemSpace space = new ItemSpace();
    final Map<Long, Integer> byTmdb = new HashMap<>();
    final Map<String, List<Signal>> histories = new LinkedHashMap<>();
    final Map<String, Set<Integer>> relevant = new HashMap<>();
    final List<Integer> itemTmdb = new ArrayList<>();

    static OfflineEvaluation load(Path items, Path split) throws IOException {
        OfflineEvaluation eval = new OfflineEvaluation();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(items)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            long tmdb = n.get("tmdb_id").asLong();
            ModelItem item = new ModelItem("movie:tmdb:" + tmdb, "movie", strings(n, "genres"), strings(n, "keywords"),
                    strings(n, "cast"), strings(n, "directors"), text(n, "collection"), text(n, "original_language"),
                    n.hasNonNull("year") ? n.get("year").asInt() : null,
                    n.hasNonNull("vote_average") ? n.get("vote_average").asDouble() : null,
                    n.hasNonNull("vote_count") ? n.get("vote_count").asInt() : null,
                    n.hasNonNull("popularity") ? n.get("popularity").asDouble() : null, null, null, null);
            eval.byTmdb.put(tmdb, eval.space.upsert(item));
            eval.itemTmdb.add((int) tmdb);
        }
        for (Rating r : ratings(split.resolve("history.csv"))) {
            Integer i = eval.byTmdb.get(r.tmdb());
            if (i != null) {
                eval.histories.computeIfAbsent(r.user(), u -> new ArrayList<>()).add(Signal.rated(i, r.rating()));
            }
        }
        for (Rating r : ratings(split.resolve("test.csv"))) {
            Integer i = eval.byTmdb.get(r.tmdb());
            if (i != null && r.rating() >= 8) {
                eval.relevant.computeIfAbsent(r.user(), u -> new HashSet<>()).add(i);
            }
        }
        return eval;
    }

    /** Builds the similarity matrices once (what the service's rebuild does), then ranks every user. */
    Map<String, Double> run(ScoringWeights weights, ContentWeights contentWeights, int k, double shrink,
            Path recsOut) throws IOException {
        int n = space.size();
        List<int[]> profiles = histories.values().stream()
                .map(h -> h.stream().mapToInt(Signal::item).distinct().toArray()).toList();
        CoRatingSimilarity.Result cf = CoRatingSimilarity.build(profiles, n, k, shrink);
        Neighbours content = SimilarityBuilder.build(space, contentWeights, k);
        ItemPriors priors = ItemPriors.of(space, cf.ratingCounts(), 200);
        Scorer scorer = new Scorer(weights);
        Map<String, double[]> buckets = new LinkedHashMap<>();
        buckets.put("<20", new double[2]);
        buckets.put("20-99", new double[2]);
        buckets.put(">=100", new double[2]);
        buckets.put("all", new double[2]);
        BufferedWriter out = recsOut == null ? null : Files.newBufferedWriter(recsOut);
        double[][] features = new double[n][];
        for (int i = 0; i < n; i++) {
            features[i] = PreferenceFeatures.of(space.item(i));
        }
        for (Map.Entry<String, List<Signal>> user : histories.entrySet()) {
            float[] scores = scorer.score(user.getValue(), cf.neighbours(), content, priors, features, n);
            int[] top = top(scores, 10);
            if (out != null) {
                StringBuilder line = new StringBuilder("{\"user_id\": \"" + user.getKey() + "\", \"items\": [");
                for (int r = 0; r < top.length; r++) {
                    line.append(r == 0 ? "" : ", ").append(itemTmdb.get(top[r]));
                }
                out.write(line.append("]}\n").toString());
            }
            Set<Integer> rel = relevant.get(user.getKey());
            if (rel == null) {
                continue;
            }
            double dcg = 0;
            for (int r = 0; r < top.length; r++) {
                if (rel.contains(top[r])) {
                    dcg += 1 / (Math.log(r + 2) / Math.log(2));
                }
            }
            double idcg = 0;
            for (int r = 0; r < Math.min(10, rel.size()); r++) {
                idcg += 1 / (Math.log(r + 2) / Math.log(2));
            }
            int size = user.getValue().size();
            String bucket = size < 20 ? "<20" : size < 100 ? "20-99" : ">=100";
            buckets.get(bucket)[0] += dcg / idcg;
            buckets.get(bucket)[1]++;
            buckets.get("all")[0] += dcg / idcg;
            buckets.get("all")[1]++;
        }
        if (out != null) {
            out.close();
        }
        Map<String, Double> result = new LinkedHashMap<>();
        buckets.forEach((name, v) -> result.put(name, v[1] == 0 ? 0 : v[0] / v[1]));
        return result;
    }

    static int[] top(float[] scores, int k) {
        TopK top = new TopK(k);
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] != Float.NEGATIVE_INFINITY) {
                top.offer(i, scores[i]);
            }
        }
        int[] ids = new int[top.size()];
        top.drainDescending(ids, new float[ids.length]);
        return ids;
    }

    static String format(Map<String, Double> result) {
        StringBuilder s = new StringBuilder();
        result.forEach((k, v) -> s.append(String.format(Locale.ROOT, "%s=%.4f ", k, v)));
        return s.toString().trim();
    }

    private static List<Rating> ratings(Path csv) throws IOException {
        List<Rating> rows = new ArrayList<>();
        for (String line : Files.readAllLines(csv).subList(1, Files.readAllLines(csv).size())) {
            String[] f = line.split(",");
            rows.add(new Rating(f[0], Long.parseLong(f[1]), (int) Math.round(Double.parseDouble(f[2]))));
        }
        return rows;
    }

    private static List<String> strings(JsonNode n, String field) {
        List<String> values = new ArrayList<>();
        if (n.has(field) && n.get(field).isArray()) {
            n.get(field).forEach(v -> values.add(v.asText()));
        }
        return values;
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    public static void main(String[] args) throws IOException {
        OfflineEvaluation eval = load(Path.of(args[0]).resolve("items.jsonl"), Path.of(args[1]));
        // Each spec: collaborative,content,popularity,quality,ratingTilt,head[,k[,shrink]]
        for (String spec : args.length > 2 ? args[2].split(";") : new String[] {"1,0.5,0.5,0.3,1,0.3"}) {
            String[] p = spec.split(",");
            ScoringWeights w = new ScoringWeights(Double.parseDouble(p[0]), Double.parseDouble(p[1]),
                    Double.parseDouble(p[2]), Double.parseDouble(p[3]), Double.parseDouble(p[4]),
                    Double.parseDouble(p[5]));
            int k = p.length > 6 ? Integer.parseInt(p[6]) : 50;
            double shrink = p.length > 7 ? Double.parseDouble(p[7]) : 5;
            long start = System.nanoTime();
            Map<String, Double> result = eval.run(w, new ContentWeights(1, 0, 0), k, shrink,
                    args.length > 3 ? Path.of(args[3]) : null);
            System.out.println(spec + " -> " + format(result) + " ("
                    + (System.nanoTime() - start) / 1_000_000 + " ms)");
        }
    }
}
