package io.plexrecommend.system;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Hostile requests for one {@link FuzzTarget}, from a seeded {@link Random}: the same seed gives the same requests.
 * Each case changes one thing against a plausible request (one path or query parameter, or the body, or its
 * content type, or leaves out the UI's CSRF token), so a refusal can be traced to what caused it.
 */
final class FuzzCases {

    /** One request: what it is, and the bytes to send. {@code pathAndQuery} is already URI-encoded. */
    record FuzzCase(FuzzTarget target, String what, String pathAndQuery, String contentType, byte[] body,
            boolean withCsrf) {
        @Override
        public String toString() {
            String shown = new String(body, StandardCharsets.UTF_8);
            return target.method() + " " + (pathAndQuery.length() > 200 ? pathAndQuery.substring(0, 200) + "…" : pathAndQuery)
                    + " [" + what + "]" + (contentType == null ? "" : " " + contentType)
                    + (body.length == 0 ? "" : " body " + (shown.length() > 160 ? shown.substring(0, 160) + "… (" + body.length + " bytes)" : shown));
        }
    }

    static final List<String> PATH_VALUES = List.of("..", "..%2F..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "%252e%252e%252f", "movie:tmdb:-1", "movie:tmdb:99999999999999999999999", "movie:tmdb:0",
            "http:%2F%2F127.0.0.1:1%2Fx", "%40127.0.0.1:1", "movie:tmdb:603%40evil.example", "%00",
            "%0d%0aSet-Cookie:%20x=1", "%E5%90%8D%E5%89%8D%F0%9F%8E%AC", "%ff%fe%fd", "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "'%20OR%201=1--", "a".repeat(4000), "%20", "show:tvdb:81189%2F..%2F..", "movie%3Atmdb%3A603", "-1",
            "99999999999999999999");
    static final List<String> QUERY_VALUES = List.of("-1", "0", "2147483648", "-2147483649", "99999999999999999999999",
            "1e309", "NaN", "abc", "", "%00", "%E2%80%AE%F0%9F%8E%AC", "x".repeat(5000), "%0d%0a", "1.5", "true",
            "%3Cscript%3E");
    static final List<String> MALFORMED_JSON = List.of("{", "{\"a\":", "{]", "[1,2", "nul", "{\"a\":1}}", "",
            "{'single':'quotes'}", "{\"a\":NaN}", "\u0000");
    static final String CONTROL_AND_UNICODE = "\u0000\u0007\u001b[31m\r\n\t\u202e名前🎬\uFFFF\ud800<script>'\"&";

    private final Random random;

    FuzzCases(long seed) {
        this.random = new Random(seed);
    }

    List<FuzzCase> of(FuzzTarget target, int count, boolean csrfMatters) {
        List<Function<FuzzTarget, FuzzCase>> kinds = new ArrayList<>();
        if (!target.pathParams().isEmpty()) {
            kinds.add(this::hostilePathParam);
        }
        if (!target.queryParams().isEmpty()) {
            kinds.add(this::hostileQueryParam);
        }
        if (target.consumes("application/json")) {
            kinds.addAll(List.of(this::malformedJson, this::wrongTopLevel, this::wrongTypes, this::hugeNumbers,
                    this::controlCharacters, this::oversizedJson, this::deepJson, this::invalidUtf8Json,
                    this::wrongContentType));
        } else if (target.consumes("application/x-www-form-urlencoded")) {
            kinds.addAll(List.of(this::hostileForm, this::hostileForm, this::malformedForm, this::wrongContentType));
        } else if (target.consumes("multipart/form-data")) {
            kinds.addAll(List.of(this::multipartWithoutBoundary, this::garbageMultipart, this::hostileMultipart,
                    this::wrongContentType));
        } else if (target.hasBody()) {
            kinds.addAll(List.of(this::garbageText, this::hostileLines, this::wrongContentType));
        }
        if (kinds.isEmpty()) {
            kinds.add(this::plain);
        }
        List<FuzzCase> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            FuzzCase c = kinds.get(i % kinds.size()).apply(target);
            // Every third state-changing UI case leaves the CSRF token out: it must be refused before anything else.
            boolean withoutCsrf = csrfMatters && !target.method().equals("GET") && i % 3 == 2;
            cases.add(withoutCsrf ? new FuzzCase(target, c.what() + ", no CSRF token", c.pathAndQuery(), c.contentType(),
                    c.body(), false) : c);
        }
        return cases;
    }

    // ---- parameters ----

    private FuzzCase plain(FuzzTarget t) {
        return new FuzzCase(t, "plain", path(t, Map.of()) + query(t, Map.of()), null, new byte[0], true);
    }

    private FuzzCase hostilePathParam(FuzzTarget t) {
        String name = pick(List.copyOf(t.pathParams().keySet()));
        String value = pick(PATH_VALUES);
        return withBaseBody(t, "path " + name, path(t, Map.of(name, value)) + query(t, Map.of()));
    }

    private FuzzCase hostileQueryParam(FuzzTarget t) {
        Map<String, String> values = new LinkedHashMap<>();
        t.queryParams().keySet().forEach(name -> values.put(name, pick(QUERY_VALUES)));
        return withBaseBody(t, "query " + values.keySet(), path(t, Map.of()) + query(t, values));
    }

    private FuzzCase withBaseBody(FuzzTarget t, String what, String pathAndQuery) {
        if (t.consumes("application/json")) {
            return new FuzzCase(t, what, pathAndQuery, "application/json", utf8(baseJson(t, Map.of())), true);
        }
        if (t.consumes("application/x-www-form-urlencoded")) {
            return new FuzzCase(t, what, pathAndQuery, "application/x-www-form-urlencoded", utf8(form(t, Map.of())), true);
        }
        return new FuzzCase(t, what, pathAndQuery, t.hasBody() ? t.consumes().get(0) : null, new byte[0], true);
    }

    // ---- JSON bodies ----

    private FuzzCase malformedJson(FuzzTarget t) {
        return json(t, "malformed JSON", pick(MALFORMED_JSON));
    }

    private FuzzCase wrongTopLevel(FuzzTarget t) {
        return json(t, "wrong top-level type", t.bodyIsArray() ? pick(List.of("{}", "\"s\"", "42", "null"))
                : pick(List.of("[]", "\"s\"", "42", "null", "true", "[{}]")));
    }

    private FuzzCase wrongTypes(FuzzTarget t) {
        Map<String, String> values = new LinkedHashMap<>();
        t.bodyProperties().forEach((name, type) -> values.put(name, switch (type) {
            case "string" -> pick(List.of("{\"x\":[1]}", "123", "true", "[\"a\"]"));
            case "integer", "number" -> pick(List.of("\"nine\"", "{}", "[]", "true", "\"\""));
            case "boolean" -> pick(List.of("\"yes\"", "2", "{}"));
            case "array" -> pick(List.of("\"x\"", "{}", "[[[]]]", "[null,{},1]"));
            default -> pick(List.of("7", "\"x\"", "[]"));
        }));
        return json(t, "wrong types", object(t, values));
    }

    private FuzzCase hugeNumbers(FuzzTarget t) {
        Map<String, String> values = new LinkedHashMap<>();
        t.bodyProperties().forEach((name, type) -> values.put(name, switch (type) {
            case "integer", "number" -> pick(List.of("1e308", "-1e308", "9223372036854775808", "-9223372036854775809",
                    "1e400", "-1", "0", "2147483648", "-0.5"));
            case "array" -> "[" + pick(List.of("1e400", "-1", "99999999999999999999")) + "]";
            default -> "\"" + pick(List.of("-1", "99999999999999999999999", "1e309")) + "\"";
        }));
        return json(t, "huge and negative numbers", object(t, values));
    }

    private FuzzCase controlCharacters(FuzzTarget t) {
        String text = jsonString(CONTROL_AND_UNICODE);
        Map<String, String> values = new LinkedHashMap<>();
        t.bodyProperties().forEach((name, type) -> values.put(name, type.equals("array") ? "[" + text + "]" : text));
        values.put(CONTROL_AND_UNICODE.substring(0, 8), text);
        return json(t, "control characters and unicode", object(t, values));
    }

    private FuzzCase oversizedJson(FuzzTarget t) {
        String big = "\"" + "A".repeat(1 << 20) + "\"";
        if (t.bodyIsArray()) {
            return json(t, "oversized (1 MB array)", "[" + String.join(",", java.util.Collections.nCopies(150_000, "\"x\"")) + "]");
        }
        Map<String, String> values = new LinkedHashMap<>();
        t.bodyProperties().keySet().stream().findFirst().ifPresentOrElse(name -> values.put(name, big),
                () -> values.put("padding", big));
        return json(t, "oversized (1 MB string)", object(t, values));
    }

    private FuzzCase deepJson(FuzzTarget t) {
        return json(t, "nested 5000 deep", "[".repeat(5000) + "]".repeat(5000));
    }

    private FuzzCase invalidUtf8Json(FuzzTarget t) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(utf8("{\"" + t.bodyProperties().keySet().stream().findFirst().orElse("x") + "\":\""));
        bytes.writeBytes(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80});
        bytes.writeBytes(utf8("\"}"));
        return new FuzzCase(t, "invalid UTF-8", path(t, Map.of()) + query(t, Map.of()), "application/json",
                bytes.toByteArray(), true);
    }

    private FuzzCase wrongContentType(FuzzTarget t) {
        String type = pick(List.of("text/plain", "application/xml", "application/octet-stream", "image/png"));
        return new FuzzCase(t, "wrong content type", path(t, Map.of()) + query(t, Map.of()), type,
                utf8(t.consumes("application/json") ? baseJson(t, Map.of()) : "<a>1</a>"), true);
    }

    private FuzzCase json(FuzzTarget t, String what, String body) {
        return new FuzzCase(t, what, path(t, Map.of()) + query(t, Map.of()), "application/json", utf8(body), true);
    }

    private String baseJson(FuzzTarget t, Map<String, String> overrides) {
        return t.bodyIsArray() ? "[]" : object(t, overrides);
    }

    private static String object(FuzzTarget t, Map<String, String> values) {
        Map<String, String> all = new LinkedHashMap<>();
        t.bodyProperties().forEach((name, type) -> all.put(name, plausibleJson(name, type)));
        all.putAll(values);
        return all.entrySet().stream().map(e -> jsonString(e.getKey()) + ":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String plausibleJson(String name, String type) {
        return switch (type) {
            case "integer", "number" -> "5";
            case "boolean" -> "true";
            case "array" -> "[]";
            case "object" -> "{}";
            default -> name.toLowerCase().contains("id") ? "\"movie:tmdb:603\"" : "\"fuzz\"";
        };
    }

    // ---- forms, multipart, text ----

    private FuzzCase hostileForm(FuzzTarget t) {
        Map<String, String> values = new LinkedHashMap<>();
        t.bodyProperties().keySet().forEach(name -> values.put(name, pick(QUERY_VALUES)));
        return new FuzzCase(t, "hostile form values", path(t, Map.of()) + query(t, Map.of()),
                "application/x-www-form-urlencoded", utf8(form(t, values)), true);
    }

    private FuzzCase malformedForm(FuzzTarget t) {
        return new FuzzCase(t, "malformed form", path(t, Map.of()) + query(t, Map.of()),
                "application/x-www-form-urlencoded", utf8(pick(List.of("%zz=%", "=&=&&==", "a=" + "%".repeat(50), "\u0000=\u0000"))), true);
    }

    private FuzzCase multipartWithoutBoundary(FuzzTarget t) {
        return new FuzzCase(t, "multipart without boundary", path(t, Map.of()) + query(t, Map.of()),
                "multipart/form-data", utf8("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--x--\r\n"), true);
    }

    private FuzzCase garbageMultipart(FuzzTarget t) {
        return new FuzzCase(t, "garbage multipart", path(t, Map.of()) + query(t, Map.of()),
                "multipart/form-data; boundary=fuzzBoundary", randomBytes(2048), true);
    }

    private FuzzCase hostileMultipart(FuzzTarget t) {
        StringBuilder body = new StringBuilder();
        List<String> names = new ArrayList<>(t.bodyProperties().keySet());
        names.add("../../etc/passwd");
        for (String name : names) {
            body.append("--fuzzBoundary\r\nContent-Disposition: form-data; name=\"").append(name)
                    .append("\"; filename=\"..%2F..%2F").append(CONTROL_AND_UNICODE.replace("\r\n", "")).append("\"\r\n")
                    .append("Content-Type: application/octet-stream\r\n\r\n")
                    .append(pick(List.of("\u0000\u0001\u0002", "\"unbalanced,quote\n", CONTROL_AND_UNICODE, "{\"tmdb_id\":\"x\"}")))
                    .append("\r\n");
        }
        body.append("--fuzzBoundary--\r\n");
        return new FuzzCase(t, "hostile multipart parts", path(t, Map.of()) + query(t, Map.of()),
                "multipart/form-data; boundary=fuzzBoundary", utf8(body.toString()), true);
    }

    private FuzzCase garbageText(FuzzTarget t) {
        return new FuzzCase(t, "random bytes", path(t, Map.of()) + query(t, Map.of()), t.consumes().get(0),
                randomBytes(4096), true);
    }

    private FuzzCase hostileLines(FuzzTarget t) {
        String body = pick(List.of("\"unbalanced,quote\nx,y\n", "a,".repeat(100_000) + "\n",
                "tmdb_id,rating\n603,11\n-1,-5\n99999999999999999999,1e400\n" + CONTROL_AND_UNICODE + ",5\n",
                "{\"tmdb_id\":\"x\",\"title\":[]}\n{\"title\":\"" + "B".repeat(200_000) + "\",\"tmdb_id\":-1}\n{\n"));
        return new FuzzCase(t, "hostile lines", path(t, Map.of()) + query(t, Map.of()), t.consumes().get(0), utf8(body), true);
    }

    // ---- helpers ----

    private String path(FuzzTarget t, Map<String, String> hostile) {
        String path = t.path();
        for (String name : t.pathParams().keySet()) {
            String value = hostile.getOrDefault(name, plausiblePathValue(t.path(), name));
            path = path.replace("{" + name + "}", value);
        }
        return path;
    }

    private static String plausiblePathValue(String path, String name) {
        String lower = name.toLowerCase();
        if (lower.contains("profile")) {
            return "fuzzer";
        }
        if (lower.equals("type")) {
            return "movie";
        }
        if (path.contains("/scans/")) {
            return "1";
        }
        return "movie:tmdb:603";
    }

    private static String query(FuzzTarget t, Map<String, String> values) {
        return values.isEmpty() ? "" : values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&", "?", ""));
    }

    private static String form(FuzzTarget t, Map<String, String> values) {
        Map<String, String> all = new LinkedHashMap<>();
        t.bodyProperties().keySet().forEach(name -> all.put(name, "fuzz"));
        all.putAll(values);
        return all.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }

    private static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
