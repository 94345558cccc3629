package io.plexrecommend.scanner.scan;

import com.fasterxml.jackson.databind.JsonNode;
import io.plexrecommend.scanner.config.ScannerConfig;
import io.plexrecommend.scanner.demo.DemoLibrary;
import io.plexrecommend.scanner.enrich.TmdbEnrichment;
import io.plexrecommend.scanner.plex.LibraryNotFoundException;
import io.plexrecommend.scanner.plex.PlexClient;
import io.plexrecommend.scanner.plex.PlexConnection;
import io.plexrecommend.scanner.plex.PlexException;
import io.plexrecommend.scanner.plex.PlexLibrary;
import io.plexrecommend.scanner.plex.PlexPage;
import io.plexrecommend.scanner.settings.Settings;
import io.plexrecommend.scanner.settings.SettingsService;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.logging.Logger;

/**
 * Runs scan jobs one after another on a thread of their own; the items of each page are processed in parallel by a
 * bounded pool ({@code scanner.scan.concurrency}), which is what keeps TMDB's rate limit, not Plex's latency, the
 * bottleneck. After every page the job and its checkpoint are saved, so a job a stopped service left behind resumes
 * at the page where it stopped. A library read to its end without a Plex error ends with a removal for each entry it
 * no longer lists.
 */
@ApplicationScoped
public class ScanService {

    private static final Logger LOG = Logger.getLogger(ScanService.class);

    private final PlexClient plex;
    private final ItemScanner items;
    private final ItemIndex index;
    private final ScanStore store;
    private final SettingsService settings;
    private final TmdbEnrichment tmdb;
    private final DemoLibrary demo;
    private final ScannerConfig config;
    private final Map<String, ScanJob> active = new ConcurrentHashMap<>();
    private final ExecutorService jobs = Executors.newSingleThreadExecutor(r -> thread(r, "scan-job"));
    private final ExecutorService workers;

    public ScanService(PlexClient plex, ItemScanner items, ItemIndex index, ScanStore store, SettingsService settings,
            TmdbEnrichment tmdb, DemoLibrary demo, ScannerConfig config) {
        this.plex = plex;
        this.items = items;
        this.index = index;
        this.store = store;
        this.settings = settings;
        this.tmdb = tmdb;
        this.demo = demo;
        this.config = config;
        this.workers = Executors.newFixedThreadPool(Math.max(1, config.scan().concurrency()), r -> thread(r, "scan-item"));
    }

    /** Queues a scan of the given Plex libraries (all movie and show libraries when empty). */
    public ScanView startPlex(List<String> libraryIds) {
        Settings current = settings.current();
        PlexConnection connection = PlexConnection.owner(current);
        List<PlexLibrary> known = plex.libraries(connection);
        List<String> chosen = libraryIds == null || libraryIds.isEmpty()
                ? known.stream().map(PlexLibrary::id).toList() : List.copyOf(libraryIds);
        for (String id : chosen) {
            if (known.stream().noneMatch(l -> l.id().equals(id))) {
                throw new LibraryNotFoundException(id);
            }
        }
        return submit(ScanJob.queued(newId(), ScanJob.Kind.PLEX, chosen, config.scan().maxListedFailures()));
    }

    /** Queues a scan of the bundled demo library. */
    public ScanView startDemo() {
        return submit(ScanJob.queued(newId(), ScanJob.Kind.DEMO, demo.libraryIds(), config.scan().maxListedFailures()));
    }

    /**
     * Scans one item that Plex just added ({@code library.new} webhook), in the background: the webhook answers at
     * once. Failures are logged; the next scheduled rescan picks the item up anyway.
     */
    public void scanItemLater(String sectionId, String type, String ratingKey) {
        workers.submit(() -> {
            try {
                ScanContext ctx = context(ScanJob.queued("webhook", ScanJob.Kind.PLEX, List.of(sectionId), 1));
                PlexLibrary library = new PlexLibrary(sectionId, null, type, null);
                plex.metadata(ctx.plex(), ratingKey).ifPresentOrElse(entry -> {
                    ItemScanner.Outcome outcome = items.scan(ctx, library, entry, "webhook");
                    LOG.infof("new Plex item %s: %s %s", ratingKey, outcome.kind(),
                            outcome.problem() == null ? "" : outcome.problem());
                }, () -> LOG.infof("new Plex item %s is gone already", ratingKey));
            } catch (RuntimeException e) {
                LOG.warnf("new Plex item %s not scanned: %s", ratingKey, e.getMessage());
            }
        });
    }

    /**
     * Reads, publishes and indexes one Plex item now, for a webhook naming an item the index does not know yet (a
     * rating given before the first scan, or right after the item was added). Empty when Plex does not have it or it
     * is not a movie or show.
     *
     * @throws PlexException when Plex cannot be asked
     */
    public Optional<IndexedItem> scanItemNow(String ratingKey) {
        ScanContext ctx = context(ScanJob.queued("webhook", ScanJob.Kind.PLEX, List.of(), 1));
        Optional<JsonNode> entry = plex.metadata(ctx.plex(), ratingKey);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        String type = entry.get().path("type").asText("");
        String section = entry.get().path("librarySectionID").asText("");
        if (!(type.equals("movie") || type.equals("show")) || section.isEmpty()) {
            return Optional.empty();
        }
        PlexLibrary library = new PlexLibrary(section, entry.get().path("librarySectionTitle").asText(null), type, null);
        ItemScanner.Outcome outcome = items.scan(ctx, library, entry.get(), "webhook");
        LOG.infof("Plex item %s read for a webhook: %s %s", ratingKey, outcome.kind(),
                outcome.problem() == null ? "" : outcome.problem());
        return index.find(ctx.libraryId(section), ratingKey);
    }

    /** Whether a job is queued or running: the scheduled rescan does not pile up behind one. */
    public boolean busy() {
        return active.values().stream().anyMatch(j -> !j.state().isFinal());
    }

    public Optional<ScanView> find(String id) {
        ScanJob job = active.get(id);
        return job != null ? Optional.of(job.view()) : store.find(id).map(ScanJob::view);
    }

    public List<ScanView> recent() {
        return store.recent(20).stream().map(j -> active.getOrDefault(j.id(), j).view()).toList();
    }

    public Optional<ScanView> cancel(String id) {
        ScanJob job = active.get(id);
        if (job != null) {
            job.requestCancel();
        }
        return find(id);
    }

    void resumeUnfinished(@Observes StartupEvent start) {
        for (ScanJob job : store.unfinished()) {
            LOG.infof("resuming scan %s at library #%d, item %d", job.id(), job.checkpoint().library(),
                    job.checkpoint().start());
            active.put(job.id(), job);
            jobs.submit(() -> run(job));
        }
    }

    void stop(@Observes ShutdownEvent stop) {
        // Running jobs stay "running" in the store and resume at their checkpoint on the next start.
        jobs.shutdownNow();
        workers.shutdownNow();
    }

    private ScanView submit(ScanJob job) {
        store.save(job);
        active.put(job.id(), job);
        ScanView queued = job.view(); // before the job thread can move it on: the answer says what was accepted
        jobs.submit(() -> run(job));
        return queued;
    }

    void run(ScanJob job) {
        try {
            job.running();
            store.save(job);
            ScanContext ctx = context(job);
            List<PlexLibrary> libraries = resolve(ctx, job);
            if (job.view().total() == null) {
                total(job, ctx, libraries);
            }
            boolean allRead = true;
            for (int i = job.checkpoint().library(); i < libraries.size() && !job.cancelRequested(); i++) {
                int start = i == job.checkpoint().library() ? job.checkpoint().start() : 0;
                allRead &= scanLibrary(job, ctx, libraries.get(i), i, start);
            }
            job.finish(job.cancelRequested() ? ScanJob.State.CANCELLED
                    : allRead ? ScanJob.State.COMPLETED : ScanJob.State.FAILED);
        } catch (PlexException | LibraryNotFoundException | IllegalStateException e) {
            job.note("scan", e.getMessage());
            job.finish(ScanJob.State.FAILED);
        } catch (RuntimeException e) {
            LOG.error("scan " + job.id() + " failed", e);
            job.note("scan", "unexpected error: " + e);
            job.finish(ScanJob.State.FAILED);
        }
        if (Thread.currentThread().isInterrupted() && !job.state().isFinal()) {
            return; // shutting down: the saved checkpoint resumes it
        }
        store.save(job);
        ScanView v = job.view();
        LOG.infof("scan %s %s: %d seen, %d published, %d skipped, %d failed", v.id(), v.state(), v.seen(),
                v.published(), v.skipped(), v.failed());
    }

    /** The progress bar's total: a zero-size page of each library. Unknown (null) if Plex will not say. */
    private void total(ScanJob job, ScanContext ctx, List<PlexLibrary> libraries) {
        int total = 0;
        for (PlexLibrary library : libraries) {
            try {
                Integer size = plex.items(ctx.plex(), library, 0, 0).totalSize();
                total += size == null ? 0 : size;
            } catch (PlexException e) {
                return;
            }
        }
        job.total(total);
    }

    /** @return whether the library was read to its end */
    private boolean scanLibrary(ScanJob job, ScanContext ctx, PlexLibrary library, int position, int start) {
        int pageSize = Math.max(1, config.plex().pageSize());
        String libraryId = ctx.libraryId(library.id());
        while (!job.cancelRequested()) {
            PlexPage page;
            try {
                page = plex.items(ctx.plex(), library, start, pageSize);
            } catch (PlexException e) {
                job.note("library " + library.title(), "stopped at item " + start + ": " + e.getMessage());
                return false;
            }
            processPage(job, ctx, library, page.items());
            index.touch(libraryId, page.items().stream().map(e -> e.path("ratingKey").asText(""))
                    .filter(k -> !k.isEmpty()).toList(), job.id());
            int offset = page.offset() != null ? page.offset() : start;
            int size = page.items().size();
            start = Math.max(start, offset) + size;
            job.checkpoint(new ScanJob.Checkpoint(position, start));
            store.save(job);
            boolean last = size == 0 || (page.totalSize() != null ? offset + size >= page.totalSize() : size < pageSize);
            if (last) {
                break;
            }
        }
        if (job.cancelRequested()) {
            return false;
        }
        removeVanished(job, ctx, library, libraryId);
        for (Settings.ProfileToken home : ctx.homeProfiles()) {
            scanHomeUser(job, ctx, library, home);
        }
        job.checkpoint(new ScanJob.Checkpoint(position + 1, 0));
        store.save(job);
        return true;
    }

    private void processPage(ScanJob job, ScanContext ctx, PlexLibrary library, List<JsonNode> entries) {
        List<Future<ItemScanner.Outcome>> outcomes = new ArrayList<>(entries.size());
        for (JsonNode entry : entries) {
            outcomes.add(workers.submit(() -> items.scan(ctx, library, entry, job.id())));
        }
        for (Future<ItemScanner.Outcome> future : outcomes) {
            ItemScanner.Outcome outcome;
            try {
                outcome = future.get();
            } catch (ExecutionException e) {
                outcome = new ItemScanner.Outcome(ItemScanner.Outcome.Kind.FAILED, "item", e.getCause().toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            job.seen(1);
            switch (outcome.kind()) {
                case PUBLISHED -> job.published();
                case SKIPPED -> job.skipped();
                case FAILED -> job.failed(outcome.item(), outcome.problem());
            }
            if (outcome.kind() != ItemScanner.Outcome.Kind.FAILED && outcome.problem() != null) {
                job.note(outcome.item(), outcome.problem());
            }
        }
    }

    private void removeVanished(ScanJob job, ScanContext ctx, PlexLibrary library, String libraryId) {
        for (IndexedItem gone : index.notSeenBy(libraryId, job.id())) {
            try {
                index.delete(libraryId, gone.ratingKey());
                items.retire(gone.mediaId(), libraryId, gone.ratingKey(),
                        "no longer in " + (ctx.demo() ? "the demo" : "Plex") + " library section " + library.id());
            } catch (IllegalStateException e) {
                job.note(gone.title(), "removal not published: " + e.getMessage());
            }
        }
    }

    /** A Plex Home user's ratings and watches: the listing read with their token, nothing else fetched. */
    private void scanHomeUser(ScanJob job, ScanContext ctx, PlexLibrary library, Settings.ProfileToken home) {
        PlexConnection connection = ctx.plex().withToken(home.plexToken());
        int pageSize = Math.max(1, config.plex().pageSize());
        int start = 0;
        try {
            while (true) {
                PlexPage page = plex.items(connection, library, start, pageSize);
                for (JsonNode entry : page.items()) {
                    index.find(ctx.libraryId(library.id()), entry.path("ratingKey").asText(""))
                            .ifPresent(known -> items.syncUser(home.profile(), known.mediaId(), entry));
                }
                int size = page.items().size();
                start += size;
                if (size == 0 || (page.totalSize() != null && start >= page.totalSize())) {
                    return;
                }
            }
        } catch (PlexException | IllegalStateException e) {
            job.note("profile " + home.profile(), "ratings not read: " + e.getMessage());
        }
    }

    private ScanContext context(ScanJob job) {
        if (job.kind() == ScanJob.Kind.DEMO) {
            return new ScanContext("demo", demo.connection(), demo.enrichment(), true, null, List.of());
        }
        Settings current = settings.current();
        return new ScanContext("plex", PlexConnection.owner(current), tmdb, false, current.plexProfile(),
                current.profiles());
    }

    private List<PlexLibrary> resolve(ScanContext ctx, ScanJob job) {
        List<PlexLibrary> known = plex.libraries(ctx.plex());
        List<PlexLibrary> chosen = new ArrayList<>();
        for (String id : job.libraries()) {
            chosen.add(known.stream().filter(l -> l.id().equals(id)).findFirst()
                    .orElseThrow(() -> new LibraryNotFoundException(id)));
        }
        return chosen;
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }

    private static Thread thread(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
