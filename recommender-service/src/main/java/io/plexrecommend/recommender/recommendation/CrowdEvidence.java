package io.plexrecommend.recommender.recommendation;

import io.plexrecommend.events.RelatedTitles;
import io.plexrecommend.recommender.model.ItemSpace;
import io.plexrecommend.recommender.model.ModelItem;
import java.util.Optional;

/**
 * The crowd list, if any, that ties a recommendation to a title the profile liked, in words: "on TMDB's
 * recommendations for Alien" when the recommendation is on Alien's list, "Alien is on its TMDB recommendations" when
 * it is the other way round. Read from the items' own lists, so the sentence is true of exactly these two titles.
 */
final class CrowdEvidence {

    private CrowdEvidence() {
    }

    static Optional<String> between(ItemSpace space, int recommended, int liked, String likedTitle) {
        ModelItem item = space.item(recommended);
        ModelItem other = space.item(liked);
        Optional<String> forward = sourceNaming(other, item).map(source -> "on " + listName(source) + " for "
                + likedTitle);
        if (forward.isPresent()) {
            return forward;
        }
        return sourceNaming(item, other).map(source -> likedTitle + " is on its " + shortListName(source));
    }

    /** The first (strongest) source whose list of {@code owner} names {@code named}. */
    private static Optional<String> sourceNaming(ModelItem owner, ModelItem named) {
        if (named.tmdbId() == null || !owner.type().equals(named.type())) {
            return Optional.empty();
        }
        return owner.related().stream().filter(list -> list.tmdbIds().contains(named.tmdbId()))
                .map(RelatedTitles::source).filter(CrowdEvidence::known).findFirst();
    }

    private static boolean known(String source) {
        return !listName(source).isEmpty();
    }

    private static String listName(String source) {
        return switch (source) {
            case RelatedTitles.TMDB_RECOMMENDATIONS -> "TMDB's recommendations";
            case RelatedTitles.TMDB_SIMILAR -> "TMDB's similar titles";
            case RelatedTitles.PLEX_SIMILAR -> "Plex's similar titles";
            case RelatedTitles.TRAKT_RELATED -> "Trakt's related titles";
            default -> "";
        };
    }

    private static String shortListName(String source) {
        return switch (source) {
            case RelatedTitles.TMDB_RECOMMENDATIONS -> "TMDB recommendations";
            case RelatedTitles.TMDB_SIMILAR -> "TMDB similar titles";
            case RelatedTitles.PLEX_SIMILAR -> "Plex similar titles";
            default -> "Trakt related titles";
        };
    }
}
