package vn.rubric.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.workbench.serve.ScoreService;

/**
 * POST /score is as strict as the schema it publishes (issue 12, item 4): what the evidence
 * schema refuses is refused, each error with its JSON pointer, line and column, in words for
 * JSON and in the request's language; warnings come back with a 200. Served on the Hưng Yên
 * sample, started in Vietnamese as `rubric serve-api` is by default.
 */
class StrictApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Path HUNG_YEN = Path.of("..", "samples", "hung-yen-02-2020");
    static ServedPack served;

    /** A unit of Hưng Yên with every field that has no default, right. */
    static String unit(String id, String more) {
        return "{ \"unit_id\": \"" + id + "\", \"dialogue_held\": true, \"dialogue_followup_timely\": true, \"hot_spot\": \"none\","
                + " \"discipline\": \"none\", \"democracy_rules_issued\": true, \"conduct_violation\": \"none\"" + more + " }";
    }

    @BeforeAll
    static void start() {
        served = ServedPack.start(HUNG_YEN, "1.0.0", Messages.VIETNAMESE);
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @Test
    void whatTheSchemaRefusesIsRefusedEachErrorByPointerLineAndColumn() throws Exception {
        // the four looser readings of the data importer: "có" for a boolean, an unknown field,
        // an enum's label for its value, a decimal comma in a number
        String body = "{ \"units\": [\n"
                + unit("a", ", \"hot_spots\": \"none\"").replace("\"dialogue_held\": true", "\"dialogue_held\": \"có\"") + ",\n"
                + unit("b", ", \"a_5_1_civilized_office\": \"0,9\"").replace("\"hot_spot\": \"none\"", "\"hot_spot\": \"Không để xảy ra\"") + "\n"
                + "] }";
        HttpResponse<String> r = post("/score", body, "en");
        assertEquals(400, r.statusCode(), r.body());
        JsonNode doc = JSON.readTree(r.body());
        assertEquals(ScoreService.ERRORS_FORMAT, doc.get("format").asText());
        List<String> found = new ArrayList<>();
        for (JsonNode e : doc.get("errors")) found.add(e.get("code").asText() + " " + e.get("pointer").asText() + " " + e.get("line").asInt() + ":" + e.get("column").asInt());
        String line2 = body.split("\n")[1], line3 = body.split("\n")[2];
        assertEquals(List.of(
                "E-API-TYPE-BOOLEAN /units/0/dialogue_held 2:" + (line2.indexOf("\"có\"") + 1),
                "E-API-UNKNOWN-FIELD-SUGGEST /units/0/hot_spots 2:" + (line2.indexOf("\"hot_spots\"") + 1),
                "E-API-ENUM-LABEL /units/1/hot_spot 3:" + (line3.indexOf("\"Không để xảy ra\"") + 1),
                "E-API-TYPE-NUMBER /units/1/a_5_1_civilized_office 3:" + (line3.indexOf("\"0,9\"") + 1)), found, r.body());
        JsonNode label = doc.get("errors").get(2);
        assertEquals("\"Không để xảy ra\" is the label of a value of \"hot_spot\", not the value", label.get("message").asText());
        assertEquals("send the value's key: \"none\"", label.get("hint").asText());
        assertTrue(doc.get("errors").get(3).get("hint").asText().contains("80.5, not \"80,5\""), r.body());
        assertTrue(doc.get("errors").get(1).get("hint").asText().contains("did you mean \"hot_spot\"?"), r.body());
        assertTrue(doc.get("errors").get(0).get("text").asText().startsWith("body:2:"), r.body());
    }

    @Test
    void aMissingFieldIsSaidInWordsForJsonNotForACsvColumn() throws Exception {
        String body = "[ " + unit("a", "").replace(", \"discipline\": \"none\"", "") + " ]";
        HttpResponse<String> r = post("/score", body, null);
        assertEquals(400, r.statusCode(), r.body());
        JsonNode e = JSON.readTree(r.body()).get("errors").get(0);
        assertEquals("E-API-MISSING-FIELD", e.get("code").asText());
        assertEquals("/0", e.get("pointer").asText());
        assertEquals(1, e.get("line").asInt());
        assertEquals(3, e.get("column").asInt());
        // the service was started in Vietnamese, and the request asked for no language
        assertEquals("đơn vị không có \"discipline\", mà trường này không có giá trị mặc định", e.get("message").asText());
        assertFalse(r.body().contains("tệp") || r.body().contains("cột"), r.body());
    }

    @Test
    void theRequestsLanguageIsAcceptLanguageOrLang() throws Exception {
        String body = "[ " + unit("a", ", \"a_1_1_ctr24\": 2") + " ]";
        JsonNode en = JSON.readTree(post("/score", body, "en-US,en;q=0.9,vi;q=0.5").body()).get("errors").get(0);
        assertEquals("E-API-MAXIMUM", en.get("code").asText());
        assertEquals("\"a_1_1_ctr24\" is 2, more than 1", en.get("message").asText());
        JsonNode vi = JSON.readTree(post("/score?lang=vi", body, "en").body()).get("errors").get(0);
        assertEquals("\"a_1_1_ctr24\" là 2, lớn hơn 1", vi.get("message").asText());
        JsonNode weighted = JSON.readTree(post("/score", body, "fr, vi;q=0.8, en;q=0.3").body()).get("errors").get(0);
        assertEquals(vi.get("message").asText(), weighted.get("message").asText());
    }

    @Test
    void warningsComeBackWithThe200() throws Exception {
        // every share left out takes its default: said once a field, beside the sheets
        HttpResponse<String> r = post("/score", "[ " + unit("a", "") + " ]", "en");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode doc = JSON.readTree(r.body());
        assertEquals("rubric-workbench/score@1", doc.get("format").asText());
        assertEquals(1, doc.get("units").size());
        JsonNode warnings = doc.get("warnings");
        assertTrue(warnings != null && warnings.size() > 0, r.body());
        JsonNode w = warnings.get(0);
        assertEquals("W-API-DEFAULT-FIELD", w.get("code").asText());
        assertEquals("warning", w.get("severity").asText());
        assertTrue(w.get("message").asText().startsWith("no unit of the body has \"a_1_1_ctr24\": every unit gets the rubric's default, 1"), r.body());
    }

    @Test
    void aBodyNotSentAsJsonIs415() throws Exception {
        HttpResponse<String> r = served.post("/score", "[ " + unit("a", "") + " ]", "application/x-www-form-urlencoded");
        assertEquals(415, r.statusCode(), r.body());
        JsonNode e = JSON.readTree(r.body()).get("errors").get(0);
        assertEquals("E-API-MEDIA-TYPE", e.get("code").asText());
    }

    @Test
    void theShapeOfTheBodyIsLocatedToo() throws Exception {
        HttpResponse<String> r = post("/score", "{ \"units\": [ 3 ], \"year\": 2024 }", "en");
        assertEquals(400, r.statusCode(), r.body());
        JsonNode errors = JSON.readTree(r.body()).get("errors");
        assertEquals("E-API-UNIT-SHAPE", errors.get(0).get("code").asText());
        assertEquals("/units/0", errors.get(0).get("pointer").asText());
        assertEquals("E-API-BODY-KEY", errors.get(1).get("code").asText());
        assertEquals("/year", errors.get(1).get("pointer").asText());
        // a unit id given twice is found after the schema, by the importer: still given its unit's pointer
        HttpResponse<String> twice = post("/score", "[ " + unit("a", "") + ",\n  " + unit("a", "") + " ]", "en");
        assertEquals(400, twice.statusCode(), twice.body());
        JsonNode dup = JSON.readTree(twice.body()).get("errors").get(0);
        assertEquals("E-DATA-DUPLICATE-UNIT", dup.get("code").asText());
        assertEquals("/1", dup.get("pointer").asText());
    }

    static HttpResponse<String> post(String path, String body, String language) throws IOException, InterruptedException {
        return language == null ? served.post(path, body) : served.post(path, body, "application/json", "Accept-Language", language);
    }
}
