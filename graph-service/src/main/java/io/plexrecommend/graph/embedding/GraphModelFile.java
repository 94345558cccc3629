package io.plexrecommend.graph.embedding;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The saved {@link GraphModel}: a small binary file (a magic number, a format version, the model id, then every
 * float array with its length; 0.2 MB for the defaults). Written to a temporary file and moved into place, so a
 * crash mid-write leaves the previous model. A file that cannot be read is logged and ignored: the next run trains
 * from fresh weights and overwrites it.
 */
public final class GraphModelFile {

    private static final Logger LOG = Logger.getLogger(GraphModelFile.class);
    private static final int MAGIC = 0x50524757; // "PRGW"
    private static final int FORMAT = 1;

    private final Path file;

    public GraphModelFile(Path file) {
        this.file = file;
    }

    public Path path() {
        return file;
    }

    public Optional<GraphModel> load() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                throw new IOException("not a graph model file of format " + FORMAT);
            }
            String modelId = in.readUTF();
            TextProjection projection = new TextProjection(in.readInt(), in.readInt(), floats(in));
            NetworkWeights weights = new NetworkWeights(in.readInt(), in.readInt(), in.readInt(), floats(in),
                    floats(in), floats(in), floats(in), floats(in));
            return Optional.of(new GraphModel(modelId, projection, weights));
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Ignoring the saved graph model %s (%s); the next run trains from fresh weights", file,
                    e.getMessage());
            return Optional.empty();
        }
    }

    public void save(GraphModel model) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(model.modelId());
            TextProjection projection = model.projection();
            out.writeInt(projection.in());
            out.writeInt(projection.out());
            floats(out, projection.matrix());
            NetworkWeights w = model.weights();
            out.writeInt(w.in());
            out.writeInt(w.hidden());
            out.writeInt(w.out());
            for (float[] values : new float[][] {w.gcn(), w.gcnBias(), w.sageSelf(), w.sageNeighbours(), w.sageBias()}) {
                floats(out, values);
            }
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static float[] floats(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 64 * 1024 * 1024) {
            throw new IOException("implausible array length " + length);
        }
        float[] values = new float[length];
        for (int k = 0; k < length; k++) {
            values[k] = in.readFloat();
        }
        return values;
    }

    private static void floats(DataOutputStream out, float[] values) throws IOException {
        out.writeInt(values.length);
        for (float v : values) {
            out.writeFloat(v);
        }
    }
}
