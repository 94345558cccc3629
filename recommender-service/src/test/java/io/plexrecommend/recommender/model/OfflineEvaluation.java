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
    CrowdSimilarity.Shape crowdShape = CrowdSimilarity.Shape.DEFAULT;
    int crowdK = 100;

    static OfflineEvaluation load(Path items, Path split) throws IOException {
        OfflineEvaluation eval = new OfflineEvaluation();
        ObjectMapper json = new ObjectMapper();
        String vectorsDb = System.getProperty("eval.vectors");
        Map<String, float[]> text = vectorsDb == null ? Map.of() : vectors(vectorsDb, "item_embeddings");
        Map<String, float[]> graph = vectorsDb == null ? Map.of() : vectors(vectorsDb, "item_graph_vectors");
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
                    n.hasNonNull("popularity") ? n.get("popularity").asDouble() : null,
                    text.get("movie:tmdb:" + tmdb), null, graph.get("movie:tmdb:" + tmdb), tmdb, related(n));
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

    /**
     * Builds the similarity matrices (what the service's rebuild does), then ranks every user.
     *
     * @param household 0: every user in one system (the crowd protocol); n: users in households of n, each household
     *        alone in an otherwise empty system (its co-ratings and popularity from its own profiles only)
     */
    Map<String, Double> run(ScoringWeights weights, ContentWeights contentWeights, int k, double shrink,
            int household, Path recsOut) throws IOException {
        int n = space.size();
        Neighbours content = SimilarityBuilder.build(space, contentWeights, k);
        Neighbours crowd = CrowdSimilarity.build(space, crowdK, crowdShape);
        double[][] features = new double[n][];
        for (int i = 0; i < n; i++) {
            features[i] = PreferenceFeatures.of(space.item(i));
        }
        Scorer scorer = new Scorer(weights);
        Map<String, double[]> buckets = new LinkedHashMap<>();
        buckets.put("<20", new double[2]);
        buckets.put("20-99", new double[2]);
        buckets.put(">=100", new double[2]);
        buckets.put("all", new double[2]);
        BufferedWriter out = recsOut == null ? null : Files.newBufferedWriter(recsOut);
        for (List<String> members : households(household)) {
            List<int[]> profiles = members.stream()
                    .map(u -> histories.get(u).stream().mapToInt(Signal::item).distinct().toArray()).toList();
            CoRatingSimilarity.Result cf = CoRatingSimilarity.build(profiles, n, k, shrink);
            ItemPriors priors = ItemPriors.of(space, cf.ratingCounts(), 200);
            Evidence evidence = new Evidence(cf.neighbours(), crowd, content, priors, features, profiles.size());
            for (String user : members) {
                List<Signal> history = histories.get(user);
                int[] top = top(scorer.score(history, evidence, n), 10);
                if (out != null) {
                    StringBuilder line = new StringBuilder("{\"user_id\": \"" + user + "\", \"items\": [");
                    for (int r = 0; r < top.length; r++) {
                        line.append(r == 0 ? "" : ", ").append(itemTmdb.get(top[r]));
                    }
                    out.write(line.append("]}\n").toString());
                }
                score(user, history.size(), top, buckets);
            }
        }
        if (out != null) {
            out.close();
        }
        Map<String, Double> result = new LinkedHashMap<>();
        buckets.forEach((name, v) -> result.put(name, v[1] == 0 ? 0 : v[0] / v[1]));
        return result;
    }

    /**
     * Users in households of {@code size} (a seeded shuffle), or all in one when size is 0. With
     * {@code -Deval.households=recs.jsonl} from {@code evaluate.py --households}, the users of that run in its order,
     * so consecutive lines form the same households as in the running system.
     */
    private List<List<String>> households(int size) throws IOException {
        List<String> users = new ArrayList<>(histories.keySet());
        if (size <= 0) {
            return List.of(users);
        }
        String order = System.getProperty("eval.households");
        if (order != null) {
            ObjectMapper json = new ObjectMapper();
            users = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of(order))) {
                if (!line.isBlank()) {
                    users.add(json.readTree(line).get("user_id").asText());
                }
            }
        } else {
            java.util.Collections.shuffle(users, new java.util.Random(7));
        }
        List<List<String>> groups = new ArrayList<>();
        for (int i = 0; i < users.size(); i += size) {
            groups.add(users.subList(i, Math.min(users.size(), i + size)));
        }
        return groups;
    }

    private void score(String user, int historySize, int[] top, Map<String, double[]> buckets) {
        Set<Integer> rel = relevant.get(user);
        if (rel == null) {
            return;
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
        String bucket = historySize < 20 ? "<20" : historySize < 100 ? "20-99" : ">=100";
        buckets.get(bucket)[0] += dcg / idcg;
        buckets.get(bucket)[1]++;
        buckets.get("all")[0] += dcg / idcg;
        buckets.get("all")[1]++;
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

    /**
     * The vectors a running system stored ({@code -Deval.vectors=<data>/recommender/recommender.db}, a copy), so the
     * offline content part can carry the MiniLM text and graph vectors as the service's does.
     */
    private static Map<String, float[]> vectors(String database, String table) {
        Map<String, float[]> vectors = new HashMap<>();
        try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + database);
                java.sql.ResultSet rows = db.createStatement()
                        .executeQuery("select media_id, vector from " + table)) {
            while (rows.next()) {
                vectors.put(rows.getString(1),
                        io.plexrecommend.recommender.catalog.FloatVectors.fromBytes(rows.getBytes(2)));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot read " + table + " from " + database, e);
        }
        return vectors;
    }

    private static List<io.plexrecommend.events.RelatedTitles> related(JsonNode n) {
        List<Long> ids = new ArrayList<>();
        if (n.has("recommendations") && n.get("recommendations").isArray()) {
            n.get("recommendations").forEach(v -> ids.add(v.asLong()));
        }
        return ids.isEmpty() ? List.of()
                : List.of(new io.plexrecommend.events.RelatedTitles(
                        io.plexrecommend.events.RelatedTitles.TMDB_RECOMMENDATIONS, ids));
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    /**
     * {@code main ITEMS_DIR SPLIT_DIR [HOUSEHOLD] [SPECS] [RECS_OUT]}; HOUSEHOLD 0 = all users in one system; each
     * spec: collaborative,crowd,content,popularity,quality,ratingTilt,head,community[,k[,shrink[,reverse,decay
     * [,crowdK]]]], specs separated by ';'.
     */
    public static void main(String[] args) throws IOException {
        OfflineEvaluation eval = load(Path.of(args[0]).resolve("items.jsonl"), Path.of(args[1]));
        int household = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        for (String spec : args.length > 3 ? args[3].split(";") : new String[] {"1,1,0.4,0.5,0.3,1,0.6,50"}) {
            String[] p = spec.split(",");
            ScoringWeights w = new ScoringWeights(Double.parseDouble(p[0]), Double.parseDouble(p[1]),
                    Double.parseDouble(p[2]), Double.parseDouble(p[3]), Double.parseDouble(p[4]),
                    Double.parseDouble(p[5]), Double.parseDouble(p[6]), Double.parseDouble(p[7]));
            int k = p.length > 8 ? Integer.parseInt(p[8]) : 50;
            eval.crowdShape = p.length > 11 ? new CrowdSimilarity.Shape(Float.parseFloat(p[10]),
                    Float.parseFloat(p[11])) : CrowdSimilarity.Shape.DEFAULT;
            eval.crowdK = p.length > 12 ? Integer.parseInt(p[12]) : 100;
            double shrink = p.length > 9 ? Double.parseDouble(p[9]) : 5;
            long start = System.nanoTime();
            ContentWeights content = System.getProperty("eval.vectors") == null ? new ContentWeights(1, 0, 0)
                    : ContentWeights.DEFAULT;
            Map<String, Double> result = eval.run(w, content, k, shrink, household,
                    args.length > 4 ? Path.of(args[4]) : null);
            System.out.println("household " + household + ": " + spec + " -> " + format(result) + " ("
                    + (System.nanoTime() - start) / 1_000_000 + " ms)");
        }
    }
}
