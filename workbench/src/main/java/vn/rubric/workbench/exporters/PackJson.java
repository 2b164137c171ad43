package vn.rubric.workbench.exporters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.rubric.dsl.compile.FactModel;
import vn.rubric.dsl.compile.QuotaCompiler;
import vn.rubric.dsl.expr.ExpressionText;
import vn.rubric.dsl.model.Criterion;
import vn.rubric.dsl.model.EvidenceField;
import vn.rubric.dsl.model.Item;
import vn.rubric.dsl.model.Parameter;
import vn.rubric.dsl.model.RatingClass;
import vn.rubric.dsl.model.Regulation;
import vn.rubric.dsl.model.Rounding;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.model.Scoring;
import vn.rubric.dsl.model.Section;
import vn.rubric.dsl.model.Tier;
import vn.rubric.dsl.pack.RulePack;

/**
 * pack.json: an exported pack described for any system, JVM or not (docs/rule-pack.md):
 * the regulation, its criteria, items, sections, rating classes and parameters, the
 * evidence a unit reports as a JSON Schema, how to run it with Drools, and the sha256 of
 * every file. Keys keep a fixed order, so the same pack gives the same bytes.
 */
public final class PackJson {

    public static final String FORMAT_ID = "rubric-workbench/pack@1";
    /** Where the copy inside the KJAR lives (it cannot list the KJAR's own checksum). */
    public static final String JAR_ENTRY = "META-INF/rubric/pack.json";

    /** A file (or a jar entry) and its checksum. */
    public record FileSum(String path, String sha256, long size) {
        public static FileSum of(String path, byte[] bytes) {
            return new FileSum(path, PackJson.sha256(bytes), bytes.length);
        }
    }

    /** What verify-pack reads back: identity, checksums and the plugins the pack declares. */
    public record Manifest(String format, String id, String version, List<FileSum> files, List<FileSum> jarEntries, List<Plugin> plugins) {}

    /** A plugin whose functions the pack's rules call (their code is in the DRL), and the versions of it that will do. */
    public record Plugin(String id, String version) {}

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PackJson() {}

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The sha256 of a stream, read in pieces (a large file is never held whole). */
    public static String sha256(java.io.InputStream in) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) sha.update(buffer, 0, n);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The document; {@code files} are the pack's files beside the KJAR, {@code jarEntries} every entry of the KJAR but this one. */
    static byte[] write(RulePack pack, String version, List<FileSum> files, List<FileSum> jarEntries) throws IOException {
        Rubric rubric = pack.rubric();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", FORMAT_ID);
        doc.put("id", pack.id());
        doc.put("version", version);
        doc.put("status", PackVersion.status(version));
        doc.put("regulation", regulation(rubric.regulation()));
        doc.put("drools", drools(pack, version));
        List<Object> plugins = new ArrayList<>();
        for (vn.rubric.dsl.model.PluginNeed need : rubric.plugins()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", need.id());
            m.put("version", need.versions());
            plugins.add(m);
        }
        doc.put("plugins", plugins);
        List<Object> parameters = new ArrayList<>();
        for (Parameter p : rubric.parameters().values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("value", p.value());
            m.put("label", p.label());
            parameters.add(m);
        }
        doc.put("parameters", parameters);
        doc.put("evidence", EvidenceSchema.of(rubric));
        Map<String, List<String>> reads = pack.compiled().fieldsRead();
        List<Object> criteria = new ArrayList<>();
        for (Criterion c : rubric.criteria()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("title", c.title());
            m.put("max", c.max());
            m.put("citation", c.cite());
            m.put("items", items(c.items(), reads, rubric));
            criteria.add(m);
        }
        doc.put("criteria", criteria);
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("bonus", section(rubric.bonus(), reads, rubric));
        sections.put("deductions", section(rubric.deductions(), reads, rubric));
        doc.put("sections", sections);
        List<Object> rating = new ArrayList<>();
        for (RatingClass r : rubric.rating()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("class", r.name());
            m.put("min", r.isFallback() ? null : value(r.min(), rubric));
            m.put("minParameter", r.isFallback() ? null : r.min().parameter());
            List<Object> bars = new ArrayList<>();
            for (RatingClass.Bar b : r.barredIf()) {
                Map<String, Object> bar = new LinkedHashMap<>();
                bar.put("when", ExpressionText.of(b.when()));
                bar.put("because", b.because());
                bars.add(bar);
            }
            m.put("barredIf", bars);
            m.put("quota", quota(r, rubric));
            rating.add(m);
        }
        doc.put("rating", rating);
        doc.put("files", sums(files));
        doc.put("jarEntries", sums(jarEntries));
        return (MAPPER.writeValueAsString(doc) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Reads identity and checksums back; throws when the text is not a pack.json of this format. */
    public static Manifest read(byte[] json) throws IOException {
        // text after the object would be passed over in silence
        JsonNode root = MAPPER.reader().with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(json);
        if (root == null || !root.isObject()) throw new IOException("not a JSON object");
        return new Manifest(root.path("format").asText(null), root.path("id").asText(null), root.path("version").asText(null),
                readSums(root.path("files")), readSums(root.path("jarEntries")), readPlugins(root.path("plugins")));
    }

    /** A pack exported before plugins were declared has no list: none declared. */
    private static List<Plugin> readPlugins(JsonNode list) {
        List<Plugin> out = new ArrayList<>();
        for (JsonNode n : list) {
            if (n.path("id").isTextual()) out.add(new Plugin(n.get("id").asText(), n.path("version").asText("*")));
        }
        return out;
    }

    private static List<FileSum> readSums(JsonNode list) throws IOException {
        if (!list.isArray()) throw new IOException("no list of checksums");
        List<FileSum> out = new ArrayList<>();
        for (JsonNode n : list) {
            if (!n.path("path").isTextual() || !n.path("sha256").isTextual()) throw new IOException("a checksum without path or sha256");
            out.add(new FileSum(n.get("path").asText(), n.get("sha256").asText(), n.path("size").asLong(-1)));
        }
        return out;
    }

    private static Map<String, Object> regulation(Regulation r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("title", r.title());
        m.put("authority", r.authority());
        m.put("decision", r.decision());
        m.put("decisionDate", r.decisionDate());
        m.put("effectiveFrom", r.effectiveFrom());
        m.put("effectiveUntil", r.effectiveUntil());
        m.put("version", r.version());
        m.put("citation", r.cite());
        m.put("total", r.total());
        return m;
    }

    private static Map<String, Object> drools(RulePack pack, String version) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("groupId", KjarExporter.GROUP_ID);
        m.put("artifactId", pack.id());
        m.put("version", version);
        m.put("kbase", KjarExporter.KBASE);
        m.put("ksession", KjarExporter.KSESSION);
        m.put("package", pack.compiled().packageName());
        m.put("evidenceType", FactModel.UNIT);
        // the functions of plugins the rules call: their code is declared in the DRL, so Drools alone runs them
        m.put("functions", pack.rubric().pluginCalls().stream().map(vn.rubric.dsl.expr.Expr.PluginCall::name).distinct().toList());
        boolean quotas = pack.compiled().hasPopulationRules();
        // with a quota: the fact that makes a session a population, and the types the quota rules add
        m.put("populationType", quotas ? QuotaCompiler.POPULATION : null);
        m.put("resultTypes", quotas
                ? List.of(FactModel.UNIT, FactModel.TOTAL, FactModel.BAR, QuotaCompiler.STANDING, QuotaCompiler.POPULATION, QuotaCompiler.EXCLUDED, QuotaCompiler.PENDING)
                : List.of(FactModel.UNIT, FactModel.TOTAL, FactModel.BAR));
        return m;
    }

    /**
     * A class's quota as the rules apply it (null when it has none): at most {@code atMostPercent}
     * of the units rated together, the number of places rounded down, ranked by total, then the
     * points of each {@code tieBreak} id, then unit id; cited by the article that sets it.
     */
    private static Object quota(RatingClass r, Rubric rubric) {
        RatingClass.Quota q = r.quota();
        if (q == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("atMostPercent", value(q.percent(), rubric));
        m.put("percentParameter", q.percent().parameter());
        m.put("rounding", "down");
        m.put("rankedBy", "total");
        m.put("tieBreak", q.tieBreak());
        m.put("lastTieBreak", FactModel.UNIT_ID);   // the field, by its one name
        m.put("because", q.because());
        m.put("citation", quotaCitation(r, rubric));
        return m;
    }

    /** The article of the amending change that sets the quota, else the regulation's citation. */
    private static String quotaCitation(RatingClass r, Rubric rubric) {
        if (rubric.isAmending()) {
            for (vn.rubric.dsl.model.Amendment.Change c : rubric.amendment().changes()) {
                if (c.target().kind() == vn.rubric.dsl.model.Amendment.Kind.RATING_CLASS && r.name().equals(c.target().id())
                        && c.keys().contains("quota") && c.cite() != null) return c.cite();
            }
        }
        return rubric.regulation().cite();
    }

    private static Object section(Section s, Map<String, List<String>> reads, Rubric rubric) {
        if (s == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", s.title());
        m.put("max", s.max());
        m.put("items", items(s.items(), reads, rubric));
        return m;
    }

    private static List<Object> items(List<Item> items, Map<String, List<String>> reads, Rubric rubric) {
        List<Object> out = new ArrayList<>();
        for (Item i : items) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", i.id());
            m.put("title", i.title());
            m.put("max", i.max());
            m.put("citation", i.cite());
            m.put("reads", reads.getOrDefault(i.id(), List.of()));
            m.put("scoring", scoring(i.scoring(), rubric));
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> scoring(Scoring s, Rubric rubric) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (s instanceof Scoring.PickOne p) {
            m.put("kind", "pick-one");
            List<Object> tiers = new ArrayList<>();
            for (Tier t : p.tiers()) {
                Map<String, Object> tier = new LinkedHashMap<>();
                tier.put("label", t.label());
                tier.put("text", t.text());
                tier.put("when", t.isFallback() ? null : ExpressionText.of(t.when()));
                tier.put("points", value(t.points(), rubric));
                tier.put("pointsParameter", t.points().parameter());
                tiers.add(tier);
            }
            m.put("tiers", tiers);
            // tiers always apply first-match; the key says the rubric allows them to overlap
            if (p.firstMatch()) m.put("firstMatch", true);
        } else if (s instanceof Scoring.Assessed a) {
            m.put("kind", "assessed");
            m.put("field", a.field());
            rounding(m, a.rounding());
        } else if (s instanceof Scoring.Formula f) {
            m.put("kind", "formula");
            m.put("expression", ExpressionText.of(f.expression()));
            rounding(m, f.rounding());
        } else if (s instanceof Scoring.Drl d) {
            m.put("kind", "rule");
            m.put("file", d.file());
        }
        return m;
    }

    /** Points written as a parameter's name take that parameter's value (a pack that validated has it). */
    static double value(vn.rubric.dsl.model.Points p, Rubric rubric) {
        return p.parameter() == null ? p.value() : rubric.parameters().get(p.parameter()).value();
    }

    private static void rounding(Map<String, Object> m, Rounding r) {
        boolean none = r == null || r.step() <= 0;
        m.put("roundTo", none ? null : r.step());
        m.put("rounding", none ? null : r.mode().name().toLowerCase(Locale.ROOT));
    }

    private static List<Object> sums(List<FileSum> sums) {
        List<Object> out = new ArrayList<>();
        for (FileSum f : sums) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", f.path());
            m.put("sha256", f.sha256());
            m.put("size", f.size());
            out.add(m);
        }
        return out;
    }

    /** The evidence of one unit as a JSON Schema (draft 2020-12): the shape POST /score and the JSON importer take. */
    static final class EvidenceSchema {
        private EvidenceSchema() {}

        static Map<String, Object> of(Rubric rubric) {
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            schema.put("title", rubric.regulation().title());
            schema.put("type", "object");
            Map<String, Object> props = new LinkedHashMap<>();
            // LinkedHashMap, never Map.of: its order changes from one JVM to the next, and so would the bytes
            Map<String, Object> id = new LinkedHashMap<>();
            id.put("type", "string");
            id.put("minLength", 1);
            props.put("unit_id", id);
            Map<String, Object> name = new LinkedHashMap<>();
            name.put("type", "string");
            props.put("unit_name", name);
            List<String> required = new ArrayList<>();
            required.add("unit_id");
            for (EvidenceField f : rubric.evidence().values()) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("title", f.label());
                switch (f.type()) {
                    case COUNT -> {
                        p.put("type", "integer");
                        p.put("minimum", 0);
                    }
                    case NUMBER -> p.put("type", "number");
                    case SHARE -> {
                        p.put("type", "number");
                        p.put("minimum", 0);
                        p.put("maximum", 1);
                    }
                    case BOOLEAN -> p.put("type", "boolean");
                    case ENUM -> {
                        p.put("type", "string");
                        p.put("enum", List.copyOf(f.values().keySet()));
                        // the labels, in the JSON Schema idiom form builders read
                        List<Object> labelled = new ArrayList<>();
                        f.values().forEach((key, label) -> {
                            Map<String, Object> v = new LinkedHashMap<>();
                            v.put("const", key);
                            v.put("title", label);
                            labelled.add(v);
                        });
                        p.put("oneOf", labelled);
                    }
                }
                if (f.defaultValue() != null) p.put("default", f.defaultValue());
                else required.add(f.name());
                props.put(f.name(), p);
            }
            schema.put("properties", props);
            schema.put("required", required);
            schema.put("additionalProperties", false);
            return schema;
        }
    }
}
