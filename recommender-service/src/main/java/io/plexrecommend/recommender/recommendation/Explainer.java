package io.plexrecommend.recommender.recommendation;

import io.plexrecommend.recommender.client.GraphClient;
import io.plexrecommend.recommender.config.RecommenderConfig;
import io.plexrecommend.recommender.model.Neighbours;
import io.plexrecommend.recommender.profile.ProfileState;
import io.plexrecommend.recommender.recommendation.Explanation.Because;
import io.plexrecommend.recommender.recommendation.Explanation.Shared;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Concrete explanations: the liked titles a recommendation is closest to (found in the same neighbour rows that
 * produced its score) and, from graph-service, what it shares with the closest of them. Without graph-service the
 * explanation keeps the titles and drops the shared attributes.
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

    public Explanation explain(ProfileState state, int item) {
        List<Because> because = closestLiked(state, item);
        if (because.isEmpty()) {
            return new Explanation(state.ratings().isEmpty() ? COLD_START : POPULAR, List.of(), List.of());
        }
        ItemInfo info = model.info(item);
        List<Shared> shared = shared(info.mediaId(), because.get(0).mediaId());
        String rated = because.stream().map(b -> b.title() + " " + b.rating() + "/10")
                .collect(Collectors.joining(" and "));
        return new Explanation("Because you rated " + rated + describe(shared), because, shared);
    }

    public Explanation explainSimilar(ItemInfo source, ItemInfo item) {
        List<Shared> shared = shared(item.mediaId(), source.mediaId());
        return new Explanation("Like " + source.title() + describe(shared), List.of(), shared);
    }

    private List<Because> closestLiked(ProfileState state, int item) {
        Map<Integer, Double> closeness = new LinkedHashMap<>();
        Map<Integer, Integer> ratingOf = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> rating : state.ratings().entrySet()) {
            if (rating.getValue() < likedRating) {
                continue;
            }
            Optional<Integer> h = model.indexOf(rating.getKey());
            if (h.isEmpty()) {
                continue;
            }
            double sim = similarity(model.content(), h.get(), item) + similarity(model.collaborative(), h.get(), item);
            if (sim > 0) {
                closeness.put(h.get(), sim * rating.getValue());
                ratingOf.put(h.get(), rating.getValue());
            }
        }
        List<Because> result = new ArrayList<>();
        closeness.entrySet().stream().sorted(Map.Entry.<Integer, Double>comparingByValue().reversed())
                .limit(MAX_BECAUSE).forEach(e -> {
                    ItemInfo info = model.info(e.getKey());
                    if (info != null) {
                        result.add(new Because(info.mediaId(), info.title(), ratingOf.get(e.getKey())));
                    }
                });
        return result;
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
        if (shared.isEmpty()) {
            return "";
        }
        Map<String, List<String>> byRelation = new LinkedHashMap<>();
        shared.forEach(s -> byRelation.computeIfAbsent(s.relation(), r -> new ArrayList<>()).add(s.label()));
        return " — " + byRelation.entrySet().stream()
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
