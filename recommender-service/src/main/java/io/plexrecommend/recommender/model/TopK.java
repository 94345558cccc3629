package io.plexrecommend.recommender.model;

/** The k largest (id, score) pairs seen so far: a min-heap on score, so each offer is O(log k). */
public final class TopK {

    private final int capacity;
    private final int[] ids;
    private final float[] scores;
    private int size;

    public TopK(int capacity) {
        this.capacity = capacity;
        this.ids = new int[capacity];
        this.scores = new float[capacity];
    }

    public int size() {
        return size;
    }

    /** The score an offer must beat to be kept: the k-th largest once full, -∞ before. */
    public float threshold() {
        return size < capacity ? Float.NEGATIVE_INFINITY : capacity == 0 ? Float.POSITIVE_INFINITY : scores[0];
    }

    public void offer(int id, float score) {
        if (capacity == 0) {
            return;
        }
        if (size < capacity) {
            ids[size] = id;
            scores[size] = score;
            siftUp(size++);
        } else if (score > scores[0]) {
            ids[0] = id;
            scores[0] = score;
            siftDown(0);
        }
    }

    /** Empties the heap into the arrays, best first. */
    public void drainDescending(int[] outIds, float[] outScores) {
        for (int i = size - 1; i >= 0; i--) {
            outIds[i] = ids[0];
            outScores[i] = scores[0];
            size--;
            ids[0] = ids[size];
            scores[0] = scores[size];
            siftDown(0);
        }
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (scores[parent] <= scores[i]) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int left = 2 * i + 1;
            int right = left + 1;
            int smallest = i;
            if (left < size && scores[left] < scores[smallest]) {
                smallest = left;
            }
            if (right < size && scores[right] < scores[smallest]) {
                smallest = right;
            }
            if (smallest == i) {
                return;
            }
            swap(i, smallest);
            i = smallest;
        }
    }

    private void swap(int a, int b) {
        int id = ids[a];
        ids[a] = ids[b];
        ids[b] = id;
        float score = scores[a];
        scores[a] = scores[b];
        scores[b] = score;
    }
}
