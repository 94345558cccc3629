package io.plexrecommend.scanner.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.plexrecommend.events.ExternalIds;
import io.plexrecommend.events.MediaId;
import io.plexrecommend.events.MediaType;
import io.plexrecommend.scanner.plex.PlexGuids;
import io.plexrecommend.scanner.scan.IndexedItem;
import io.plexrecommend.scanner.scan.ItemIndex;
import io.plexrecommend.scanner.scan.PlexUserStateSync;
import io.plexrecommend.scanner.scan.ScanService;
import io.plexrecommend.scanner.settings.Settings;
import io.plexrecommend.scanner.settings.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Plex webhook events: {@code media.rate} → a rating (or, without a positive rating, an un-rating),
 * {@code media.scrobble} → watched (an episode counts for its show), {@code library.new} → a scan of just that item.
 * Everything else is acknowledged and ignored. Idempotent: the same rating or watch twice publishes once, because
 * only changes against the last known state are published.
 */
@ApplicationScoped
public class PlexWebhookHandler {

    private static final Logger LOG = Logger.getLogger(PlexWebhookHandler.class);

    /** What was done, for the answer and the log. */
    public record Outcome(String event, boolean handled, String detail) {
    }

    private final SettingsService settings;
    private final ItemIndex index;
    private final PlexUserStateSync userStates;
    private final ScanService scans;

    public PlexWebhookHandler(SettingsService settings, ItemIndex index, PlexUserStateSync userStates,
            ScanService scans) {
        this.settings = settings;
        this.index = index;
        this.userStates = userStates;
        this.scans = scans;
    }

    public Outcome handle(JsonNode payload) {
        String event = payload.path("event").asText("");
        JsonNode metadata = payload.path("Metadata");
        Outcome outcome = switch (event) {
            case "media.rate" -> rate(payload, metadata);
            case "media.scrobble" -> scrobble(payload, metadata);
            case "library.new" -> libraryNew(metadata);
            default -> new Outcome(event, false, "ignored: not an event the scanner uses");
        };
        LOG.debugf("Plex webhook %s: %s", event, outcome.detail());
        return outcome;
    }

    private Outcome rate(JsonNode payload, JsonNode metadata) {
        Optional<String> profile = profile(payload);
        Optional<String> mediaId = mediaId(metadata, false);
        if (profile.isEmpty() || mediaId.isEmpty()) {
            return skipped("media.rate", profile, mediaId);
        }
        // Consumers read a top-level "rating" (0-10) and fall back to Metadata.userRating; absent, null, 0 or a
        // negative value is taken as "rating removed" (what Plex sends on un-rating is not documented).
        JsonNode value = payload.has("rating") ? payload.get("rating") : metadata.get("userRating");
        Integer rating = value == null || value.isNull() || !value.isNumber() && !value.isTextual() ? null
                : PlexUserStateSync.rating(value.asDouble());
        int published = userStates.sync(profile.get(), mediaId.get(), rating, true, null, null);
        return new Outcome("media.rate", true, (rating == null ? "un-rated " : "rated " + rating + " ") + mediaId.get()
                + " for " + profile.get() + (published == 0 ? " (already known)" : ""));
    }

    private Outcome scrobble(JsonNode payload, JsonNode metadata) {
        Optional<String> profile = profile(payload);
        Optional<String> mediaId = mediaId(metadata, true);
        if (profile.isEmpty() || mediaId.isEmpty()) {
            return skipped("media.scrobble", profile, mediaId);
        }
        long viewedAt = metadata.hasNonNull("lastViewedAt") ? metadata.get("lastViewedAt").asLong()
                : Instant.now().getEpochSecond();
        int published = userStates.sync(profile.get(), mediaId.get(), null, false, viewedAt, null);
        return new Outcome("media.scrobble", true, "watched " + mediaId.get() + " for " + profile.get()
                + (published == 0 ? " (already known)" : ""));
    }

    private Outcome libraryNew(JsonNode metadata) {
        String ratingKey = metadata.path("ratingKey").asText("");
        String section = metadata.path("librarySectionID").asText("");
        String type = metadata.path("type").asText("");
        if (ratingKey.isEmpty() || section.isEmpty() || !(type.equals("movie") || type.equals("show"))) {
            return new Outcome("library.new", false, "ignored: not a movie or show with a ratingKey and section");
        }
        scans.scanItemLater(section, type, ratingKey);
        return new Outcome("library.new", true, "scanning item " + ratingKey + " of section " + section);
    }

    /**
     * The profile the event's account maps to: a Plex Home user whose profile name equals the account title, else the
     * owner's profile for the server owner's account; unknown accounts are not guessed.
     */
    private Optional<String> profile(JsonNode payload) {
        Settings current = settings.current();
        String account = payload.path("Account").path("title").asText("");
        for (Settings.ProfileToken home : current.profiles()) {
            if (home.profile().equalsIgnoreCase(account)) {
                return Optional.of(home.profile());
            }
        }
        boolean owner = payload.path("owner").asBoolean(false) && payload.path("user").asBoolean(false)
                || payload.path("Account").path("id").asLong(-1) == 1;
        return owner ? Optional.of(current.plexProfile()) : Optional.empty();
    }

    /** The scanned item's id (by ratingKey), else one derived from the payload's guids. */
    private Optional<String> mediaId(JsonNode metadata, boolean episodeMeansShow) {
        String type = metadata.path("type").asText("");
        String ratingKey = metadata.path("ratingKey").asText("");
        if (type.equals("episode") && episodeMeansShow) {
            ratingKey = metadata.path("grandparentRatingKey").asText("");
            Optional<IndexedItem> show = ratingKey.isEmpty() ? Optional.empty() : index.byRatingKey(ratingKey);
            return show.map(IndexedItem::mediaId);
        }
        if (!type.equals("movie") && !type.equals("show")) {
            return Optional.empty();
        }
        Optional<IndexedItem> known = ratingKey.isEmpty() ? Optional.empty() : index.byRatingKey(ratingKey);
        if (known.isPresent()) {
            return Optional.of(known.get().mediaId());
        }
        List<String> guids = new ArrayList<>();
        metadata.path("Guid").forEach(g -> guids.add(g.path("id").asText("")));
        String guid = metadata.path("guid").asText(null);
        ExternalIds ids = PlexGuids.parse(guids, guid);
        try {
            return Optional.of(MediaId.of(MediaType.fromWire(type), ids, guid).toString());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Outcome skipped(String event, Optional<String> profile, Optional<String> mediaId) {
        return new Outcome(event, false, profile.isEmpty()
                ? "ignored: the Plex account is neither the owner nor a configured profile"
                : "ignored: the item is not a movie or show the scanner knows");
    }
}
