package io.plexrecommend.scanner.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * The recorded Plex corpus under {@code src/test/resources/recorded/plex/} (see its {@code PROVENANCE.md}), and
 * webhooks posted the way Plex posts them.
 */
public final class Recorded {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A recorded file as text, e.g. {@code webhooks/media.rate-string-rating.json}. */
    public static String text(String path) {
        try (InputStream in = Recorded.class.getResourceAsStream("/recorded/plex/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no recorded file " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode json(String path) {
        try {
            return (ObjectNode) JSON.readTree(text(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code Metadata[]} of a recorded listing or metadata answer. */
    public static List<ObjectNode> items(String path) {
        List<ObjectNode> items = new ArrayList<>();
        json(path).path("MediaContainer").path("Metadata").forEach(n -> items.add((ObjectNode) n));
        return items;
    }

    /** The {@code Metadata} object of a recorded webhook: the item as the server had it. */
    public static ObjectNode webhookItem(String path) {
        return (ObjectNode) json(path).get("Metadata").deepCopy();
    }

    /** A {@code /library/metadata/{ratingKey}} answer around one item, in PMS's envelope. */
    public static String metadataAnswer(JsonNode item) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode container = root.putObject("MediaContainer").put("size", 1)
                .put("librarySectionID", item.path("librarySectionID").asInt())
                .put("librarySectionTitle", item.path("librarySectionTitle").asText());
        container.putArray("Metadata").add(item);
        return root.toString();
    }

    /**
     * A baseline JPEG of about {@code minBytes} or more: noise compresses badly, as a poster's detail does. Plex
     * sends the item's poster in the {@code thumb} part.
     */
    public static byte[] jpeg(int minBytes) {
        Random random = new Random(17);
        for (int side = 200; ; side += 100) {
            BufferedImage image = new BufferedImage(side, side * 3 / 2, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            for (int y = 0; y < image.getHeight(); y += 4) {
                for (int x = 0; x < image.getWidth(); x += 4) {
                    g.setColor(new Color(random.nextInt(0xFFFFFF)));
                    g.fillRect(x, y, 4, 4);
                }
            }
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                ImageIO.write(image, "jpg", out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (out.size() >= minBytes) {
                return out.toByteArray();
            }
        }
    }

    /** A webhook as Plex posts it: the JSON in a {@code payload} part typed application/json, then the poster. */
    public static Multipart plexWebhook(String payload, byte[] thumb) {
        String boundary = "------------------------" + Long.toHexString(new Random(payload.length()).nextLong());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"payload\"\r\n"
                + "Content-Type: application/json\r\n\r\n");
        write(body, payload);
        write(body, "\r\n");
        if (thumb != null) {
            write(body, "--" + boundary + "\r\n"
                    + "Content-Disposition: form-data; name=\"thumb\"; filename=\"image.jpg\"\r\n"
                    + "Content-Type: image/jpeg\r\n\r\n");
            body.writeBytes(thumb);
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        return new Multipart("multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    /** A multipart body and its content type. */
    public record Multipart(String contentType, byte[] body) {

        /** Posts it to {@code url} with a plain HTTP client (as PMS does), returning status and body. */
        public HttpResponse<String> post(String url) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", contentType).header("User-Agent", "PlexMediaServer/1.40.2.8395")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            try {
                // HTTP/1.1 as PMS posts, without the h2c upgrade the JDK client would otherwise attempt.
                return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                        .send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private Recorded() {
    }
}
