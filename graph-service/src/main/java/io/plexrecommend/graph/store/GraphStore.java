package io.plexrecommend.graph.store;

import io.plexrecommend.events.MediaId;
import io.plexrecommend.graph.mapping.Vocabulary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.jboss.logging.Logger;

/**
 * Owns the TDB2 dataset: one named graph per item, replaced whole in one write transaction so a reader sees the old
 * or the new facts of an item, never a mix.
 *
 * <p>TDB2 is copy-on-write: every write transaction appends fresh B+tree blocks and leaves the old ones in place until
 * the database is compacted. The store counts its writes so that a {@link GraphCompactor} can decide when to
 * {@link #compact()}.
 */
public class GraphStore implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(GraphStore.class);

    private final Path directory;
    private final Dataset dataset;
    private final AtomicLong writesSinceCompaction = new AtomicLong();
    private final AtomicLong compactions = new AtomicLong();
    private final ReentrantLock compacting = new ReentrantLock();

    private GraphStore(Path directory, Dataset dataset) {
        this.directory = directory;
        this.dataset = dataset;
    }

    /** Opens (or creates) the TDB2 database in {@code directory}. */
    public static GraphStore open(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create graph store directory " + directory, e);
        }
        LOG.infof("Graph store: TDB2 at %s", directory.toAbsolutePath());
        return new GraphStore(directory, TDB2Factory.connectDataset(directory.toString()));
    }

    /**
     * Makes {@code model} the whole content of the item's graph. An unchanged graph is not written again: TDB2 only
     * reclaims the space of replaced data on compaction, and rescans re-announce every item.
     *
     * @return true if the stored graph changed
     */
    public boolean replace(String mediaId, Model model) {
        Node name = graphName(mediaId);
        Graph wanted = model.getGraph();
        boolean changed = Txn.calculateWrite(dataset, () -> replaceIn(dataset.asDatasetGraph(), name, wanted));
        return counted(changed);
    }

    /**
     * Applies many items' new graphs in one write transaction: a model replaces the item's graph (an unchanged one is
     * not rewritten), {@code null} removes it. One transaction for a batch instead of one per item: TDB2 pays a
     * commit and a copy of every touched index block per transaction.
     *
     * @return how many items' graphs changed
     */
    public int apply(Map<String, Model> graphs) {
        int changed = Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            int count = 0;
            for (Map.Entry<String, Model> entry : graphs.entrySet()) {
                Node name = graphName(entry.getKey());
                if (entry.getValue() == null) {
                    if (dsg.containsGraph(name)) {
                        dsg.removeGraph(name);
                        count++;
                    }
                } else if (replaceIn(dsg, name, entry.getValue().getGraph())) {
                    count++;
                }
            }
            return count;
        });
        writesSinceCompaction.addAndGet(changed);
        return changed;
    }

    private static boolean replaceIn(DatasetGraph dsg, Node name, Graph wanted) {
        Graph current = dsg.getGraph(name);
        if (current.size() == wanted.size() && wanted.stream().allMatch(current::contains)) {
            return false;
        }
        dsg.removeGraph(name);
        dsg.addGraph(name, wanted);
        return true;
    }

    /**
     * Makes {@code models} the whole content of the store: every other item's graph is dropped. Written in
     * transactions of {@code batchSize} items (one big transaction for 10,000 items would hold all of it in the
     * journal), so readers may see a partly rebuilt store meanwhile.
     */
    public void replaceAll(Map<String, Model> models, int batchSize) {
        Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().clear());
        counted(true);
        List<Map.Entry<String, Model>> entries = new ArrayList<>(models.entrySet());
        for (int from = 0; from < entries.size(); from += batchSize) {
            List<Map.Entry<String, Model>> batch = entries.subList(from, Math.min(entries.size(), from + batchSize));
            Txn.executeWrite(dataset, () -> batch.forEach(e ->
                    dataset.asDatasetGraph().addGraph(graphName(e.getKey()), e.getValue().getGraph())));
            counted(true);
        }
    }

    /** Runs {@code query} in a read transaction: it sees one consistent state, and writers are not held up. */
    public <T> T read(Function<DatasetGraph, T> query) {
        return Txn.calculateRead(dataset, () -> query.apply(dataset.asDatasetGraph()));
    }

    /** @return true if the item had a graph */
    public boolean remove(String mediaId) {
        Node name = graphName(mediaId);
        boolean existed = Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            boolean had = dsg.containsGraph(name);
            if (had) {
                dsg.removeGraph(name);
            }
            return had;
        });
        return counted(existed);
    }

    /** Only a transaction that changed something leaves old blocks behind; a no-op write is not counted. */
    private boolean counted(boolean changed) {
        if (changed) {
            writesSinceCompaction.incrementAndGet();
        }
        return changed;
    }

    /** The item's graph as sorted N-Triples, or empty if the store has no triples for it. */
    public Optional<ItemGraph> find(String mediaId) {
        Node name = graphName(mediaId);
        return Txn.calculateRead(dataset, () -> {
            Graph graph = dataset.asDatasetGraph().getGraph(name);
            List<String> lines = new ArrayList<>();
            graph.find().forEachRemaining(triple -> lines.add(nTriplesLine(triple)));
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            lines.sort(null);
            String text = String.join("\n", lines) + "\n";
            return Optional.of(new ItemGraph(mediaId, name.getURI(), lines.size(), text));
        });
    }

    /** The media ids of all items in the store. */
    public Set<String> mediaIds() {
        String prefix = Vocabulary.mediaIri("");
        return Txn.calculateRead(dataset, () -> {
            Set<String> ids = new HashSet<>();
            dataset.asDatasetGraph().listGraphNodes()
                    .forEachRemaining(name -> ids.add(name.getURI().substring(prefix.length())));
            return ids;
        });
    }

    /** True when no item has a graph. */
    public boolean isEmpty() {
        return Txn.calculateRead(dataset, () -> !dataset.asDatasetGraph().listGraphNodes().hasNext());
    }

    /** How many items have a graph: the named graphs, without reading their triples. */
    public long itemCount() {
        return Txn.calculateRead(dataset, () -> {
            long items = 0;
            for (Iterator<Node> names = dataset.asDatasetGraph().listGraphNodes(); names.hasNext(); names.next()) {
                items++;
            }
            return items;
        });
    }

    public GraphStatus status() {
        long[] counts = Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            long items = 0;
            long triples = 0;
            for (Iterator<Node> names = dsg.listGraphNodes(); names.hasNext(); ) {
                items++;
                triples += dsg.getGraph(names.next()).size();
            }
            return new long[] {items, triples};
        });
        return new GraphStatus(counts[0], counts[1], diskBytes(), compactions());
    }

    /**
     * Rewrites the current state of the database into a new generation directory ({@code Data-000N+1}), switches to
     * it and deletes the old one. Online, as Jena documents: readers carry on, and writers that start meanwhile wait
     * until the switch, then write to the new generation. One compaction at a time; a call while another runs
     * returns at once.
     *
     * @return the sizes before and after, or empty if another compaction was running
     */
    public Optional<CompactionResult> compact() {
        if (!compacting.tryLock()) {
            return Optional.empty();
        }
        try {
            long writes = writesSinceCompaction.get();
            long before = diskBytes();
            DatabaseMgr.compact(dataset.asDatasetGraph(), true);
            // A write counted after the snapshot waited for the switch and stays pending (at worst one too many).
            writesSinceCompaction.addAndGet(-writes);
            compactions.incrementAndGet();
            return Optional.of(new CompactionResult(writes, before, diskBytes()));
        } finally {
            compacting.unlock();
        }
    }

    /** Item graphs changed (replaced or removed) since the last compaction (or since the store was opened). */
    public long writesSinceCompaction() {
        return writesSinceCompaction.get();
    }

    /** Compactions this store has completed since it was opened. */
    public long compactions() {
        return compactions.get();
    }

    /**
     * The size of the database's files (their length, as {@code ls} shows it). TDB2's memory-mapped files grow in
     * sparse 8 MB steps, so a fresh database already measures about 190 MB while {@code du} shows a few MB.
     */
    public long diskBytes() {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.mapToLong(GraphStore::sizeOrZero).sum();
        } catch (IOException | UncheckedIOException e) {
            // A compaction may delete a generation while it is walked; the next reading is right again.
            LOG.debugf("cannot measure %s: %s", directory, e);
            return 0;
        }
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    public Path directory() {
        return directory;
    }

    /** Closes the dataset and releases the directory, so another process (or a reopen) reads it from disk. */
    @Override
    public void close() {
        TDBInternal.expel(dataset.asDatasetGraph());
        LOG.infof("Graph store closed: %s", directory.toAbsolutePath());
    }

    /** The item's graph IRI; rejects anything that is not a media id, so the IRI is always valid. */
    public static String graphIri(String mediaId) {
        return Vocabulary.mediaIri(MediaId.parse(mediaId).toString());
    }

    private static Node graphName(String mediaId) {
        return NodeFactory.createURI(graphIri(mediaId));
    }

    private static String nTriplesLine(Triple t) {
        return NodeFmtLib.strNT(t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate()) + " "
                + NodeFmtLib.strNT(t.getObject()) + " .";
    }
}
