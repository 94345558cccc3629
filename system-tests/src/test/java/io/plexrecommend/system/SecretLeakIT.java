package io.plexrecommend.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.plexrecommend.system.HostileHttp.Answer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Plex token, a Plex Home user's token, the TMDB and TVDB keys, the TVDB PIN and the TVDB session token never
 * show up anywhere a user, a log collector or an integration could read them. scanner-service gets them from the
 * environment and through the UI's settings form, and then uses them for real against the fakes: a scan, a
 * connection test with a wrong key, webhooks, posters. Afterwards every log file, every UI page and fragment, every
 * API answer collected, every metric and every record (key, value, headers) on every topic is searched for each
 * secret, raw, URL-encoded and base64-encoded.
 */
@ExtendWith(HostileSystem.Shared.class)
class SecretLeakIT {

    static final String WRONG_TMDB_KEY = "wrongTmdb-9Gg4Hh2Jj";
    static final String WRONG_PLEX_TOKEN = "wrongPlex-3Kk8Ll1Mm";

    @Test
    void noSecretAppearsInLogsPagesAnswersMetricsOrEvents(HostileSystem system) {
        String scanner = system.url("scanner-service");
        String ui = system.url("ui-service");
        Map<String, String> seen = new LinkedHashMap<>();

        // The secrets travel through the UI's settings form as a user types them, and a Plex Home profile's token
        // through the scanner's API.
        UiSession session = UiSession.open(ui, "alice");
        record(seen, "ui POST /config/settings", session.postForm("/config/settings", Map.of(
                "plexUrl", system.plex.url(), "plexToken", FakeUpstream.PLEX_TOKEN, "tmdbApiKey", FakeUpstream.TMDB_KEY,
                "tvdbApiKey", FakeUpstream.TVDB_KEY, "tvdbPin", FakeUpstream.TVDB_PIN)));
        record(seen, "scanner PUT /api/settings", put(scanner + "/api/settings",
                "{\"profiles\":[{\"profile\":\"bob\",\"plexToken\":\"" + FakeUpstream.HOME_TOKEN + "\"}]}"));

        // A full scan: Plex with both tokens, TMDB with the key, TVDB with a login.
        HostileSystem.JsonNodeView scan = system.scanPlex();
        seen.put("the scan", scan.text());
        assertThat(scan.json().path("state").asText()).as(scan.text()).isEqualTo("completed");
        assertThat(system.plex.requests()).as("Plex was asked with each token")
                .anyMatch(r -> FakeUpstream.PLEX_TOKEN.equals(r.plexToken()))
                .anyMatch(r -> FakeUpstream.HOME_TOKEN.equals(r.plexToken()));
        assertThat(system.metadata.requests()).as("TMDB was used with its key")
                .anyMatch(r -> r.uri().contains("api_key=" + FakeUpstream.TMDB_KEY));
        system.awaitRecommendable("movie:tmdb:603", Duration.ofMinutes(2));

        // Connection tests that fail: a wrong TMDB key and a wrong Plex token, then the right ones again.
        record(seen, "scanner PUT wrong keys", put(scanner + "/api/settings",
                "{\"tmdb\":{\"apiKey\":\"" + WRONG_TMDB_KEY + "\"},\"plex\":{\"token\":\"" + WRONG_PLEX_TOKEN + "\"}}"));
        Http.Response failedTest = Http.post(scanner + "/api/settings/test", "application/json", "");
        record(seen, "scanner POST /api/settings/test (wrong keys)", failedTest);
        assertThat(failedTest.body()).contains("\"ok\":false");
        record(seen, "ui POST /config/settings/test (wrong keys)", session.postForm("/config/settings/test", Map.of()));
        record(seen, "ui GET /config/libraries (wrong token)", Http.get(ui + "/config/libraries"));
        record(seen, "scanner POST /api/scans (wrong token)", Http.post(scanner + "/api/scans", "application/json", "{}"));
        record(seen, "scanner PUT right keys", put(scanner + "/api/settings",
                "{\"tmdb\":{\"apiKey\":\"" + FakeUpstream.TMDB_KEY + "\"},\"plex\":{\"token\":\"" + FakeUpstream.PLEX_TOKEN + "\"}}"));
        Http.Response goodTest = Http.post(scanner + "/api/settings/test", "application/json", "");
        record(seen, "scanner POST /api/settings/test", goodTest);
        assertThat(goodTest.body()).doesNotContain("\"ok\":false");
        assertThat(system.metadata.requests()).as("TVDB was logged in to with the key and PIN")
                .anyMatch(r -> r.method().equals("POST") && r.uri().equals("/v4/login"));

        // Webhooks as Plex sends them (multipart), one of them reading an item from Plex with the token.
        for (String payload : List.of(
                "{\"event\":\"media.rate\",\"user\":true,\"owner\":true,\"rating\":7,\"Account\":{\"id\":1,\"title\":\"owner\"},"
                        + "\"Metadata\":{\"ratingKey\":\"102\",\"type\":\"movie\",\"guid\":\"com.plexapp.agents.themoviedb://949?lang=en\"}}",
                "{\"event\":\"media.scrobble\",\"user\":true,\"owner\":true,\"Account\":{\"id\":1,\"title\":\"owner\"},"
                        + "\"Metadata\":{\"ratingKey\":\"101\",\"type\":\"movie\",\"lastViewedAt\":1718000000}}",
                "{\"event\":\"library.new\",\"user\":true,\"owner\":true,\"Account\":{\"id\":1,\"title\":\"owner\"},"
                        + "\"Metadata\":{\"ratingKey\":\"201\",\"type\":\"show\"}}",
                "{\"event\":\"media.rate\",\"Account\":{\"id\":77,\"title\":\"stranger\"},\"Metadata\":{\"ratingKey\":\"101\"}}")) {
            record(seen, "scanner POST /webhooks/plex", webhook(scanner, payload));
        }

        // Posters: from Plex (with the token) and from TMDB's image host, directly and through the UI.
        for (String id : List.of("movie:tmdb:603", "movie:tmdb:949", "movie:tmdb:424242", "show:tvdb:81189")) {
            record(seen, "scanner GET /api/artwork/" + id, Http.get(scanner + "/api/artwork/" + id));
            record(seen, "ui GET /posters/" + id, Http.get(ui + "/posters/" + id));
        }
        assertThat(system.plex.requests()).as("a poster came from Plex")
                .anyMatch(r -> r.uri().startsWith("/library/metadata/101/thumb/"));

        // Every page and fragment of the UI, every read API of the scanner, health and metrics of every service.
        for (String path : List.of("/", "/?profile=alice", "/config", "/config/settings", "/config/libraries",
                "/config/status", "/tabs/movie", "/tabs/show", "/tabs/movie/next", "/tabs/movie/list",
                "/tabs/movie/history", "/tabs/movie/recommendations", "/tabs/movie/items/movie:tmdb:603/why",
                "/tabs/movie/items/movie:tmdb:603/similar", "/tabs/nothing", "/posters/not-an-id")) {
            record(seen, "ui GET " + path, Http.get(ui + path));
        }
        String scanId = scan.json().path("id").asText();
        record(seen, "ui GET scan events", Http.get(ui + "/config/scans/" + scanId + "/events"));
        for (String path : List.of("/api/settings", "/api/libraries", "/api/scans", "/api/scans/" + scanId,
                "/api/scans/" + scanId + "/events", "/api/scans/nope", "/api/artwork/movie:tmdb:1")) {
            record(seen, "scanner GET " + path, Http.get(scanner + path));
        }
        system.urls().forEach((name, url) -> {
            for (String path : List.of("/q/metrics", "/q/health/ready", "/q/health/live", "/q/openapi")) {
                seen.put(name + " GET " + path, HostileHttp.get(url + path, Map.of()).body());
            }
        });

        List<String> leaks = new ArrayList<>();
        Map<String, Set<String>> forms = forms();
        seen.forEach((where, text) -> leaks.addAll(find(forms, where, text)));
        for (Path log : logFiles(system.dataDir)) {
            leaks.addAll(find(forms, "log " + system.dataDir.relativize(log), read(log)));
        }
        int records = 0;
        for (Map.Entry<String, String> record : everyRecord(system.broker.bootstrapServers()).entrySet()) {
            records++;
            leaks.addAll(find(forms, record.getKey(), record.getValue()));
        }
        System.out.printf("secret scan: %d answers and pages, %d log files, %d records%n", seen.size(),
                logFiles(system.dataDir).size(), records);
        assertThat(records).as("records on the topics").isGreaterThan(0);
        assertThat(leaks).as("secrets found").isEmpty();
    }

    private static void record(Map<String, String> seen, String what, Http.Response response) {
        seen.merge(what, response.status() + " " + response.headers().map() + " " + response.body(), (a, b) -> a + "\n" + b);
    }

    private static void record(Map<String, String> seen, String what, Answer answer) {
        seen.merge(what, answer.status() + " " + answer.headers() + " " + answer.body(), (a, b) -> a + "\n" + b);
    }

    private static Answer put(String url, String json) {
        return HostileHttp.send("PUT", url, "application/json", json.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    private static Http.Response webhook(String scanner, String payload) {
        String boundary = "plexWebhookBoundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"payload\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + payload + "\r\n--" + boundary + "--\r\n";
        return Http.post(scanner + "/webhooks/plex", "multipart/form-data; boundary=" + boundary, body);
    }

    /** Each secret as written, URL-encoded, and base64-encoded at each of the three byte alignments. */
    static Map<String, Set<String>> forms() {
        Map<String, Set<String>> forms = new LinkedHashMap<>();
        for (String secret : List.of(FakeUpstream.PLEX_TOKEN, FakeUpstream.HOME_TOKEN, FakeUpstream.TMDB_KEY,
                FakeUpstream.TVDB_KEY, FakeUpstream.TVDB_PIN, FakeUpstream.TVDB_JWT, WRONG_TMDB_KEY, WRONG_PLEX_TOKEN,
                HostileSystem.UI_PASSWORD)) {
            Set<String> variants = new LinkedHashSet<>();
            variants.add(secret);
            variants.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
            for (int shift = 0; shift < 3; shift++) {
                String encoded = Base64.getEncoder().encodeToString(("\0\0".substring(0, shift) + secret).getBytes(StandardCharsets.UTF_8));
                // Leave out the characters that depend on the neighbouring bytes: what remains is in any encoding.
                variants.add(encoded.substring(shift == 0 ? 0 : 4, encoded.length() - 4));
            }
            forms.put(secret, variants);
        }
        return forms;
    }

    static List<String> find(Map<String, Set<String>> forms, String where, String text) {
        List<String> found = new ArrayList<>();
        forms.forEach((secret, variants) -> variants.stream().filter(text::contains).findFirst()
                .ifPresent(variant -> found.add(where + " contains " + (variant.equals(secret) ? "the secret " : "an encoding of ")
                        + secret.substring(0, 8) + "…")));
        return found;
    }

    private static List<Path> logFiles(Path dataDir) {
        try (Stream<Path> files = Files.walk(dataDir)) {
            return files.filter(Files::isRegularFile).filter(f -> f.toString().contains("/logs/")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every record on every topic (dead-letter topics included), keyed by where it is, as key + value + headers. */
    static Map<String, String> everyRecord(String bootstrapServers) {
        Map<String, String> all = new LinkedHashMap<>();
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        Set<String> topics;
        try (Admin admin = Admin.create(p)) {
            topics = admin.listTopics().names().get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot list topics", e);
        }
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = topics.stream().flatMap(t -> consumer.partitionsFor(t).stream()
                    .map(info -> new TopicPartition(t, info.partition()))).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    StringBuilder text = new StringBuilder();
                    text.append(r.key() == null ? "" : new String(r.key(), StandardCharsets.UTF_8)).append('\n')
                            .append(r.value() == null ? "" : new String(r.value(), StandardCharsets.UTF_8));
                    for (Header h : r.headers()) {
                        text.append('\n').append(h.key()).append('=')
                                .append(h.value() == null ? "" : new String(h.value(), StandardCharsets.UTF_8));
                    }
                    all.put("topic " + r.topic() + "-" + r.partition() + "@" + r.offset(), text.toString());
                }
            }
        }
        return all;
    }
}
