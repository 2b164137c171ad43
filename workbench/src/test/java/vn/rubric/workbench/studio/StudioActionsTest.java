package vn.rubric.workbench.studio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The studio's actions over HTTP: a failing case reviewed and accepted, a sheet saved as a case, Ban hành and its downloads. */
class StudioActionsTest {

    static final String CASE = "5.2 · kiểm điểm, phê bình → 1 (02/2020: 2)";
    static final String ISSUE = "{\"pack\":\"hung-yen-draft\",\"decision\":%s,\"decisionDate\":\"2026-03-02\",\"effectiveFrom\":\"2026-03-16\",\"version\":\"1.0.0\"}";

    @TempDir
    Path temp;
    StudioFixture studio;

    @BeforeEach
    void start() throws IOException {
        studio = new StudioFixture(temp);
    }

    @AfterEach
    void stop() {
        studio.close();
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static JsonNode json(StudioFixture.Answer a) throws IOException {
        return StudioJson.MAPPER.readTree(a.body());
    }

    @Test
    void aFailingCaseShowsExpectedAndActualAndIsAcceptedAfterItsReview() throws IOException {
        Path file = studio.folder.resolve("hung-yen-draft/tests/discipline.yaml");
        String original = Files.readString(file);
        Files.writeString(file, original.replace("      total: 96\n", "      total: 97\n"));

        String view = studio.get("/api/views/tests?lang=en&pack=hung-yen-draft").body();
        assertTrue(view.contains("1 failed"), view);
        assertTrue(view.contains("<td class=\"num\">97</td><td class=\"num\">96</td>"), view);
        assertTrue(view.indexOf("<tr class=\"failed\">") < view.indexOf("<tr class=\"passed\">"), "the failing case is not shown first: " + view);
        assertTrue(view.contains("data-action=\"tests-review\" data-file=\"hung-yen-draft/tests/discipline.yaml\""), view);
        // Vietnamese: the decimal comma, right-aligned cells
        assertTrue(studio.get("/api/views/tests?pack=hung-yen-draft").body().contains("1 không đạt"));

        StudioFixture.Answer review = studio.get("/api/tests/review?lang=en&pack=hung-yen-draft&file=hung-yen-draft/tests/discipline.yaml&case=" + q(CASE));
        assertEquals(200, review.status(), review.body());
        JsonNode r = json(review);
        assertEquals("97", r.path("moves").get(0).path("old").asText());
        assertEquals("96", r.path("moves").get(0).path("now").asText());
        assertEquals("hung-yen-draft/tests/discipline.yaml", r.path("moves").get(0).path("file").asText());

        String accept = "{\"pack\":\"hung-yen-draft\",\"file\":\"hung-yen-draft/tests/discipline.yaml\",\"case\":" + StudioFixture.json(CASE) + ",\"fingerprint\":";
        StudioFixture.Answer stale = studio.post("/api/tests/accept?lang=en", accept + "\"x\"}");
        assertEquals(400, stale.status());
        assertTrue(stale.body().contains("E-STUDIO-TEST-MOVED"), stale.body());
        StudioFixture.Answer ok = studio.post("/api/tests/accept?lang=en", accept + StudioFixture.json(r.path("fingerprint").asText()) + "}");
        assertEquals(200, ok.status(), ok.body());
        assertEquals(original, Files.readString(file));
        assertTrue(studio.get("/api/views/tests?lang=en&pack=hung-yen-draft").body().contains(" 0 failed"));

        // a test file outside the folder is refused before anything is read
        assertEquals(403, studio.get("/api/tests/review?pack=hung-yen-draft&file=../x.yaml&case=x").status());
    }

    @Test
    void aUnitsSheetIsSavedAsACase() throws IOException {
        String unit = Files.readAllLines(studio.folder.resolve("hung-yen-draft/data/units.csv")).get(1).split(",")[0];
        String view = studio.get("/api/views/tests?lang=en&pack=hung-yen-draft&unit=" + q(unit)).body();
        assertTrue(view.contains("data-action=\"tests-save-case\" data-unit=\"" + unit + "\""), view);
        assertTrue(view.contains("<option value=\"hung-yen-draft/tests/units.yaml\">"), view);
        StudioFixture.Answer saved = studio.post("/api/tests/save-case?lang=en",
                "{\"pack\":\"hung-yen-draft\",\"unit\":" + StudioFixture.json(unit) + ",\"file\":\"hung-yen-draft/tests/units.yaml\"}");
        assertEquals(200, saved.status(), saved.body());
        String name = json(saved).path("case").asText();
        assertTrue(Files.readString(studio.folder.resolve("hung-yen-draft/tests/units.yaml")).contains(name));
        assertTrue(studio.get("/api/views/tests?lang=en&pack=hung-yen-draft").body().contains(" 0 failed"));
        StudioFixture.Answer wrong = studio.post("/api/tests/save-case?lang=en",
                "{\"pack\":\"hung-yen-draft\",\"unit\":" + StudioFixture.json(unit) + ",\"file\":\"hung-yen-draft/rubric.yaml\"}");
        assertEquals(400, wrong.status());
        assertTrue(wrong.body().contains("E-STUDIO-TEST-FILE"), wrong.body());
    }

    @Test
    void banHanhIsRefusedWithoutADecisionThenIssuesAndOffersItsFilesOnly() throws Exception {
        Path rubric = studio.folder.resolve("hung-yen-draft/rubric.yaml");
        byte[] before = Files.readAllBytes(rubric);
        assertTrue(json(studio.get("/api/issue?pack=hung-yen-draft")).path("version").isNull(), "a draft's version was offered as the issue's");

        StudioFixture.Answer refused = studio.post("/api/issue?lang=en", ISSUE.formatted("\"\""));
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("E-ISSUE-NO-DECISION") && refused.body().contains("the decision that issues the regulation is not given"), refused.body());
        assertArrayEquals(before, Files.readAllBytes(rubric));

        StudioFixture.Answer issued = studio.post("/api/issue?lang=en", ISSUE.formatted(StudioFixture.json("Quyết định số 05/2026/QĐ-UBND")));
        assertEquals(200, issued.status(), issued.body());
        JsonNode doc = json(issued);
        assertTrue(doc.path("verified").asBoolean(), issued.body());
        assertEquals("dist/hung-yen-draft-1.0.0", doc.path("folder").asText());
        JsonNode jar = null;
        for (JsonNode f : doc.path("files")) if (f.path("name").asText().endsWith(".jar")) jar = f;
        assertTrue(jar != null, issued.body());

        StudioFixture.Answer download = studio.get("/api/download?path=" + q(jar.path("path").asText()));
        assertEquals(200, download.status());
        assertTrue(download.headers().get("content-disposition").startsWith("attachment; filename="), download.headers().toString());
        byte[] onDisk = Files.readAllBytes(studio.folder.resolve(jar.path("path").asText()));
        assertEquals(jar.path("sha256").asText(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(onDisk)));
        // the bytes as served (java.net.http sends the studio's own Host)
        java.net.http.HttpResponse<byte[]> bytes = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(studio.origin() + "/api/download?path=" + q(jar.path("path").asText()) + "&token=" + studio.server.token())).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertArrayEquals(onDisk, bytes.body());

        // downloads come from dist/ alone
        for (String outside : new String[] {"hung-yen-draft/rubric.yaml", "dist/../hung-yen-draft/rubric.yaml", "../etc/passwd", "/etc/passwd"}) {
            assertEquals(403, studio.get("/api/download?path=" + q(outside)).status(), outside);
        }
        assertEquals(404, studio.get("/api/download?path=dist/nothing.jar").status());
        // issuing is a change of state: not from another site
        StudioFixture.Answer cross = studio.send("POST", "/api/issue", java.util.Map.of("Host", studio.host(), "Origin", "http://evil.example",
                AccessGuard.TOKEN_HEADER, studio.server.token(), "Content-Type", "application/json"), ISSUE.formatted("\"x\"").getBytes(StandardCharsets.UTF_8));
        assertEquals(403, cross.status());
        assertFalse(Files.exists(studio.folder.resolve("dist/hung-yen-draft-1.0.0/.x")));
    }
}
