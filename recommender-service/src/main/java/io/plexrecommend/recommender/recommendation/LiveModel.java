package io.plexrecommend.recommender.recommendation;

import io.plexrecommend.recommender.catalog.FloatVectors;
import io.plexrecommend.recommender.catalog.GraphVectorEntity;
import io.plexrecommend.recommender.catalog.ItemChanged;
import io.plexrecommend.recommender.catalog.ItemEmbeddingEntity;
import io.plexrecommend.recommender.catalog.MediaItemEntity;
import io.plexrecommend.recommender.config.RecommenderConfig;
import io.plexrecommend.recommender.model.CoRatingSimilarity;
import io.plexrecommend.recommender.model.ContentWeights;
import io.plexrecommend.recommender.model.CrowdSimilarity;
import io.plexrecommend.recommender.model.Evidence;
import io.plexrecommend.recommender.model.ItemPriors;
import io.plexrecommend.recommender.model.ItemSpace;
import io.plexrecommend.recommender.model.ModelItem;
import io.plexrecommend.recommender.model.Neighbours;
import io.plexrecommend.recommender.model.PreferenceFeatures;
import io.plexrecommend.recommender.model.SimilarityBuilder;
import io.plexrecommend.recommender.profile.ProfileState;
import io.plexrecommend.recommender.profile.ProfileStates;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.logging.Logger;

/**
 * The model the requests read: every item's representation ({@link ItemSpace}) and display facts, the content,
 * crowd and collaborative similarity matrices and the priors. All changes run on one worker thread, in order (item changes,
 * rebuilds); requests read the current matrices without locks.
 */
@ApplicationScoped
public class LiveModel {

    private static final Logger LOG = Logger.getLogger(LiveModel.class);

    private final ItemSpace space = new ItemSpace();
    private volatile ItemInfo[] infos = new ItemInfo[0];
    private volatile Neighbours content;
    private volatile Neighbours collaborative;
    private volatile Neighbours crowd;
    /** Profiles with at least one rating, as of the last collaborative refresh. */
    private volatile int profilesWithRatings;
    /**
     * Counts changes of what the crowd matrix is built from (an item's type, TMDB id or lists, or a new item), so a
     * refresh knows whether to rebuild it; a new vector does not count (a graph retraining re-sends every title's).
     */
    private final java.util.concurrent.atomic.AtomicLong itemsVersion = new java.util.concurrent.atomic.AtomicLong();
    private volatile long crowdVersion = -1;
    private volatile ItemPriors priors = new ItemPriors(new float[0], new float[0]);
    private volatile double[][] preferenceFeatures = new double[0][];
    private volatile long collaborativeVersion = -1;
    /** Incremental rows use the document frequencies of their time, so a large change calls for a full build. */
    private final ContentChanges changes;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "recommender-model");
        thread.setDaemon(true);
        return thread;
    });
    private final ProfileStates profiles;
    private final StoredContentMatrix stored;
    private final RecommenderConfig.Model config;
    private final java.time.Duration storedMaxAge;

    LiveModel(ProfileStates profiles, StoredContentMatrix stored, RecommenderConfig config) {
        this.profiles = profiles;
        this.stored = stored;
        this.config = config.model();
        this.storedMaxAge = config.duties().storedMatrixMaxAge();
        this.changes = new ContentChanges(config.duties().rebuildSettle(), System::nanoTime);
        this.content = new Neighbours(0, this.config.neighbours());
        this.collaborative = new Neighbours(0, this.config.neighbours());
        this.crowd = new Neighbours(0, this.config.neighbours());
    }

    void start(@Observes StartupEvent event) {
        worker.submit(this::loadAll);
    }

    void stop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }

    void onItemChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ItemChanged changed) {
        worker.submit(() -> reload(changed.mediaId()));
    }

    public ContentWeights contentWeights() {
        return new ContentWeights(config.metadataWeight(), config.textWeight(), config.graphWeight());
    }

    public ItemSpace space() {
        return space;
    }

    public Optional<Integer> indexOf(String mediaId) {
        return space.indexOf(mediaId);
    }

    public ItemInfo info(int i) {
        ItemInfo[] now = infos;
        return i < now.length ? now[i] : null;
    }

    /** Every item's info, index-aligned (null where an index has none yet): one snapshot for a loop over all items. */
    public ItemInfo[] infos() {
        return infos;
    }

    public int size() {
        return space.size();
    }

    public Neighbours content() {
        return content;
    }

    public Neighbours collaborative() {
        return collaborative;
    }

    public Neighbours crowd() {
        return crowd;
    }

    /** What a ranking reads, as of now. */
    public Evidence evidence() {
        return new Evidence(collaborative, crowd, content, priors, preferenceFeatures, profilesWithRatings);
    }

    /** Every item's {@link PreferenceFeatures}, refreshed with the priors. */
    public double[][] preferenceFeatures() {
        return preferenceFeatures;
    }

    public ItemPriors priors() {
        return priors;
    }

    /** Full content rebuild, on the worker; returns the rebuild's duration in milliseconds. */
    public Future<Long> rebuildContent() {
        return worker.submit(() -> {
            long start = System.nanoTime();
            changes.rebuilding();
            space.reweigh();
            Neighbours built = SimilarityBuilder.build(space, contentWeights(), config.neighbours());
            content = built;
            long millis = (System.nanoTime() - start) / 1_000_000;
            storeQuietly(built);
            return millis;
        });
    }

    /** What the content matrix depends on besides the items: a stored one built otherwise is not loaded. */
    private String contentKey() {
        return "metadata=" + config.metadataWeight() + ",text=" + config.textWeight() + ",graph="
                + config.graphWeight();
    }

    private void storeQuietly(Neighbours built) {
        try {
            long start = System.nanoTime();
            stored.save(built, space, contentKey());
            LOG.infof("content similarity matrix stored: %d rows in %d ms", built.size(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            // The next start rebuilds it instead; the matrix in memory is unaffected.
            LOG.warn("could not store the content similarity matrix", e);
        }
    }

    /**
     * The content matrix at start: the stored one if it fits (rows of items added since are computed now; a matrix
     * older than {@code stored-matrix-max-age} is rebuilt in the background while it serves), else a full build.
     */
    private void loadContent() {
        Optional<StoredContentMatrix.Loaded> loaded = Optional.empty();
        try {
            loaded = stored.load(space, config.neighbours(), contentKey());
        } catch (RuntimeException e) {
            LOG.warn("could not read the stored content similarity matrix; rebuilding it", e);
        }
        if (loaded.isEmpty()) {
            Neighbours built = SimilarityBuilder.build(space, contentWeights(), config.neighbours());
            content = built;
            storeQuietly(built);
            return;
        }
        Neighbours matrix = loaded.get().neighbours();
        content = matrix;
        int missing = loaded.get().itemsWithoutRow();
        if (missing > 0) {
            for (int i = 0; i < space.size(); i++) {
                if (matrix.ids(i).length == 0) {
                    SimilarityBuilder.update(matrix, space, contentWeights(), i);
                }
            }
            changes.changedEarlier(missing);
        }
        java.time.Duration age = java.time.Duration.between(loaded.get().builtAt(), java.time.Instant.now());
        LOG.infof("content similarity matrix loaded from the database (built %d min ago, %d items without a row)",
                age.toMinutes(), missing);
        if (age.compareTo(storedMaxAge) > 0) {
            rebuildContent();
        }
    }

    /**
     * Rebuilds the collaborative matrix and the priors if any profile changed since the last build, and the crowd
     * matrix if any item did (its lists name other items by TMDB id, so one item's arrival changes other rows).
     */
    public Future<Boolean> refreshCollaborative(boolean force) {
        return worker.submit(() -> {
            long items = itemsVersion.get();
            boolean crowdChanged = force || items != crowdVersion;
            if (crowdChanged) {
                crowd = CrowdSimilarity.build(space, config.crowdNeighbours());
                crowdVersion = items;
            }
            long version = profiles.version();
            if (!force && version == collaborativeVersion && priors.quality().length == space.size()) {
                return crowdChanged;
            }
            List<int[]> histories = new ArrayList<>();
            for (ProfileState state : profiles.all().values()) {
                int[] rated = state.ratings().keySet().stream().map(space::indexOf).flatMap(Optional::stream)
                        .mapToInt(Integer::intValue).distinct().toArray();
                if (rated.length > 0) {
                    histories.add(rated);
                }
            }
            CoRatingSimilarity.Result result = CoRatingSimilarity.build(histories, space.size(),
                    config.neighbours(), config.collaborativeShrink());
            collaborative = result.neighbours();
            profilesWithRatings = histories.size();
            priors = ItemPriors.of(space, result.ratingCounts(), config.priorVotes());
            double[][] features = new double[space.size()][];
            for (int i = 0; i < features.length; i++) {
                features[i] = PreferenceFeatures.of(space.item(i));
            }
            preferenceFeatures = features;
            collaborativeVersion = version;
            return true;
        });
    }

    /**
     * Whether the co-rating matrix, the priors and the crowd matrix include every rating and item change applied so
     * far (they are refreshed in the background, {@code recommender.duties.collaborative-refresh}).
     */
    public boolean upToDate() {
        return collaborativeVersion == profiles.version() && crowdVersion == itemsVersion.get();
    }

    /** Whether a full content rebuild pays off now ({@link ContentChanges}). */
    public boolean largelyChanged() {
        return changes.largely(space.size());
    }

    private void loadAll() {
        try {
            long start = System.nanoTime();
            List<MediaItemEntity> items = QuarkusTransaction.requiringNew()
                    .call(() -> MediaItemEntity.<MediaItemEntity>listAll());
            for (MediaItemEntity item : items) {
                QuarkusTransaction.requiringNew().run(() -> put(item, ItemEmbeddingEntity.findById(item.mediaId),
                        GraphVectorEntity.findById(item.mediaId)));
            }
            space.reweigh();
            loadContent();
            refreshCollaborative(true);
            LOG.infof("model loaded: %d items in %d ms", items.size(), (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.error("could not load the model", e);
        }
    }

    private void reload(String mediaId) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                MediaItemEntity item = MediaItemEntity.findById(mediaId);
                if (item != null) {
                    Optional<Integer> before = space.indexOf(mediaId);
                    ModelItem previous = before.map(space::item).orElse(null);
                    int i = put(item, ItemEmbeddingEntity.findById(mediaId), GraphVectorEntity.findById(mediaId));
                    changes.changed();
                    if (crowdInputChanged(previous, space.item(i))) {
                        itemsVersion.incrementAndGet();
                    }
                    if (!item.removed) {
                        SimilarityBuilder.update(content, space, contentWeights(), i);
                    }
                }
            });
        } catch (RuntimeException e) {
            LOG.warnf(e, "could not update the model for %s", mediaId);
        }
    }

    private static boolean crowdInputChanged(ModelItem before, ModelItem after) {
        return before == null || !before.type().equals(after.type())
                || !java.util.Objects.equals(before.tmdbId(), after.tmdbId())
                || !before.related().equals(after.related());
    }

    private int put(MediaItemEntity item, ItemEmbeddingEntity embedding, GraphVectorEntity graph) {
        int i = space.upsert(new ModelItem(item.mediaId, item.type, item.genres, item.keywords, item.cast,
                item.directors, item.collection, item.originalLanguage, item.year, item.voteAverage, item.voteCount,
                item.popularity, embedding == null ? null : FloatVectors.fromBytes(embedding.vector),
                embedding == null || embedding.features == null ? null : FloatVectors.fromBytes(embedding.features),
                graph == null ? null : FloatVectors.fromBytes(graph.vector), item.tmdbId, item.related));
        ItemInfo[] now = infos;
        if (i >= now.length) {
            now = Arrays.copyOf(now, Math.max(i + 1, now.length * 2));
        } else {
            now = now.clone();
        }
        now[i] = ItemInfo.of(item);
        infos = now;
        return i;
    }
}
