package io.plexrecommend.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Keeps docs/events.md, the contract integrators read, in step with the records. */
class EventsDocumentationTest {

    private static final Pattern EXAMPLE = Pattern.compile("<!-- example: (\\w+) -->\\s*```json\\n(.*?)```",
            Pattern.DOTALL);

    private static Map<String, String> examples() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "events.md"));
        Map<String, String> examples = new LinkedHashMap<>();
        Matcher m = EXAMPLE.matcher(doc);
        while (m.find()) {
            examples.put(m.group(1), m.group(2));
        }
        return examples;
    }

    @Test
    void documentsOneExamplePerEventType() throws IOException {
        var eventTypes = new TreeSet<String>();
        for (var type : PlexRecommendEvent.class.getAnnotation(
                com.fasterxml.jackson.annotation.JsonSubTypes.class).value()) {
            eventTypes.add(type.name());
        }
        assertThat(examples().keySet()).containsExactlyInAnyOrderElementsOf(eventTypes);
    }

    @Test
    void everyExampleDecodesAndHasExactlyTheRecordsFields() throws IOException {
        for (var example : examples().entrySet()) {
            PlexRecommendEvent event = EventCodec.decode(example.getValue(), PlexRecommendEvent.class);
            assertThat(event.getClass().getSimpleName()).isEqualTo(example.getKey());

            JsonNode documented = EventCodec.mapper().readTree(example.getValue());
            JsonNode encoded = EventCodec.mapper().readTree(EventCodec.encode(event));
            assertThat(encoded).as("fields of %s in docs/events.md", example.getKey()).isEqualTo(documented);
        }
    }
}
