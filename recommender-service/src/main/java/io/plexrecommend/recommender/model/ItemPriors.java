package io.plexrecommend.recommender.model;

/**
 * What anyone would probably like, per item: the TMDB vote average shrunk toward the catalog mean by
 * {@code priorVotes} (a Bayesian average, so three 10/10 votes do not beat thousands of 8s) plus the log of the vote
 * count (how widely seen), and the log of how many profiles here rated the title.
 */
public record ItemPriors(float[] quality, float[] inSystemPopularity) {

    public static ItemPriors of(ItemSpace space, int[] ratingCounts, int priorVotes) {
        int n = space.size();
        double sum = 0;
        int voted = 0;
        for (int i = 0; i < n; i++) {
            ModelItem item = space.item(i);
            if (item.voteAverage() != null && item.voteCount() != null && item.voteCount() > 0) {
                sum += item.voteAverage();
                voted++;
            }
        }
        double mean = voted == 0 ? 6.5 : sum / voted;
        float[] quality = new float[n];
        float[] popularity = new float[n];
        for (int i = 0; i < n; i++) {
            ModelItem item = space.item(i);
            double votes = item.voteAverage() == null || item.voteCount() == null ? 0 : Math.max(0, item.voteCount());
            double average = votes == 0 ? mean : item.voteAverage();
            double bayesian = (votes * average + priorVotes * mean) / (votes + priorVotes);
            // Average and reach on comparable scales: 0..1 each (log10 of 100k votes is 5).
            quality[i] = (float) (bayesian / 10 + Math.log10(1 + votes) / 5);
            popularity[i] = i < ratingCounts.length ? (float) Math.log1p(ratingCounts[i]) : 0;
        }
        return new ItemPriors(quality, popularity);
    }
}
