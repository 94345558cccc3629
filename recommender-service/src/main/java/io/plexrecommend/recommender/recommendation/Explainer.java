package io.plexrecommend.recommender.recommendation;

import io.plexrecommend.recommender.client.GraphClient;
import io.plexrecommend.recommender.config.RecommenderConfig;
import io.plexrecommend.recommender.model.Neighbours;
import io.plexrecommend.recommender.model.TopK;
import io.plexrecommend.recommender.profile.ProfileState;
import io.plexrecommend.recommender.recommendation.Explanation.Because;
import io.plexrecommend.recommender.recommendation.Explanation.Shared;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Concrete explanations: the liked titles a recommendation is closest to (found in the same neighbour rows that
 * produced its score: crowd lists, content, co-ratings), the evidence that ties it to the closest of them (a crowd
 * list that names one of the two), and, from graph-service, what it shares with that title. Every clause is about
 * the recommendation and the one title it names. Without graph-service the explanation keeps the rest and drops the
 * shared attributes.
 */
@ApplicationScoped
public class Explainer {

    static final String COLD_START = "Popular and well rated";
    static final String POPULAR = "Well rated and popular with other profiles";
    /** Relations in the order people find them telling. */
    static final List<String> RELATION_ORDER = List.of("collection", "director", "creator", "actor", "keyword",
            "entity", "company", "genre", "language", "decade");
    static final int MAX_BECAUSE = 2;
    static final int MAX_SHARED = 4;
    /**
     * What two titles share changes only when the graph does, and every list would otherwise ask graph-service once
     * per entry: answers are cached, the whole cache dropped when it is full (simple, and a refill costs one call
     * per pair).
     */
    static final int SHARED_CACHE_SIZE = 20_000;

    private final Map<String, List<Shared>> sharedCache = new java.util.concurrent.ConcurrentHashMap<>();

    private final LiveModel model;
    private final GraphClient graph;
    private final int likedRating;

    Explainer(LiveModel model, GraphClient graph, RecommenderConfig config) {
        this.model = model;
        this.graph = graph;
        this.likedRating = config.recommendations().likedRating();
    }

    /** Explanations for one profile's list: its liked titles are looked up once, not once per entry. */
    public ForProfile forProfile(ProfileState state) {
        List<int[]> liked = new ArrayList<>();
        for (Map.Entry<String, Integer> rating : state.ratings().entrySet()) {
            if (rating.getValue() >= likedRating) {
                model.indexOf(rating.getKey()).ifPresent(i -> liked.add(new int[] {i, rating.getValue()}));
            }
        }
        return new ForProfile(state.ratings().isEmpty(), liked);
    }

    public final class ForProfile {

        private final boolean noRatings;
        /** (index, rating) of each liked title the model knows. */
        private final List<int[]> liked;

        private ForProfile(boolean noRatings, List<int[]> liked) {
            this.noRatings = noRatings;
            this.liked = liked;
        }

        public Explanation explain(int item) {
            List<Because> because = closestLiked(item);
            if (because.isEmpty()) {
                return new Explanation(noRatings ? COLD_START : POPULAR, List.of(), List.of());
            }
            ItemInfo info = model.info(item);
            Because closest = because.get(0);
            List<Shared> shared = shared(info.mediaId(), closest.mediaId());
            StringBuilder text = new StringBuilder("Because you rated ").append(closest.title()).append(' ')
                    .append(closest.rating()).append("/10");
            List<String> clauses = new ArrayList<>();
            model.indexOf(closest.mediaId()).flatMap(liked -> CrowdEvidence.between(model.space(), item, liked,
                    closest.title())).ifPresent(clauses::add);
            String facts = facts(shared);
            if (!facts.isEmpty()) {
                clauses.add(facts);
            }
            if (!clauses.isEmpty()) {
                text.append(" — ").append(String.join("; ", clauses));
            }
            if (because.size() > 1) {
                text.append(". Also close to ").append(because.get(1).title()).append(" (")
                        .append(because.get(1).rating()).append("/10)");
            }
            return new Explanation(text.toString(), because, shared);
        }

        /** The {@link #MAX_BECAUSE} liked titles closest to {@code item}, by similarity × rating. */
        private List<Because> closestLiked(int item) {
            Neighbours content = model.content();
            Neighbours collaborative = model.collaborative();
            Neighbours crowd = model.crowd();
            TopK closest = new TopK(MAX_BECAUSE);
            for (int l = 0; l < liked.size(); l++) {
                int h = liked.get(l)[0];
                double sim = similarity(content, h, item) + similarity(collaborative, h, item)
                        + similarity(crowd, h, item);
                if (sim > 0) {
                    closest.offer(l, (float) (sim * liked.get(l)[1]));
                }
            }
            int[] order = new int[closest.size()];
            closest.drainDescending(order, new float[order.length]);
            List<Because> result = new ArrayList<>();
            for (int l : order) {
                ItemInfo info = model.info(liked.get(l)[0]);
                if (info != null) {
                    result.add(new Because(info.mediaId(), info.title(), liked.get(l)[1]));
                }
            }
            return result;
        }
    }

    public Explanation explainSimilar(ItemInfo source, ItemInfo item) {
        List<Shared> shared = shared(item.mediaId(), source.mediaId());
        return new Explanation("Like " + source.title() + describe(shared), List.of(), shared);
    }

    /** The similarity of a and b as either row records it (rows are top-K, so one side may lack the other). */
    private static double similarity(Neighbours neighbours, int a, int b) {
        return Math.max(find(neighbours, a, b), find(neighbours, b, a));
    }

    private static double find(Neighbours neighbours, int row, int other) {
        int[] ids = neighbours.ids(row);
        float[] sims = neighbours.sims(row);
        for (int n = 0; n < ids.length; n++) {
            if (ids[n] == other) {
                return sims[n];
            }
        }
        return 0;
    }

    private List<Shared> shared(String mediaId, String other) {
        String key = mediaId + "|" + other;
        List<Shared> cached = sharedCache.get(key);
        if (cached != null) {
            return cached;
        }
        Map<String, List<Shared>> answer = graph.shared(mediaId, List.of(other));
        List<Shared> shared = mostTelling(answer.getOrDefault(other, List.of()));
        if (!answer.isEmpty()) {
            // Only real answers are kept: a fallback (graph down) must not hide the facts once graph is back.
            if (sharedCache.size() >= SHARED_CACHE_SIZE) {
                sharedCache.clear();
            }
            sharedCache.put(key, shared);
        }
        return shared;
    }

    private static List<Shared> mostTelling(List<Shared> shared) {
        return shared.stream()
                .sorted(Comparator.comparingInt(s -> rank(s.relation())))
                .limit(MAX_SHARED).toList();
    }

    private static int rank(String relation) {
        int r = RELATION_ORDER.indexOf(relation);
        return r < 0 ? RELATION_ORDER.size() : r;
    }

    /** " — same director (Michael Mann); shared cast (Al Pacino)", or "" without graph facts. */
    static String describe(List<Shared> shared) {
        return shared.isEmpty() ? "" : " — " + facts(shared);
    }

    /** "same director (Michael Mann); shared cast (Al Pacino)", or "" without graph facts. */
    static String facts(List<Shared> shared) {
        if (shared.isEmpty()) {
            return "";
        }
        Map<String, List<String>> byRelation = new LinkedHashMap<>();
        shared.forEach(s -> byRelation.computeIfAbsent(s.relation(), r -> new ArrayList<>()).add(s.label()));
        return byRelation.entrySet().stream()
                .map(e -> phrase(e.getKey()) + " (" + String.join(", ", e.getValue()) + ")")
                .collect(Collectors.joining("; "));
    }

    private static String phrase(String relation) {
        return switch (relation) {
            case "director" -> "same director";
            case "creator" -> "same creator";
            case "actor" -> "shared cast";
            case "keyword" -> "shared keywords";
            case "collection" -> "same collection";
            case "company" -> "same studio";
            case "genre" -> "same genre";
            case "language" -> "same language";
            case "decade" -> "same decade";
            default -> "in common";
        };
    }
}
