package io.plexrecommend.scanner.scan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plexrecommend.events.MediaItem;
import io.plexrecommend.scanner.enrich.EnrichmentException;
import io.plexrecommend.scanner.messaging.MediaItemPublisher;
import io.plexrecommend.scanner.plex.PlexClient;
import io.plexrecommend.scanner.plex.PlexException;
import io.plexrecommend.scanner.plex.PlexItemMapper;
import io.plexrecommend.scanner.plex.PlexLibrary;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * Brings one library entry up to date. An entry whose Plex {@code updatedAt} matches what was published last time is
 * skipped without a single call (only a changed star rating or watch of the owner is published). Otherwise it reads
 * the full metadata, enriches it (from the cache when fresh), and publishes it unless the result is identical to the
 * last one. A failed enrichment still publishes the Plex metadata, and leaves the entry marked for the next scan.
 */
@ApplicationScoped
public class ItemScanner {

    /** What happened to an entry, for the job's counters; {@code problem} is set for failures and for notes. */
    public record Outcome(Kind kind, String item, String problem) {
        public enum Kind { PUBLISHED, SKIPPED, FAILED }
    }

    private final PlexClient plex;
    private final PlexItemMapper mapper;
    private final MediaItemPublisher publisher;
    private final ItemIndex index;
    private final PlexUserStateSync userStates;
    private final ObjectMapper json;
    private final long ackTimeoutMillis;

    public ItemScanner(PlexClient plex, PlexItemMapper mapper, MediaItemPublisher publisher, ItemIndex index,
            PlexUserStateSync userStates, ObjectMapper json, io.plexrecommend.scanner.config.ScannerConfig config) {
        this.plex = plex;
        this.mapper = mapper;
        this.publisher = publisher;
        this.index = index;
        this.userStates = userStates;
        this.json = json;
        this.ackTimeoutMillis = config.publish().ackTimeout().toMillis();
    }

    public Outcome scan(ScanContext ctx, PlexLibrary library, JsonNode entry, String scanId) {
        String ratingKey = entry.path("ratingKey").asText(null);
        String name = entry.hasNonNull("title") ? entry.get("title").asText() : "ratingKey " + ratingKey;
        if (ratingKey == null || ratingKey.isBlank()) {
            return new Outcome(Outcome.Kind.FAILED, name, "Plex listed an item without a ratingKey");
        }
        String libraryId = ctx.libraryId(library.id());
        String version = listingVersion(entry);
        try {
            Optional<IndexedItem> known = index.find(libraryId, ratingKey);
            if (known.isPresent() && version != null && version.equals(known.get().listingVersion())) {
                syncOwner(ctx, known.get().mediaId(), entry);
                return new Outcome(Outcome.Kind.SKIPPED, name, null);
            }
            JsonNode full = ctx.demo() ? entry : plex.metadata(ctx.plex(), ratingKey).orElse(entry);
            MediaItem item;
            try {
                item = mapper.toItem(full, library, ctx.demo());
            } catch (IllegalArgumentException | NullPointerException | ArithmeticException e) {
                return new Outcome(Outcome.Kind.FAILED, name, e.getMessage());
            }
            String note = null;
            try {
                item = ctx.enrichment().enrich(item);
            } catch (EnrichmentException | FaultToleranceException e) {
                // Retries exhausted, timed out, or refused: the Plex metadata is still worth publishing.
                note = "published without enrichment: " + e.getMessage();
                version = null; // try again next scan
            }
            IndexedItem indexed = IndexedItem.published(libraryId, ratingKey, item, version, json);
            boolean unchanged = known.isPresent() && known.get().contentHash().equals(indexed.contentHash())
                    && known.get().mediaId().equals(item.mediaId());
            if (!unchanged) {
                await(publisher.publish(item));
                if (known.isPresent() && !known.get().mediaId().equals(item.mediaId())) {
                    retire(known.get().mediaId(), libraryId, ratingKey, "now known as " + item.mediaId());
                }
            }
            index.save(indexed, scanId);
            syncOwner(ctx, item.mediaId(), full);
            return new Outcome(unchanged ? Outcome.Kind.SKIPPED : Outcome.Kind.PUBLISHED, item.title(), note);
        } catch (PlexException | IllegalStateException e) {
            return new Outcome(Outcome.Kind.FAILED, name, e.getMessage());
        }
    }

    /**
     * What must stay the same for an entry to be skipped: Plex's {@code updatedAt} (metadata) and the user's rating
     * and watches (which the published item carries and which do not touch {@code updatedAt}). Null without
     * {@code updatedAt}: such an entry is always read again.
     */
    static String listingVersion(JsonNode entry) {
        if (!entry.hasNonNull("updatedAt")) {
            return null;
        }
        return entry.get("updatedAt").asText() + "|" + entry.path("userRating").asText("") + "|"
                + entry.path("viewCount").asText("") + "|" + entry.path("lastViewedAt").asText("");
    }

    /** The owner's star rating and last watch of the entry, as rating events when they changed. */
    private void syncOwner(ScanContext ctx, String mediaId, JsonNode entry) {
        if (ctx.ownerProfile() == null) {
            return;
        }
        syncUser(ctx.ownerProfile(), mediaId, entry);
    }

    void syncUser(String profile, String mediaId, JsonNode entry) {
        Double plexRating = entry.hasNonNull("userRating") ? entry.get("userRating").asDouble() : null;
        Long lastViewedAt = entry.hasNonNull("lastViewedAt") ? entry.get("lastViewedAt").asLong() : null;
        Long ratedAt = entry.hasNonNull("lastRatedAt") ? entry.get("lastRatedAt").asLong() : null;
        userStates.sync(profile, mediaId, PlexUserStateSync.rating(plexRating), true, lastViewedAt, ratedAt);
    }

    /** Publishes a removal for {@code mediaId} unless another entry (another library, the catalog) still carries it. */
    void retire(String mediaId, String exceptLibraryId, String exceptRatingKey, String reason) {
        if (!index.heldElsewhere(mediaId, exceptLibraryId, exceptRatingKey)) {
            await(publisher.remove(mediaId, reason));
        }
    }

    private void await(java.util.concurrent.CompletableFuture<Void> ack) {
        try {
            ack.get(ackTimeoutMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka did not accept the event: " + e.getCause().getMessage(), e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge the event in time", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing", e);
        }
    }
}
