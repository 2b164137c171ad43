package vn.rubric.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.workbench.exporters.PackJson;

/**
 * serve-api describes itself (issue 12, item 4): GET /openapi.json is an OpenAPI 3.1 document
 * that an OpenAPI parser reads without complaint, whose every reference resolves (the output
 * schemas served at /schemas/NAME, their own references too), whose request body schema is
 * the check POST /score makes; GET /health says which pack and rules are served.
 */
class ApiDescriptionTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Path HUNG_YEN = Path.of("..", "samples", "hung-yen-02-2020");
    static ServedPack served;

    @BeforeAll
    static void start() {
        served = ServedPack.start(HUNG_YEN, "1.0.0", Messages.VIETNAMESE);
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @Test
    void theOpenApiDocumentParsesAsOpenApi31AndDescribesEveryRoute() throws Exception {
        HttpResponse<String> r = get("/openapi.json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/json"));
        ParseOptions options = new ParseOptions();
        // the references are checked below, against the running service
        options.setResolve(false);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(r.body(), null, options);
        assertEquals(List.of(), parsed.getMessages() == null ? List.of() : parsed.getMessages());
        OpenAPI api = parsed.getOpenAPI();
        assertNotNull(api);
        assertEquals("3.1.0", api.getOpenapi());
        assertEquals("1.0.0", api.getInfo().getVersion());
        assertTrue(api.getPaths().keySet().containsAll(List.of("/score", "/pack", "/views", "/views/{id}", "/health", "/openapi.json")), api.getPaths().keySet().toString());

        Operation score = api.getPaths().get("/score").getPost();
        assertEquals(Set.of("200", "400", "413", "415"), score.getResponses().keySet());
        Parameter scoring = score.getParameters().stream().filter(p -> p.getName().equals("scoring")).findFirst().orElseThrow();
        assertEquals("query", scoring.getIn());
        assertEquals(List.of("population", "individual"), scoring.getSchema().getEnum());
        Parameter lang = score.getParameters().stream().filter(p -> p.getName().equals("lang")).findFirst().orElseThrow();
        assertEquals(List.of("vi", "en"), lang.getSchema().getEnum());
        assertEquals("#/components/schemas/ScoreRequest", score.getRequestBody().getContent().get("application/json").getSchema().get$ref());
        assertEquals("/schemas/errors@1.json", score.getResponses().get("400").getContent().get("application/json").getSchema().get$ref());
    }

    @Test
    void everyReferenceResolvesTheOutputSchemasThroughTheService() throws Exception {
        JsonNode doc = JSON.readTree(get("/openapi.json").body());
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        Set<String> external = new TreeSet<>();
        for (String ref : refs) {
            if (ref.startsWith("#/")) assertFalse(doc.at(ref.substring(1)).isMissingNode(), ref + " is not in the document");
            else external.add(ref);
        }
        assertEquals(Set.of("/schemas/score@1.json", "/schemas/errors@1.json", "/schemas/pack@1.json"), external);
        for (String ref : external) {
            HttpResponse<String> schema = get(ref);
            assertEquals(200, schema.statusCode(), ref);
            assertEquals("application/schema+json", schema.headers().firstValue("content-type").orElse("").split(";")[0], ref);
            assertEquals(new String(vn.rubric.workbench.serve.ApiDocument.schema(ref.substring("/schemas/".length())), StandardCharsets.UTF_8), schema.body(), ref);
        }
        // the served schemas, as the jar carries them: their own references ("errors@1.json#/$defs/error") resolve beside them
        Schema sheets = OutputSchemasTest.schema("score@1.json");
        HttpResponse<String> scored = post("/score", "[ " + StrictApiTest.unit("a", "") + " ]");
        assertEquals(200, scored.statusCode(), scored.body());
        assertTrue(scored.body().contains("\"warnings\""), scored.body());
        assertEquals(List.of(), sheets.validate(scored.body(), InputFormat.JSON));
        ObjectNode broken = (ObjectNode) JSON.readTree(scored.body());
        ((ObjectNode) broken.get("warnings").get(0)).remove("pointer");
        assertFalse(sheets.validate(JSON.writeValueAsString(broken), InputFormat.JSON).isEmpty(), "the warnings' schema is read from errors@1.json");
        Schema pack = OutputSchemasTest.schema("pack@1.json");
        assertEquals(List.of(), pack.validate(get("/pack").body(), InputFormat.JSON));
        assertEquals(404, get("/schemas/nothing.json").statusCode());
    }

    @Test
    void theDescribedBodyIsTheBodyTheServiceChecks() throws Exception {
        JsonNode doc = JSON.readTree(get("/openapi.json").body());
        // the components as a JSON Schema document of their own, the request's schema at its root
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", "#/components/schemas/ScoreRequest");
        root.set("components", doc.get("components"));
        Schema request = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(JSON.writeValueAsString(root));
        String good = "{ \"units\": [ " + StrictApiTest.unit("a", "") + " ] }";
        String unknownField = "[ " + StrictApiTest.unit("a", ", \"hot_spots\": \"none\"") + " ]";
        assertEquals(List.of(), request.validate(good, InputFormat.JSON));
        assertFalse(request.validate(unknownField, InputFormat.JSON).isEmpty());
        assertEquals(200, post("/score", good).statusCode());
        assertEquals(400, post("/score", unknownField).statusCode());
        // the unit's schema is pack.json's evidence, the one GET /pack publishes
        assertEquals(JSON.readTree(served.packJson()).get("evidence"), doc.at("/components/schemas/Unit"));
    }

    @Test
    void healthSaysThePackItsVersionAndTheRulesChecksum() throws Exception {
        HttpResponse<String> r = get("/health");
        assertEquals(200, r.statusCode());
        JsonNode health = JSON.readTree(r.body());
        assertEquals("ok", health.get("status").asText());
        assertEquals("hung-yen-02-2020", health.get("pack").asText());
        assertEquals("1.0.0", health.get("version").asText());
        // the checksum a client can compute from pack.json: sha256 of "SHA256  PATH" lines of the rules' entries
        StringBuilder lines = new StringBuilder();
        int files = 0;
        for (JsonNode e : JSON.readTree(served.packJson()).get("jarEntries")) {
            if (!e.get("path").asText().endsWith(".drl")) continue;
            lines.append(e.get("sha256").asText()).append("  ").append(e.get("path").asText()).append('\n');
            files++;
        }
        assertTrue(files > 0);
        assertEquals(PackJson.sha256(lines.toString().getBytes(StandardCharsets.UTF_8)), health.at("/rules/sha256").asText());
        assertEquals(files, health.at("/rules/files").size());
    }

    static void collectRefs(JsonNode node, List<String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                if (f.getKey().equals("$ref") && f.getValue().isTextual()) out.add(f.getValue().asText());
                else collectRefs(f.getValue(), out);
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, out));
        }
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return served.get(path);
    }

    static HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return served.post(path, body);
    }
}
