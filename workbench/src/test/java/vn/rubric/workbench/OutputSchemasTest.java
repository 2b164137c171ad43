package vn.rubric.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.rules.pack.PackLoader;
import vn.rubric.workbench.exporters.KjarExporter;
import vn.rubric.workbench.serve.ApiDocument;

/**
 * Every JSON document the workbench emits (--format json of score, simulate, diff, sweep and
 * changes; pack.json; POST /score's answers) is valid against its published schema, made by
 * running the commands on the bundled samples; and the schemas are strict enough that a key
 * renamed in the code fails them: each key of each sample is renamed in turn, and the schema
 * must refuse the result (except the few keys the schemas say are optional, listed here).
 */
class OutputSchemasTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    static final Path SAMPLES = Path.of("..", "samples");
    static final Path BASE = SAMPLES.resolve("hung-yen-02-2020"), DRAFT = SAMPLES.resolve("hung-yen-draft");
    static final Path UNITS_2024 = SAMPLES.resolve("data").resolve("hung-yen-2024-units.csv");

    /** Sample outputs by the schema they follow, each with where it came from. */
    static final Map<String, List<Sample>> SAMPLE_OUTPUTS = new LinkedHashMap<>();
    static ServedPack served;

    record Sample(String from, String json) {}

    @BeforeAll
    static void makeSamples() throws Exception {
        add("score@1.json", "score BASE", cli("score", BASE.toString(), "--format", "json"));
        add("score@1.json", "score DRAFT", cli("score", DRAFT.toString(), "--format", "json"));
        add("simulation@1.json", "simulate BASE", cli("simulate", BASE.toString(), "--format", "json"));
        add("diff@2.json", "diff BASE DRAFT", cli("diff", BASE.toString(), DRAFT.toString(), "--data", UNITS_2024.toString(), "--format", "json"));
        add("sweep@1.json", "sweep BASE", cli("sweep", BASE.toString(), "--param", "top_class_min=85..95:5", "--format", "json"));
        add("changes@1.json", "changes BASE DRAFT", cli("changes", BASE.toString(), DRAFT.toString(), "--format", "json"));
        for (Path p : List.of(BASE, DRAFT)) {
            RulePack pack = PackLoader.load(p).pack();
            String version = p.equals(DRAFT) ? "1.1.0-draft.1" : "1.0.0";
            add("pack@1.json", "export " + p.getFileName(), new String(KjarExporter.files(pack, version).get(pack.id() + "-" + version + ".pack.json"), "UTF-8"));
        }
        // what the service answers: the pack, sheets with warnings, the errors of a 400 and a 415
        served = ServedPack.start(BASE, "1.0.0", Messages.VIETNAMESE);
        add("pack@1.json", "GET /pack", get("/pack", 200));
        add("score@1.json", "POST /score, warnings", post("[ " + StrictApiTest.unit("a", "") + " ]", "application/json", 200));
        add("errors@1.json", "POST /score, 400", post("[ " + StrictApiTest.unit("a", ", \"hot_spots\": 1") + ", 3 ]", "application/json", 400));
        add("errors@1.json", "POST /score, 400 not JSON", post("[ { \"unit_id\": ", "application/json", 400));
        add("errors@1.json", "POST /score, 415", post("[]", "text/csv", 415));
    }

    @AfterAll
    static void stop() {
        if (served != null) served.close();
    }

    @Test
    void everySampleOutputIsValidAgainstItsSchema() {
        assertEquals(Set.copyOf(ApiDocument.SCHEMAS), SAMPLE_OUTPUTS.keySet(), "every schema has a sample output, and every output a schema");
        List<String> invalid = new ArrayList<>();
        SAMPLE_OUTPUTS.forEach((name, samples) -> {
            for (Sample s : samples) {
                List<Error> errors = schema(name).validate(s.json(), InputFormat.JSON);
                if (!errors.isEmpty()) invalid.add(s.from() + " against " + name + ": " + errors.stream().limit(5).map(Error::toString).toList());
            }
        });
        assertEquals(List.of(), invalid);
    }

    @Test
    void aRenamedKeyFailsItsSchema() throws IOException {
        // keys a schema says may be left out, and the keys of maps (field names, criterion ids), which are data
        Set<String> optional = Set.of(
                "score@1.json /warnings", "score@1.json /problems",
                "pack@1.json /evidence/*", "pack@1.json /criteria[]/items[]/scoring/*",
                "pack@1.json /sections/bonus/items[]/scoring/*", "pack@1.json /sections/deductions/items[]/scoring/*",
                "score@1.json /units[]/items[]/read/*", "simulation@1.json /units[]/criteria/*");
        Set<String> notCaught = new TreeSet<>();
        int tried = 0;
        for (var e : SAMPLE_OUTPUTS.entrySet()) {
            Schema schema = schema(e.getKey());
            Set<String> seen = new TreeSet<>();
            for (Sample s : e.getValue()) {
                JsonNode doc = JSON.readTree(s.json());
                for (String[] place : keys(doc, "", new ArrayList<>())) {
                    String pattern = place[0];
                    if (!seen.add(pattern) || optional.stream().anyMatch(o -> matches(e.getKey() + " " + pattern, o))) continue;
                    JsonNode renamed = doc.deepCopy();
                    rename(renamed, place[1]);
                    tried++;
                    if (schema.validate(JSON.writeValueAsString(renamed), InputFormat.JSON).isEmpty()) notCaught.add(e.getKey() + " " + pattern);
                }
            }
        }
        assertTrue(tried > 150, "renamed " + tried + " keys");
        assertEquals(Set.of(), notCaught, "a key renamed in the output and still valid: make it required in its schema");
    }

    @Test
    void theSchemasInDocsAreTheOnesTheJarCarries() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "docs", "schemas"))) {
            Set<String> inDocs = files.map(f -> f.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(new TreeSet<>(ApiDocument.SCHEMAS), inDocs);
        }
        for (String name : ApiDocument.SCHEMAS) {
            assertEquals(Files.readString(Path.of("..", "docs", "schemas", name)), new String(ApiDocument.schema(name), "UTF-8"), name);
            JsonNode schema = JSON.readTree(ApiDocument.schema(name));
            assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText(), name);
            String format = "rubric-workbench/" + name.substring(0, name.length() - ".json".length());
            assertEquals(format, schema.at("/properties/format/const").asText(), name);
        }
    }

    @Test
    void aSchemaRefusesWhatItsFormatIsNot() throws IOException {
        // the schema test can fail: a sheet whose total is text, and the wrong format tag
        ObjectNode doc = (ObjectNode) JSON.readTree(SAMPLE_OUTPUTS.get("score@1.json").get(0).json());
        ((ObjectNode) doc.get("units").get(0)).put("total", "94,25");
        assertFalse(schema("score@1.json").validate(JSON.writeValueAsString(doc), InputFormat.JSON).isEmpty());
        ObjectNode other = (ObjectNode) JSON.readTree(SAMPLE_OUTPUTS.get("sweep@1.json").get(0).json());
        other.put("format", "rubric-workbench/sweep@2");
        assertFalse(schema("sweep@1.json").validate(JSON.writeValueAsString(other), InputFormat.JSON).isEmpty());
    }

    /** A schema as the jar carries it; its references to the other schemas resolve beside it. */
    static Schema schema(String name) {
        return SCHEMAS.getSchema(SchemaLocation.of("classpath:" + ApiDocument.RESOURCES.substring(1) + name));
    }

    /** Every key of the document: its pattern ("/units[]/total") and its JSON pointer in this document. */
    static List<String[]> keys(JsonNode node, String pointer, List<String[]> out) {
        return keys(node, pointer, "", out);
    }

    private static List<String[]> keys(JsonNode node, String pointer, String pattern, List<String[]> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                String p = pointer + "/" + f.getKey().replace("~", "~0").replace("/", "~1");
                String pat = pattern + "/" + f.getKey();
                out.add(new String[] {pat, p});
                keys(f.getValue(), p, pat, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) keys(node.get(i), pointer + "/" + i, pattern + "[]", out);
        }
        return out;
    }

    /** {@code pattern} is under {@code optional}, where "*" stands for any one key and what is under it. */
    static boolean matches(String pattern, String optional) {
        if (optional.endsWith("/*")) {
            String parent = optional.substring(0, optional.length() - 1);
            return pattern.startsWith(parent) && pattern.length() > parent.length();
        }
        return pattern.equals(optional);
    }

    static void rename(JsonNode doc, String pointer) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = pointer.substring(0, slash).isEmpty() ? doc : doc.at(pointer.substring(0, slash));
        String key = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        ObjectNode o = (ObjectNode) parent;
        // the same place in the key order, another name
        Map<String, JsonNode> kept = new LinkedHashMap<>();
        o.fields().forEachRemaining(f -> kept.put(f.getKey().equals(key) ? key + "_renamed" : f.getKey(), f.getValue()));
        o.removeAll();
        kept.forEach(o::set);
    }

    static void add(String schema, String from, String json) {
        SAMPLE_OUTPUTS.computeIfAbsent(schema, k -> new ArrayList<>()).add(new Sample(from, json));
    }

    static String cli(String... args) {
        Cli r = Cli.run(args);
        assertEquals(0, r.exit(), r.toString());
        return r.out();
    }

    static String get(String path, int status) throws IOException, InterruptedException {
        HttpResponse<String> r = served.get(path);
        assertEquals(status, r.statusCode(), r.body());
        return r.body();
    }

    static String post(String body, String type, int status) throws IOException, InterruptedException {
        HttpResponse<String> r = served.post("/score", body, type);
        assertEquals(status, r.statusCode(), r.body());
        return r.body();
    }
}
