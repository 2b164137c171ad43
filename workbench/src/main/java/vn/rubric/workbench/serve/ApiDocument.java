package vn.rubric.workbench.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.rubric.rules.score.ScoringMode;
import vn.rubric.workbench.exporters.PackJson;

/**
 * What the service publishes about itself: its OpenAPI description (3.1), {@code GET /health},
 * and the JSON Schemas of the documents it answers with. The request body's schema is the
 * evidence schema of the served pack.json, read from its bytes (the very document GET /pack
 * answers), so whatever changes pack.json's evidence changes the check and the description
 * alike. The output schemas are files in the jar (docs/schemas/), served as they are.
 */
public final class ApiDocument {

    public static final String OPENAPI_PATH = "/openapi.json";
    public static final String SCHEMAS_PATH = "/schemas";
    /** The output formats that have a schema, as {@code /schemas/NAME}. */
    public static final List<String> SCHEMAS = List.of("score@1.json", "errors@1.json", "pack@1.json",
            "simulation@1.json", "diff@2.json", "sweep@1.json", "changes@1.json");
    /** Where the jar carries them. */
    public static final String RESOURCES = "/vn/rubric/workbench/schemas/";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ApiDocument() {}

    /** The JSON Schema of one unit, as pack.json gives it, for the validator (Jackson 3 tree). */
    static tools.jackson.databind.JsonNode evidence(byte[] packJson) {
        tools.jackson.databind.JsonNode evidence = tools.jackson.databind.json.JsonMapper.builder().build().readTree(packJson).path("evidence");
        if (!evidence.isObject()) throw new IllegalStateException("pack.json has no evidence schema");
        return evidence;
    }

    /** A schema of the jar by its name, or null for a name that is not one of {@link #SCHEMAS}. */
    public static byte[] schema(String name) {
        if (!SCHEMAS.contains(name)) return null;
        try (InputStream in = ApiDocument.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) throw new IllegalStateException("the jar lacks " + RESOURCES + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A body declared as JSON ({@code application/json}, any {@code +json} type), or not declared at all. */
    static boolean isJson(String contentType) {
        if (contentType == null || contentType.isBlank()) return true;
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
    }

    /** {@code GET /health}: the service is up, which pack and version it serves, and its rules' checksum. */
    static byte[] health(byte[] packJson) {
        JsonNode pack = read(packJson);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("status", "ok");
        doc.put("pack", pack.path("id").asText());
        doc.put("version", pack.path("version").asText());
        StringBuilder sums = new StringBuilder();
        List<Object> files = new ArrayList<>();
        for (JsonNode entry : pack.path("jarEntries")) {
            String path = entry.path("path").asText();
            if (!path.endsWith(".drl")) continue;
            // as sha256sum prints them: "SUM  PATH" a line, in pack.json's order
            sums.append(entry.path("sha256").asText()).append("  ").append(path).append('\n');
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("path", path);
            f.put("sha256", entry.path("sha256").asText());
            files.add(f);
        }
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("sha256", PackJson.sha256(sums.toString().getBytes(StandardCharsets.UTF_8)));
        rules.put("files", files);
        doc.put("rules", rules);
        return bytes(doc);
    }

    /** The OpenAPI 3.1 description of the service for the pack of {@code packJson}. */
    static byte[] openApi(byte[] packJson, boolean quota) {
        JsonNode pack = read(packJson);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.1.0");
        doc.put("info", map("title", "Rubric Workbench score service: " + pack.path("id").asText(),
                "version", pack.path("version").asText(),
                "description", "Scores units under the regulation " + pack.path("regulation").path("id").asText()
                        + ", every point explained. The contract: docs/rule-pack.md, the score service."));
        doc.put("jsonSchemaDialect", "https://json-schema.org/draft/2020-12/schema");
        Map<String, Object> paths = new LinkedHashMap<>();
        paths.put("/score", map("post", score(quota)));
        paths.put("/pack", map("get", get("pack", "pack.json of the served pack, as `rubric export` writes it",
                json(ref(SCHEMAS_PATH + "/pack@1.json")))));
        paths.put("/views", map("get", get("views", "the views that plugins contribute",
                json(map("type", "array", "items", ref("#/components/schemas/View"))))));
        Map<String, Object> view = get("view", "one view of the served pack (e.g. outline, HTML)", map("*/*", map()));
        view.put("parameters", List.of(
                map("name", "id", "in", "path", "required", true, "schema", map("type", "string")),
                map("name", "unit", "in", "query", "required", false, "description", "the unit the view shows", "schema", map("type", "string"))));
        responses(view).put("404", text("no view of that id"));
        responses(view).put("500", text("the view failed; the plugin is named"));
        paths.put("/views/{id}", map("get", view));
        paths.put("/health", map("get", get("health", "the service is up: the pack, its version and its rules' checksum",
                json(ref("#/components/schemas/Health")))));
        paths.put(OPENAPI_PATH, map("get", get("openapi", "this description", json(map("type", "object")))));
        Map<String, Object> schema = get("schema", "a JSON Schema of an output format", map("application/schema+json", map("schema", map("type", "object"))));
        schema.put("parameters", List.of(map("name", "name", "in", "path", "required", true, "schema", map("type", "string", "enum", SCHEMAS))));
        responses(schema).put("404", text("no schema of that name"));
        paths.put(SCHEMAS_PATH + "/{name}", map("get", schema));
        doc.put("paths", paths);

        Map<String, Object> schemas = new LinkedHashMap<>();
        schemas.put("Unit", MAPPER.convertValue(pack.path("evidence"), Map.class));
        schemas.put("ScoreRequest", map("description", "units as a list, or as {\"units\": [...]}",
                "oneOf", List.of(map("type", "array", "items", ref("#/components/schemas/Unit")),
                        map("type", "object", "properties", map("units", map("type", "array", "items", ref("#/components/schemas/Unit"))),
                                "required", List.of("units"), "additionalProperties", false))));
        schemas.put("Health", map("type", "object", "required", List.of("status", "pack", "version", "rules"),
                "properties", map("status", map("const", "ok"), "pack", map("type", "string"), "version", map("type", "string"),
                        "rules", map("type", "object", "required", List.of("sha256", "files"), "properties", map(
                                "sha256", map("type", "string", "description", "the sha256 of the lines \"SHA256  PATH\" (as sha256sum prints them) of the rules' files, in pack.json's order"),
                                "files", map("type", "array", "items", map("type", "object", "required", List.of("path", "sha256"),
                                        "properties", map("path", map("type", "string"), "sha256", map("type", "string")))))))));
        schemas.put("View", map("type", "object", "required", List.of("id", "mediaType", "href"),
                "properties", map("id", map("type", "string"), "mediaType", map("type", "string"), "href", map("type", "string"))));
        doc.put("components", map("schemas", schemas));
        return bytes(doc);
    }

    private static Map<String, Object> score(boolean quota) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("operationId", "score");
        op.put("summary", "score units: evidence in, explained score sheets out");
        op.put("parameters", List.of(
                map("name", ScoreService.SCORING, "in", "query", "required", quota,
                        "description", "how the units of the request are rated when a class has a quota: population (the quota is applied among"
                                + " the units of this request, as `rubric score` does) or individual (each unit gets the class its points and bars"
                                + " earn, and its sheet says the quota is pending). Required when the pack has a quota.",
                        "schema", map("type", "string", "enum", java.util.Arrays.stream(ScoringMode.values()).map(ScoringMode::word).toList())),
                map("name", "lang", "in", "query", "required", false, "description", "the language of messages; before Accept-Language",
                        "schema", map("type", "string", "enum", Languages.SUPPORTED)),
                map("name", "Accept-Language", "in", "header", "required", false, "description", "the language of messages (vi or en)",
                        "schema", map("type", "string"))));
        op.put("requestBody", map("required", true, "content", json(ref("#/components/schemas/ScoreRequest"))));
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("200", map("description", "the score sheets; `warnings` (and `problems`, the units left out) when there are any",
                "content", json(ref(SCHEMAS_PATH + "/score@1.json"))));
        Object errors = json(ref(SCHEMAS_PATH + "/errors@1.json"));
        responses.put("400", map("description", "the body breaks the schema: every error with its JSON pointer, line and column", "content", errors));
        responses.put("413", map("description", "the body is larger than the limit (E-INPUT-TOO-LARGE-BODY)", "content", errors));
        responses.put("415", map("description", "the body is not declared as JSON (E-API-MEDIA-TYPE)", "content", errors));
        op.put("responses", responses);
        return op;
    }

    private static Map<String, Object> get(String id, String what, Map<String, Object> content) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("operationId", id);
        op.put("summary", what);
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("200", map("description", what, "content", content));
        op.put("responses", responses);
        return op;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> responses(Map<String, Object> op) {
        return (Map<String, Object>) op.get("responses");
    }

    private static Map<String, Object> json(Object schema) {
        return map("application/json", map("schema", schema));
    }

    private static Map<String, Object> text(String what) {
        return map("description", what, "content", map("text/plain", map("schema", map("type", "string"))));
    }

    private static Map<String, Object> ref(String to) {
        return map("$ref", to);
    }

    /** A map in the order given (the document's bytes do not change from one start to the next). */
    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    private static JsonNode read(byte[] json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Object doc) {
        try {
            return (MAPPER.writeValueAsString(doc) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
