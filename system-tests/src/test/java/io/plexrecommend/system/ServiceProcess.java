package io.plexrecommend.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One packaged service (target/quarkus-app/quarkus-run.jar) running as its own process, as the local run does. It can
 * be killed (SIGKILL, as a power cut or the OOM killer would) and started again on the same port and data folder.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    private final Process process;
    private final Path log;
    private final ProcessBuilder builder;

    private ServiceProcess(String name, int port, Process process, Path log, ProcessBuilder builder) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
        this.builder = builder;
    }

    static ServiceProcess start(Path projectRoot, String name, String heap, Map<String, String> env, Path logDir) {
        Path packaged = projectRoot.resolve(name).resolve("target/quarkus-app");
        if (!Files.exists(packaged.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(packaged + "/quarkus-run.jar is missing: package the services first (mvn package)");
        }
        Path jar = frozen(packaged, logDir.resolveSibling("apps").resolve(name)).resolve("quarkus-run.jar");
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx" + heap, "-XX:+UseSerialGC", "-jar",
                jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        Path log = logDir.resolve(name + ".out");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        try {
            return new ServiceProcess(name, port, builder.start(), log, builder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /**
     * Starts the same service again with the same command, environment, port and data folder; its output is appended
     * to the same log. This process must have ended (see {@link #kill()} and {@link #close()}).
     */
    public ServiceProcess restarted() {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " still runs; stop or kill it before starting it again");
        }
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        try {
            return new ServiceProcess(name, port, builder.start(), log, builder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restart " + name, e);
        }
    }

    /** SIGKILL (Process.destroyForcibly on Linux): no shutdown hook, no flush, no clean close of anything. */
    public void kill() {
        try {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String name() {
        return name;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    /** True once /q/health/ready answers 200; fails fast if the process died. */
    public boolean isReady() {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with " + process.exitValue() + "; its output:\n" + tail());
        }
        try {
            var response = HTTP.send(HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /**
     * The packaged application as it is now, hard-linked (or copied) into the system's folder, so that a service
     * started again later in a test runs the same build even if the module is packaged again meanwhile.
     */
    private static Path frozen(Path packaged, Path target) {
        try (var files = Files.walk(packaged)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path copy = target.resolve(packaged.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    try {
                        Files.createLink(copy, source);
                    } catch (IOException | UnsupportedOperationException notLinkable) {
                        Files.copy(source, copy);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot take a copy of " + packaged, e);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
