package io.plexrecommend.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One public HTTP operation of a running service, as its own OpenAPI document ({@code /q/openapi?format=json})
 * describes it: method, path template, path and query parameters with their types, and the request body's
 * content types and JSON properties. Read at run time, so an endpoint added tomorrow is fuzzed tomorrow.
 */
record FuzzTarget(String service, String method, String path, Map<String, String> pathParams,
        Map<String, String> queryParams, List<String> consumes, Map<String, String> bodyProperties,
        boolean bodyIsArray) {

    private static final ObjectMapper JSON = new ObjectMapper();

    String name() {
        return service + " " + method + " " + path;
    }

    boolean hasBody() {
        return !consumes.isEmpty();
    }

    boolean consumes(String type) {
        return consumes.stream().anyMatch(c -> c.toLowerCase(Locale.ROOT).startsWith(type));
    }

    /** Every operation in the service's OpenAPI document. */
    static List<FuzzTarget> fromOpenApi(String service, String openApiJson) {
        JsonNode doc;
        try {
            doc = JSON.readTree(openApiJson);
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenAPI document of " + service + " is not JSON", e);
        }
        List<FuzzTarget> targets = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = paths.next();
            for (String method : List.of("get", "post", "put", "delete", "patch")) {
                JsonNode operation = entry.getValue().get(method);
                if (operation != null) {
                    targets.add(of(service, method.toUpperCase(Locale.ROOT), entry.getKey(), entry.getValue(), operation, doc));
                }
            }
        }
        return targets;
    }

    private static FuzzTarget of(String service, String method, String path, JsonNode pathItem, JsonNode operation,
            JsonNode doc) {
        Map<String, String> pathParams = new LinkedHashMap<>();
        Map<String, String> queryParams = new LinkedHashMap<>();
        List<JsonNode> parameters = new ArrayList<>();
        pathItem.path("parameters").forEach(parameters::add);
        operation.path("parameters").forEach(parameters::add);
        for (JsonNode parameter : parameters) {
            String type = resolve(parameter.path("schema"), doc).path("type").asText("string");
            switch (parameter.path("in").asText()) {
                case "path" -> pathParams.put(parameter.path("name").asText(), type);
                case "query" -> queryParams.put(parameter.path("name").asText(), type);
                default -> { }
            }
        }
        // Path parameters the document forgot are still in the template.
        java.util.regex.Matcher placeholder = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
        while (placeholder.find()) {
            pathParams.putIfAbsent(placeholder.group(1), "string");
        }
        List<String> consumes = new ArrayList<>();
        Map<String, String> properties = new LinkedHashMap<>();
        boolean array = false;
        JsonNode content = operation.path("requestBody").path("content");
        for (Iterator<Map.Entry<String, JsonNode>> types = content.fields(); types.hasNext(); ) {
            Map.Entry<String, JsonNode> type = types.next();
            consumes.add(type.getKey());
            JsonNode schema = resolve(type.getValue().path("schema"), doc);
            array |= "array".equals(schema.path("type").asText());
            schema.path("properties").fields().forEachRemaining(p ->
                    properties.putIfAbsent(p.getKey(), resolve(p.getValue(), doc).path("type").asText("object")));
        }
        return new FuzzTarget(service, method, path, pathParams, queryParams, consumes, properties, array);
    }

    private static JsonNode resolve(JsonNode schema, JsonNode doc) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            return doc.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        if (schema.has("allOf") && schema.get("allOf").size() > 0) {
            return resolve(schema.get("allOf").get(0), doc);
        }
        return schema.isMissingNode() ? new ObjectNode(JSON.getNodeFactory()) : schema;
    }
}
