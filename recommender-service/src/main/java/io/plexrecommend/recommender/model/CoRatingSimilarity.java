package io.plexrecommend.recommender.model;

import java.util.Collection;
import java.util.stream.IntStream;

/**
 * Item–item collaborative similarity from every profile's history: two titles are close when the same profiles
 * rated them. Cosine over the binary profile × item matrix (having rated a title at all says a profile was drawn to
 * it), damped by {@code shrink} so that two titles sharing one or two raters do not look identical.
 */
public final class CoRatingSimilarity {

    private CoRatingSimilarity() {
    }

    /**
     * @param profiles each profile's rated item indices (distinct)
     * @return the top-{@code k} neighbours of every item, and how many profiles rated each item
     */
    public static Result build(Collection<int[]> profiles, int items, int k, double shrink) {
        int[] counts = new int[items];
        for (int[] rated : profiles) {
            for (int i : rated) {
                counts[i]++;
            }
        }
        int[][] ratersOf = new int[items][];
        int[] fill = new int[items];
        for (int i = 0; i < items; i++) {
            ratersOf[i] = new int[counts[i]];
        }
        int[][] byProfile = profiles.toArray(int[][]::new);
        for (int p = 0; p < byProfile.length; p++) {
            for (int i : byProfile[p]) {
                ratersOf[i][fill[i]++] = p;
            }
        }
        Neighbours neighbours = new Neighbours(items, k);
        IntStream.range(0, items).parallel().forEach(i -> {
            if (counts[i] == 0) {
                return;
            }
            int[] co = new int[items];
            for (int p : ratersOf[i]) {
                for (int j : byProfile[p]) {
                    co[j]++;
                }
            }
            TopK top = new TopK(k);
            for (int j = 0; j < items; j++) {
                if (j != i && co[j] > 0) {
                    double cosine = co[j] / Math.sqrt((double) counts[i] * counts[j]);
                    top.offer(j, (float) (cosine * co[j] / (co[j] + shrink)));
                }
            }
            neighbours.setRow(i, top);
        });
        return new Result(neighbours, counts);
    }

    public record Result(Neighbours neighbours, int[] ratingCounts) {
    }
}
