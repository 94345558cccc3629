package io.plexrecommend.recommender.model;

import java.util.Arrays;

/**
 * The top-K most similar items of every item (a sparse similarity matrix), rows indexed like the {@link ItemSpace}
 * they were built from. A row is replaced whole, so a concurrent reader sees either the old or the new row.
 */
public final class Neighbours {

    private static final int[] NO_IDS = new int[0];
    private static final float[] NO_SIMS = new float[0];

    private final int k;
    private volatile int[][] ids;
    private volatile float[][] sims;

    public Neighbours(int size, int k) {
        this.k = k;
        this.ids = new int[size][];
        this.sims = new float[size][];
        Arrays.fill(ids, NO_IDS);
        Arrays.fill(sims, NO_SIMS);
    }

    public int size() {
        return ids.length;
    }

    public int k() {
        return k;
    }

    public int[] ids(int item) {
        int[][] rows = ids;
        return item < rows.length ? rows[item] : NO_IDS;
    }

    public float[] sims(int item) {
        float[][] rows = sims;
        return item < rows.length ? rows[item] : NO_SIMS;
    }

    /** Makes room for items appended to the space since this matrix was built. */
    public synchronized void growTo(int size) {
        if (size <= ids.length) {
            return;
        }
        int old = ids.length;
        int[][] newIds = Arrays.copyOf(ids, size);
        float[][] newSims = Arrays.copyOf(sims, size);
        Arrays.fill(newIds, old, size, NO_IDS);
        Arrays.fill(newSims, old, size, NO_SIMS);
        sims = newSims;
        ids = newIds;
    }

    /** Keeps the {@code k} largest positive entries of a dense row of similarities (the item itself excluded). */
    public void setRow(int item, float[] row) {
        TopK top = new TopK(k);
        for (int j = 0; j < row.length; j++) {
            if (j != item && row[j] > 0) {
                top.offer(j, row[j]);
            }
        }
        setRow(item, top);
    }

    /** Sets a row that is already the top K, best first (a stored matrix being loaded). */
    public synchronized void setRow(int item, int[] rowIds, float[] rowSims) {
        sims[item] = rowSims;
        ids[item] = rowIds;
    }

    public synchronized void setRow(int item, TopK top) {
        int[] rowIds = new int[top.size()];
        float[] rowSims = new float[top.size()];
        top.drainDescending(rowIds, rowSims);
        sims[item] = rowSims;
        ids[item] = rowIds;
    }

    /** Puts {@code other} into {@code item}'s row if it is closer than the row's last entry (incremental update). */
    public synchronized void offer(int item, int other, float similarity) {
        if (similarity <= 0 || item == other) {
            return;
        }
        int[] rowIds = ids[item];
        float[] rowSims = sims[item];
        TopK top = new TopK(k);
        for (int j = 0; j < rowIds.length; j++) {
            if (rowIds[j] != other) {
                top.offer(rowIds[j], rowSims[j]);
            }
        }
        top.offer(other, similarity);
        setRow(item, top);
    }
}
