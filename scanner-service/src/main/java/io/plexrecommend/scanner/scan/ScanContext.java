package io.plexrecommend.scanner.scan;

import io.plexrecommend.scanner.enrich.ItemEnrichment;
import io.plexrecommend.scanner.plex.PlexConnection;
import io.plexrecommend.scanner.settings.Settings;
import java.util.List;

/**
 * What a scan reads and how: the Plex server (the user's, or the bundled demo's), how items are enriched, and whose
 * ratings and watches become events (none for the demo library).
 *
 * @param libraryPrefix prefix of the item index's library ids: {@code plex} or {@code demo}
 * @param ownerProfile the profile of the connection's token, or null to publish no ratings
 * @param homeProfiles Plex Home users with their own tokens, scanned for their ratings and watches
 */
public record ScanContext(String libraryPrefix, PlexConnection plex, ItemEnrichment enrichment, boolean demo,
        String ownerProfile, List<Settings.ProfileToken> homeProfiles) {

    String libraryId(String sectionId) {
        return libraryPrefix + ":" + sectionId;
    }
}
