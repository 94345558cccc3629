package io.plexrecommend.scanner.scan;

import io.plexrecommend.scanner.plex.PlexException;
import io.plexrecommend.scanner.settings.SettingsService;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The fallback for missed webhooks (no Plex Pass, the service was down): a rescan of every Plex library on a
 * schedule ({@code scanner.scan.schedule}, daily by default). Incremental, so an unchanged library costs one listing.
 */
@ApplicationScoped
public class ScheduledRescan {

    private static final Logger LOG = Logger.getLogger(ScheduledRescan.class);

    private final ScanService scans;
    private final SettingsService settings;

    public ScheduledRescan(ScanService scans, SettingsService settings) {
        this.scans = scans;
        this.settings = settings;
    }

    @Scheduled(identity = "plex-rescan", cron = "${scanner.scan.schedule:0 0 4 * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void rescan() {
        if (!settings.current().plexConfigured() || scans.busy()) {
            return;
        }
        try {
            LOG.infof("scheduled rescan: scan %s queued", scans.startPlex(List.of()).id());
        } catch (PlexException e) {
            LOG.warnf("scheduled rescan not started: %s", e.getMessage());
        }
    }
}
