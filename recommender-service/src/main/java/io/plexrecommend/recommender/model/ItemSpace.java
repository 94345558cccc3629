package io.plexrecommend.recommender.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every item's representation, indexed by a dense int: a sparse TF-IDF vector over its metadata tokens (genres,
 * keywords, top cast, directors, collection, language, decade) and the dense text and graph vectors when known.
 * The content similarity of two items is a weighted sum of the three cosines (see {@link ContentWeights}); a part
 * one of the two items lacks contributes nothing.
 *
 * <p>One writer (upserts), many readers: rows are replaced whole.
 */
public final class ItemSpace {

    private final List<ModelItem> items = new ArrayList<>();
    /**
     * Concurrent, so that {@link #indexOf} needs no lock: a recommendation looks up every rated title of the profile,
     * and with 16 clients that one monitor serialized the requests (p50 87 ms instead of under 1 ms of work).
     */
    private final Map<String, Integer> index = new ConcurrentHashMap<>();
    private final Map<String, Integer> tokenIds = new HashMap<>();
    /** Per token: the items that have it and the token's weight in each, for sparse dot products. */
    private final List<int[]> postings = new ArrayList<>();
    private final List<float[]> postingWeights = new ArrayList<>();
    private final List<Integer> postingSizes = new ArrayList<>();
    private int[][] metaTokens = new int[0][];
    private float[][] metaWeights = new float[0][];
    private float[][] text = new float[0][];
    private float[][] graph = new float[0][];

    public synchronized int size() {
        return items.size();
    }

    public Optional<Integer> indexOf(String mediaId) {
        return Optional.ofNullable(index.get(mediaId));
    }

    public synchronized ModelItem item(int i) {
        return items.get(i);
    }

    public synchronized List<ModelItem> items() {
        return List.copyOf(items);
    }

    /** Adds or replaces an item; returns its index (stable for the life of the space). */
    public synchronized int upsert(ModelItem item) {
        Integer existing = index.get(item.mediaId());
        int i;
        if (existing == null) {
            i = items.size();
            items.add(item);
            index.put(item.mediaId(), i);
            grow(i + 1);
        } else {
            i = existing;
            removePostings(i);
            items.set(i, item);
        }
        setMetadata(i, item);
        text[i] = item.textVector();
        graph[i] = item.graphVector();
        return i;
    }

    /** Recomputes every item's TF-IDF weights with the current document frequencies (done by a full rebuild). */
    public synchronized void reweigh() {
        for (int i = 0; i < items.size(); i++) {
            removePostings(i);
            setMetadata(i, items.get(i));
        }
    }

    /** Similarity of item {@code i} to every item (dense, index-aligned), the item itself included. */
    public float[] similarities(int i, ContentWeights weights) {
        int n;
        int[][] docsOfToken;
        float[][] weightsOfToken;
        int[] sizeOfToken;
        float[] tokenWeights;
        float[][] textNow;
        float[][] graphNow;
        synchronized (this) {
            n = items.size();
            int[] tokens = metaTokens[i];
            tokenWeights = metaWeights[i];
            docsOfToken = new int[tokens.length][];
            weightsOfToken = new float[tokens.length][];
            sizeOfToken = new int[tokens.length];
            for (int t = 0; t < tokens.length; t++) {
                docsOfToken[t] = postings.get(tokens[t]);
                weightsOfToken[t] = postingWeights.get(tokens[t]);
                sizeOfToken[t] = postingSizes.get(tokens[t]);
            }
            textNow = text;
            graphNow = graph;
        }
        float[] row = new float[n];
        if (weights.metadata() > 0) {
            for (int t = 0; t < docsOfToken.length; t++) {
                int[] docs = docsOfToken[t];
                float[] docWeights = weightsOfToken[t];
                float w = tokenWeights[t] * (float) weights.metadata();
                for (int p = 0; p < sizeOfToken[t]; p++) {
                    row[docs[p]] += w * docWeights[p];
                }
            }
        }
        addDense(row, textNow, i, (float) weights.text());
        addDense(row, graphNow, i, (float) weights.graph());
        return row;
    }

    private static void addDense(float[] row, float[][] vectors, int i, float weight) {
        float[] own = vectors[i];
        if (own == null || weight == 0) {
            return;
        }
        for (int j = 0; j < row.length; j++) {
            float[] other = vectors[j];
            if (other != null && other.length == own.length) {
                row[j] += weight * dot(own, other);
            }
        }
    }

    /**
     * The dot product of two vectors of equal length; the cosine of two L2-normalized ones, as the space stores them.
     * Four independent sums: the JIT does not reorder a single floating-point sum, so one accumulator waits on
     * every add; four keep the pipeline busy (the full similarity rebuild is mostly this loop). Public for the JMH
     * benchmark ({@code bench.HotLoopsBenchmark}).
     */
    public static float dot(float[] a, float[] b) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int d = 0;
        for (int end = a.length - 3; d < end; d += 4) {
            s0 += a[d] * b[d];
            s1 += a[d + 1] * b[d + 1];
            s2 += a[d + 2] * b[d + 2];
            s3 += a[d + 3] * b[d + 3];
        }
        for (; d < a.length; d++) {
            s0 += a[d] * b[d];
        }
        return (s0 + s1) + (s2 + s3);
    }

    private void setMetadata(int i, ModelItem item) {
        Map<Integer, Float> tf = new HashMap<>();
        for (MetadataTokens.Token token : MetadataTokens.of(item)) {
            int id = tokenIds.computeIfAbsent(token.text(), k -> {
                postings.add(new int[4]);
                postingWeights.add(new float[4]);
                postingSizes.add(0);
                return postings.size() - 1;
            });
            tf.merge(id, token.facetWeight(), Math::max);
        }
        int[] ids = new int[tf.size()];
        float[] weights = new float[tf.size()];
        int t = 0;
        double norm = 0;
        for (Map.Entry<Integer, Float> entry : tf.entrySet()) {
            int id = entry.getKey();
            ids[t] = id;
            // Document frequency including this item; the 0.1 keeps a token every item has slightly above zero.
            double idf = Math.log((items.size() + 1.0) / (postingSizes.get(id) + 1.0)) + 0.1;
            weights[t] = (float) (entry.getValue() * idf);
            norm += weights[t] * weights[t];
            t++;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int w = 0; w < weights.length; w++) {
            weights[w] *= scale;
            addPosting(ids[w], i, weights[w]);
        }
        metaTokens[i] = ids;
        metaWeights[i] = weights;
    }

    private void addPosting(int token, int item, float weight) {
        int size = postingSizes.get(token);
        int[] docs = postings.get(token);
        float[] docWeights = postingWeights.get(token);
        if (size == docs.length) {
            docs = Arrays.copyOf(docs, size * 2);
            docWeights = Arrays.copyOf(docWeights, size * 2);
            postings.set(token, docs);
            postingWeights.set(token, docWeights);
        }
        docs[size] = item;
        docWeights[size] = weight;
        postingSizes.set(token, size + 1);
    }

    private void removePostings(int item) {
        int[] tokens = metaTokens[item];
        if (tokens == null) {
            return;
        }
        for (int token : tokens) {
            int[] docs = postings.get(token);
            float[] docWeights = postingWeights.get(token);
            int size = postingSizes.get(token);
            int[] copy = new int[docs.length];
            float[] weightCopy = new float[docs.length];
            int w = 0;
            for (int p = 0; p < size; p++) {
                if (docs[p] != item) {
                    copy[w] = docs[p];
                    weightCopy[w++] = docWeights[p];
                }
            }
            postings.set(token, copy);
            postingWeights.set(token, weightCopy);
            postingSizes.set(token, w);
        }
    }

    private void grow(int size) {
        if (size <= metaTokens.length) {
            return;
        }
        int capacity = Math.max(size, metaTokens.length * 2);
        metaTokens = Arrays.copyOf(metaTokens, capacity);
        metaWeights = Arrays.copyOf(metaWeights, capacity);
        text = Arrays.copyOf(text, capacity);
        graph = Arrays.copyOf(graph, capacity);
    }
}
