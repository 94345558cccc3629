package io.plexrecommend.scanner.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.plexrecommend.events.ExternalIds;
import io.plexrecommend.events.MediaType;
import io.plexrecommend.scanner.plex.PlexException;
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
 * Plex webhook events: {@code media.rate} → a rating (the top-level {@code rating}, a number or a number in text, else
 * {@code Metadata.userRating}; without any value, 0 or less: an un-rating), {@code media.scrobble} → watched (an
 * episode counts for its show), {@code library.new} → a scan of just that item. Everything else is acknowledged and
 * ignored, with the reason. The item is found by {@code ratingKey} (see {@link #resolve}). Idempotent: the same rating
 * or watch twice publishes once, because only changes against the last known state are published.
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
        if (profile.isEmpty()) {
            return unknownAccount("media.rate");
        }
        // Recorded payloads carry the value as a top-level "rating", a number (5.0) or a number in text ("10"), and
        // the item's Metadata.userRating; the top-level value wins. No value, 0 or less is an un-rating.
        JsonNode value = payload.hasNonNull("rating") ? payload.get("rating") : metadata.get("userRating");
        Double plexRating = null;
        if (value != null && !value.isNull()) {
            String text = value.asText("").strip();
            if (!value.isNumber() && !text.matches("-?\\d{1,3}(\\.\\d+)?")) {
                return new Outcome("media.rate", false, "ignored: the rating '" + abbreviate(text) + "' is not a number");
            }
            plexRating = value.isNumber() ? value.asDouble() : Double.parseDouble(text);
        }
        if (!metadata.path("type").asText("").matches("movie|show")) {
            return new Outcome("media.rate", false, "ignored: only movies and shows are rated here, not a "
                    + metadata.path("type").asText("item without a type"));
        }
        Resolution item = resolve(metadata, false);
        if (item.mediaId() == null) {
            return new Outcome("media.rate", false, "ignored: " + item.reason());
        }
        Integer rating = PlexUserStateSync.rating(plexRating);
        Long ratedAt = metadata.hasNonNull("lastRatedAt") && metadata.get("lastRatedAt").canConvertToLong()
                ? metadata.get("lastRatedAt").asLong() : null;
        int published = userStates.sync(profile.get(), item.mediaId(), rating, true, null, ratedAt);
        return new Outcome("media.rate", true, (rating == null ? "un-rated " : "rated " + rating + " ") + item.mediaId()
                + " for " + profile.get() + item.reason() + (published == 0 ? " (already known)" : ""));
    }

    private Outcome scrobble(JsonNode payload, JsonNode metadata) {
        Optional<String> profile = profile(payload);
        if (profile.isEmpty()) {
            return unknownAccount("media.scrobble");
        }
        if (!metadata.path("type").asText("").matches("movie|show|episode")) {
            return new Outcome("media.scrobble", false, "ignored: not a movie or an episode of a show but a "
                    + metadata.path("type").asText("item without a type"));
        }
        Resolution item = resolve(metadata, true);
        if (item.mediaId() == null) {
            return new Outcome("media.scrobble", false, "ignored: " + item.reason());
        }
        long viewedAt = metadata.hasNonNull("lastViewedAt") ? metadata.get("lastViewedAt").asLong()
                : Instant.now().getEpochSecond();
        int published = userStates.sync(profile.get(), item.mediaId(), null, false, viewedAt, null);
        return new Outcome("media.scrobble", true, "watched " + item.mediaId() + " for " + profile.get() + item.reason()
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

    /** The item's media id, or null with the reason; otherwise {@code reason} notes how it was found (may be empty). */
    record Resolution(String mediaId, String reason) {
    }

    /**
     * The scanned item a webhook names. Recorded payloads of Plex's own agent carry no {@code Guid[]} (only
     * {@code guid: plex://movie/...}), so the {@code ratingKey} is what identifies the item: first in the item index,
     * else by reading the item from Plex now (which also publishes and indexes it). Only if Plex cannot be asked are
     * the payload's own ids used, and only external ones: a Plex guid alone would name an item nobody else knows.
     * An episode stands for its show ({@code grandparentRatingKey}).
     */
    private Resolution resolve(JsonNode metadata, boolean episodeMeansShow) {
        boolean episode = metadata.path("type").asText("").equals("episode");
        if (episode && !episodeMeansShow) {
            return new Resolution(null, "episodes are not rated here");
        }
        String ratingKey = metadata.path(episode ? "grandparentRatingKey" : "ratingKey").asText("");
        if (ratingKey.isEmpty()) {
            return new Resolution(null, "the payload names no " + (episode ? "grandparentRatingKey" : "ratingKey"));
        }
        Optional<IndexedItem> known = index.byRatingKey(ratingKey);
        if (known.isPresent()) {
            return new Resolution(known.get().mediaId(), "");
        }
        String plexProblem;
        try {
            Optional<IndexedItem> read = scans.scanItemNow(ratingKey);
            if (read.isPresent()) {
                return new Resolution(read.get().mediaId(), " (item " + ratingKey + " read from Plex)");
            }
            plexProblem = "Plex has no movie or show " + ratingKey;
        } catch (PlexException | IllegalStateException e) {
            plexProblem = "Plex could not be asked for item " + ratingKey + ": " + e.getMessage();
        }
        if (!episode) {
            List<String> guids = new ArrayList<>();
            metadata.path("Guid").forEach(g -> guids.add(g.path("id").asText("")));
            ExternalIds ids = PlexGuids.parse(guids, metadata.path("guid").asText(null));
            if (ids.tmdb() != null || ids.tvdb() != null || ids.imdb() != null) {
                String id = PlexGuids.mediaId(MediaType.fromWire(metadata.path("type").asText()), ids, null).toString();
                return new Resolution(id, " (by the payload's ids; " + plexProblem + ")");
            }
        }
        return new Resolution(null, "the item is not in the library index and " + plexProblem);
    }

    private static Outcome unknownAccount(String event) {
        return new Outcome(event, false, "ignored: the Plex account is neither the owner nor a configured profile");
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
