package io.plexrecommend.scanner.plex;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a Plex answer, JSON or XML, into the JSON envelope. PMS answers XML unless asked for JSON, and a proxy that
 * drops the {@code Accept} header makes it do so; the XML carries the same data in another shape, which is turned into
 * the JSON one here: {@code <MediaContainer a="1">} is the container, its {@code <Video>} elements and the
 * {@code <Directory>} elements that have a {@code ratingKey} (shows, seasons) are {@code Metadata[]}, the other
 * {@code <Directory>} elements (library sections) stay {@code Directory[]}, and child elements such as
 * {@code <Genre>}, {@code <Role>} or {@code <Guid>} become arrays even when there is one. Attribute values stay text;
 * Jackson converts numbers written as text when the records are read.
 */
final class PlexBodies {

    private static final Set<String> ITEM_ELEMENTS = Set.of("Video", "Directory", "Photo", "Track", "Playlist");
    private static final Pattern MEDIA_CONTAINER =
            Pattern.compile("^(<\\?xml[^>]*\\?>\\s*)?(<!--.*?-->\\s*)*<MediaContainer[\\s/>]", Pattern.DOTALL);

    private final ObjectMapper json;
    private final XmlMapper xml = new XmlMapper();

    PlexBodies(ObjectMapper json) {
        this.json = json;
    }

    /** @throws PlexErrorException naming the request when the body is neither Plex JSON nor Plex XML */
    PlexResponse read(String what, String contentType, String body) {
        String text = body == null ? "" : body.strip();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1).strip();
        }
        boolean isXml = text.startsWith("<") || contentType != null && contentType.toLowerCase().contains("xml");
        try {
            return isXml ? fromXml(text) : json.readValue(text, PlexResponse.class);
        } catch (IOException | IllegalArgumentException e) {
            String message = e instanceof JsonProcessingException p ? p.getOriginalMessage() : e.getMessage();
            throw new PlexErrorException(what + " with a body that is not the expected " + (isXml ? "Plex XML" : "JSON")
                    + ": " + firstLine(message));
        }
    }

    private PlexResponse fromXml(String text) throws IOException {
        // Only a MediaContainer is Plex's: an HTML page a proxy answers with 200 must not read as an empty library.
        if (!MEDIA_CONTAINER.matcher(text).lookingAt()) {
            throw new IllegalArgumentException("the root element is not <MediaContainer>: "
                    + text.substring(0, Math.min(60, text.length())));
        }
        JsonNode root = xml.readTree(text);
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("no MediaContainer element");
        }
        ObjectNode container = json.createObjectNode();
        List<JsonNode> metadata = new ArrayList<>();
        List<JsonNode> directories = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            String name = field.getKey();
            if (ITEM_ELEMENTS.contains(name)) {
                for (JsonNode element : elements(field.getValue())) {
                    ObjectNode entry = item(element);
                    if (name.equals("Directory") && !entry.has("ratingKey")) {
                        directories.add(entry);
                    } else if (!name.equals("Directory") || entry.has("ratingKey")) {
                        metadata.add(entry);
                    }
                }
            } else if (!name.isEmpty()) {
                container.set(name, field.getValue());
            }
        }
        if (!metadata.isEmpty()) {
            container.putArray("Metadata").addAll(metadata);
        }
        if (!directories.isEmpty()) {
            container.putArray("Directory").addAll(directories);
        }
        ObjectNode envelope = json.createObjectNode();
        envelope.set("MediaContainer", container);
        return json.treeToValue(envelope, PlexResponse.class);
    }

    /** One element: its attributes, and each child element kind ({@code Genre}, {@code Role}...) as an array. */
    private ObjectNode item(JsonNode element) {
        ObjectNode entry = json.createObjectNode();
        if (!element.isObject()) {
            return entry;
        }
        for (Map.Entry<String, JsonNode> field : element.properties()) {
            String name = field.getKey();
            if (name.isEmpty()) {
                continue; // text between child elements
            }
            if (Character.isUpperCase(name.charAt(0))) {
                ArrayNode values = entry.putArray(name);
                elements(field.getValue()).forEach(values::add);
            } else {
                entry.set(name, field.getValue());
            }
        }
        return entry;
    }

    private static List<JsonNode> elements(JsonNode value) {
        List<JsonNode> list = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(list::add);
        } else {
            list.add(value);
        }
        return list;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
