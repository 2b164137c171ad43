package vn.rubric.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieModule;

/**
 * The exported Hưng Yên pack used by a system with Drools alone, loaded twice: as the Maven
 * dependency on this build's class path, and from the jar file. For every sample unit, the
 * points of every item and criterion, the total, the class and the bars must equal what
 * {@code rubric score --format json} gave (written by the samples build).
 */
class ExportedPackConsumerTest {

    static final String PACKAGE = "rubric.hung_yen_02_2020";
    static final String PACK_JSON = "META-INF/rubric/pack.json";
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void asAMavenDependencyOnTheClassPath() throws Exception {
        KieBase kb = KieServices.Factory.get().getKieClasspathContainer().getKieBase("rubric");
        assertNotNull(kb, "the class path holds a KJAR with the kbase \"rubric\"");
        agreesWithTheWorkbench(new PackScorer(kb, PACKAGE));
    }

    @Test
    void fromTheJarFile() throws Exception {
        KieServices ks = KieServices.Factory.get();
        KieModule module = ks.getRepository().addKieModule(ks.getResources().newFileSystemResource(new File(property("pack.jar"))));
        KieBase kb = ks.newKieContainer(module.getReleaseId()).getKieBase("rubric");
        agreesWithTheWorkbench(new PackScorer(kb, PACKAGE));
    }

    @Test
    void theDependencyIsThePackJustExported() throws Exception {
        URL url = getClass().getClassLoader().getResource(PACK_JSON);
        assertNotNull(url, "the pack's pack.json is on the class path");
        Path jar = Path.of(((JarURLConnection) url.openConnection()).getJarFileURL().toURI());
        assertTrue(jar.toString().replace('\\', '/').endsWith("vn/rubric/pack/hung-yen-02-2020/1.0.0/hung-yen-02-2020-1.0.0.jar"), jar.toString());
        assertEquals(sha256(Path.of(property("pack.jar"))), sha256(jar), "Maven resolved the jar the samples build exported and installed");
    }

    static void agreesWithTheWorkbench(PackScorer scorer) throws Exception {
        JsonNode packJson;
        try (InputStream in = ExportedPackConsumerTest.class.getClassLoader().getResourceAsStream(PACK_JSON)) {
            packJson = JSON.readTree(in);
        }
        agreesWithTheWorkbench(scorer.score(units(scorer, packJson, Path.of(property("units.csv")))), Path.of(property("expected.scores")));
    }

    /** Every unit's items, criteria, total, class and bars as {@code rubric score --format json} wrote them in {@code expectedScores}. */
    static void agreesWithTheWorkbench(Map<String, PackScorer.UnitResult> actual, Path expectedScores) throws Exception {
        JsonNode expected = JSON.readTree(expectedScores.toFile());
        assertEquals("rubric-workbench/score@1", expected.get("format").asText());
        assertEquals(expected.get("units").size(), actual.size(), "every unit of units.csv was scored by the workbench");
        for (JsonNode u : expected.get("units")) {
            String id = u.get("unit").get("id").asText();
            PackScorer.UnitResult r = actual.get(id);
            assertNotNull(r, id);
            for (JsonNode item : u.get("items")) {
                assertEquals(item.get("points").asDouble(), r.items().get(item.get("id").asText()), 1e-9, id + " item " + item.get("id"));
            }
            assertEquals(u.get("items").size(), r.items().size(), id);
            for (JsonNode c : u.get("criteria")) {
                assertEquals(c.get("points").asDouble(), r.criteria().get(c.get("id").asText()), 1e-9, id + " criterion " + c.get("id"));
            }
            assertEquals(u.get("total").asDouble(), r.total(), 1e-9, id + " total");
            assertEquals(u.get("class").asText(), r.ratingClass(), id + " class");
            List<String> bars = new ArrayList<>();
            u.get("barred").forEach(b -> bars.add(b.get("class").asText() + ": " + b.get("reason").asText()));
            bars.sort(null);
            assertEquals(bars, r.barred(), id + " barred");
        }
    }

    /**
     * A CSV file of units read as a consumer would: the header names Evidence fields (a column
     * the pack has no field for is passed over); each cell typed by the field's Java type; an
     * empty cell, or a field with no column, takes the default pack.json gives the field.
     */
    static List<Map<String, Object>> units(PackScorer scorer, JsonNode packJson, Path csv) throws IOException {
        JsonNode properties = packJson.get("evidence").get("properties");
        List<List<String>> rows = Csv.parse(Files.readString(csv, StandardCharsets.UTF_8));
        List<String> header = rows.get(0);
        List<Map<String, Object>> units = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            Map<String, Object> unit = new LinkedHashMap<>();
            properties.fields().forEachRemaining(p -> {
                if (p.getValue().has("default")) unit.put(p.getKey(), typed(scorer.fieldType(p.getKey()), p.getValue().get("default").asText()));
            });
            for (int i = 0; i < header.size(); i++) {
                String column = header.get(i), cell = row.get(i).strip();
                // one set of names: unit_id and unit_name are Unit's fields as they are pack.json's columns
                if (column.equals("unit_id") || column.equals("unit_name")) unit.put(column, cell);
                else if (scorer.hasField(column) && !cell.isEmpty()) unit.put(column, typed(scorer.fieldType(column), cell));
            }
            units.add(unit);
        }
        return units;
    }

    static Object typed(Class<?> type, String text) {
        if (type == int.class || type == Integer.class) return Integer.parseInt(text);
        if (type == double.class || type == Double.class) return Double.parseDouble(text);
        if (type == boolean.class || type == Boolean.class) return Boolean.parseBoolean(text);
        return text;
    }

    static String property(String name) {
        String v = System.getProperty(name);
        assertTrue(v != null && !v.isBlank(), "the samples build sets -D" + name);
        return v;
    }

    static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }
}
