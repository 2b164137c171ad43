package vn.rubric.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.rubric.dsl.score.ScoreSheet;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.rules.pack.PackLoader;
import vn.rubric.rules.score.Scorer;
import vn.rubric.rules.score.ScoringMode;
import vn.rubric.workbench.exporters.KjarExporter;
import vn.rubric.workbench.workspace.TypedUnits;
import vn.rubric.workbench.workspace.Workspace;

/**
 * The draft's quota (at most 20% "Hoàn thành xuất sắc nhiệm vụ") scored as a population or unit
 * by unit, explicitly: over HTTP a pack with a quota needs {@code ?scoring=}, and one unit of
 * 100 points sent on its own is never lowered by a population of one; the CLI's
 * {@code --scoring}; and the one session a Drools-only consumer runs gives the sheets the
 * workbench's two steps give on all 250 sample units.
 */
class QuotaScoringTest {

    static final Path SAMPLES = Path.of("..", "samples");
    static final Path DRAFT = SAMPLES.resolve("hung-yen-draft");
    static final String TOP = "Hoàn thành xuất sắc nhiệm vụ";
    static final ObjectMapper JSON = new ObjectMapper();
    static ServedPack served;
    static Workspace workspace;
    static RuleBase ruleBase;

    @BeforeAll
    static void start() {
        served = ServedPack.start(DRAFT, "1.0.0-draft.1", Locale.ENGLISH);
        workspace = served.workspace();
        ruleBase = served.ruleBase();
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    /** A unit with every point of the draft's 100: each share 1, the best tier of each pick-one, SIPAS 100%. */
    static String hundredPoints() throws IOException {
        String header = Files.readAllLines(DRAFT.resolve("data").resolve("units.csv"), StandardCharsets.UTF_8).get(0);
        StringBuilder json = new StringBuilder("[ { \"unit_id\": \"best\", \"unit_name\": \"Đơn vị tốt nhất\"");
        for (String field : header.split(",")) {
            String value = switch (field) {
                case "unit_id", "unit_name" -> null;
                case "dialogue_held", "dialogue_followup_timely", "democracy_rules_issued" -> "true";
                case "hot_spot", "discipline", "conduct_violation" -> "\"none\"";
                case "sipas_satisfaction_pct" -> "100";
                default -> "1";
            };
            if (value != null) json.append(", \"").append(field).append("\": ").append(value);
        }
        return json.append(" } ]").toString();
    }

    static HttpResponse<String> post(String path, String body) throws Exception {
        return served.post(path, body);
    }

    @Test
    void oneUnitOfAHundredPointsScoredIndividuallyKeepsTheTopClassWithItsQuotaPending() throws Exception {
        HttpResponse<String> r = post("/score?scoring=individual", hundredPoints());
        assertEquals(200, r.statusCode(), r.body());
        JsonNode unit = JSON.readTree(r.body()).get("units").get(0);
        assertEquals(100, unit.get("total").asDouble(), 1e-9, r.body());
        assertEquals(TOP, unit.get("class").asText(), r.body());
        assertEquals(0, unit.get("barred").size(), r.body());
        assertEquals(TOP, unit.get("quotaPending").get("class").asText(), r.body());
        assertTrue(unit.get("quotaPending").get("message").asText().contains("pending"), r.body());
        // the sheets are worded in the request's language, as its errors are (the service was started in English)
        HttpResponse<String> vi = post("/score?scoring=individual&lang=vi", hundredPoints());
        assertTrue(JSON.readTree(vi.body()).get("units").get(0).get("quotaPending").get("message").asText().startsWith("(hạn mức của mức"), vi.body());
    }

    @Test
    void aPackWithAQuotaNeedsTheRequestToSayHowItsUnitsAreScored() throws Exception {
        HttpResponse<String> r = post("/score", hundredPoints());
        assertEquals(400, r.statusCode(), r.body());
        JsonNode error = JSON.readTree(r.body()).get("errors").get(0);
        assertEquals("E-PACK-SCORING-MISSING", error.get("code").asText());
        assertTrue(error.get("text").asText().contains("scoring=population|individual"), r.body());
        HttpResponse<String> bad = post("/score?scoring=together", hundredPoints());
        assertEquals(400, bad.statusCode(), bad.body());
        JsonNode unknown = JSON.readTree(bad.body()).get("errors").get(0);
        assertEquals("E-PACK-SCORING-UNKNOWN", unknown.get("code").asText());
        assertTrue(unknown.get("text").asText().contains("population|individual"), bad.body());
    }

    @Test
    void asAPopulationTheRequestsUnitsAreRankedAmongOneAnotherAsAsked() throws Exception {
        // asked for: 20% of one unit is no place in the top class
        HttpResponse<String> r = post("/score?scoring=population", hundredPoints());
        assertEquals(200, r.statusCode(), r.body());
        JsonNode unit = JSON.readTree(r.body()).get("units").get(0);
        assertNotEquals(TOP, unit.get("class").asText(), r.body());
        assertEquals(TOP, unit.get("barred").get(0).get("class").asText(), r.body());
        assertFalse(unit.has("quotaPending"), r.body());
    }

    @Test
    void theCliScoresIndividuallyWhenAskedAndAsAPopulationByDefault() throws Exception {
        Cli individual = Cli.run("score", DRAFT.toString(), "--scoring", "individual", "--format", "json", "--lang", "en");
        assertEquals(0, individual.exit(), individual.toString());
        Cli population = Cli.run("score", DRAFT.toString(), "--format", "json", "--lang", "en");
        assertEquals(0, population.exit(), population.toString());
        long alone = count(individual.out(), TOP), together = count(population.out(), TOP);
        // 12 units: at most 2 keep the top class together; more reach it each on its own
        assertTrue(together <= 2, population.out());
        assertTrue(alone > together, individual.out());
        for (JsonNode u : JSON.readTree(individual.out()).get("units")) {
            assertEquals(TOP.equals(u.get("class").asText()), u.has("quotaPending"), u.toString());
        }
        assertFalse(population.out().contains("quotaPending"));
        Cli text = Cli.run("score", DRAFT.toString(), "--scoring", "individual", "--lang", "en");
        assertTrue(text.out().contains("quota of \"" + TOP + "\" pending"), text.out());
        Cli bad = Cli.run("score", DRAFT.toString(), "--scoring", "alone");
        assertEquals(2, bad.exit(), bad.toString());
        assertTrue(bad.err().contains("population|individual"), bad.err());
    }

    @Test
    void packJsonDeclaresTheQuotaAndEveryTypeTheRulesProduce() throws Exception {
        JsonNode doc = JSON.readTree(served.packJson());
        JsonNode top = doc.get("rating").get(0);
        assertEquals(TOP, top.get("class").asText());
        JsonNode quota = top.get("quota");
        assertEquals(20, quota.get("atMostPercent").asDouble(), 1e-9);
        assertEquals("top_class_quota", quota.get("percentParameter").asText());
        assertEquals("down", quota.get("rounding").asText());
        assertEquals("[\"4\",\"5\"]", quota.get("tieBreak").toString());
        assertEquals("Điều 1, khoản 4", quota.get("citation").asText());
        assertTrue(quota.get("because").asText().startsWith("Số đơn vị xếp loại"), quota.toString());
        assertTrue(doc.get("rating").get(1).get("quota").isNull());
        assertEquals("Population", doc.get("drools").get("populationType").asText());
        assertEquals("[\"Unit\",\"Total\",\"Bar\",\"Standing\",\"Population\",\"QuotaExcluded\",\"QuotaPending\"]",
                doc.get("drools").get("resultTypes").toString());
        // a pack without a quota: none of them
        byte[] mini = KjarExporter.files(PackLoader.load(CliTest.pack()).pack(), "1.0.0").get("mini-1.0.0.pack.json");
        JsonNode plain = JSON.readTree(mini).get("drools");
        assertTrue(plain.get("populationType").isNull());
        assertEquals("[\"Unit\",\"Total\",\"Bar\"]", plain.get("resultTypes").toString());
    }

    private static long count(String json, String ratingClass) throws IOException {
        long n = 0;
        for (JsonNode u : JSON.readTree(json).get("units")) if (u.get("class").asText().equals(ratingClass)) n++;
        return n;
    }

    @Test
    void oneSessionOfAllUnitsGivesTheSheetsOfTheTwoStepsOnThe250SampleUnits() {
        TypedUnits units = workspace.read(SAMPLES.resolve("data").resolve("hung-yen-2024-units.csv"), ruleBase.pack().rubric()).value().get(0);
        assertEquals(250, units.units().size());
        Map<String, ScoreSheet> twoSteps = byId(new Scorer(ruleBase).score(units.units()));
        Map<String, ScoreSheet> oneSession = byId(new Scorer(ruleBase).scoreInOneSession(units.units()));
        assertEquals(250, twoSteps.size());
        assertEquals(twoSteps, oneSession);
        long top = twoSteps.values().stream().filter(s -> s.ratingClass().equals(TOP)).count();
        assertEquals(50, top, "20% of 250");
        assertTrue(twoSteps.values().stream().anyMatch(s -> s.barred().stream().anyMatch(b -> b.reason().contains("thứ 51/"))));
        // and unit by unit, more reach the class, each with the quota pending
        List<ScoreSheet> individually = new Scorer(ruleBase).score(units.units(), ScoringMode.INDIVIDUAL, done -> { }).sheets();
        assertTrue(individually.stream().filter(s -> TOP.equals(s.quotaPending())).count() > top);
    }

    private static Map<String, ScoreSheet> byId(Scorer.Result r) {
        assertFalse(r.problems().hasErrors(), () -> r.problems().all().toString());
        return r.sheets().stream().collect(Collectors.toMap(s -> s.unit().id(), Function.identity()));
    }
}
