package vn.rubric.workbench.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.rubric.workbench.Cli;

/** The studio's server: who may talk to it, which files it touches, and that it answers what the CLI answers. */
class StudioServerTest {

    @TempDir
    static Path temp;
    static StudioFixture studio;

    @BeforeAll
    static void start() throws IOException {
        studio = new StudioFixture(temp);
    }

    @AfterAll
    static void stop() {
        studio.close();
    }

    static JsonNode json(StudioFixture.Answer a) throws IOException {
        return StudioJson.MAPPER.readTree(a.body());
    }

    @Test
    void theApiAndThePageNeedTheTokenOfThisStart() {
        assertEquals(401, studio.send("GET", "/api/packs", Map.of("Host", studio.host()), null).status());
        assertEquals(401, studio.send("GET", "/api/packs", Map.of("Host", studio.host(), AccessGuard.TOKEN_HEADER, "guess"), null).status());
        assertEquals(401, studio.send("GET", "/", Map.of("Host", studio.host()), null).status());
        StudioFixture.Answer page = studio.send("GET", "/?token=" + studio.server.token(), Map.of("Host", studio.host()), null);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("<script src=\"/studio.js\""), page.body());
        assertTrue(page.headers().get("content-security-policy").contains("script-src 'self'"), page.headers().toString());
        assertEquals("no-referrer", page.headers().get("referrer-policy"));
        assertEquals(200, studio.get("/api/packs").status());
        assertTrue(studio.server.address().matches("http://127\\.0\\.0\\.1:\\d+/\\?token=[A-Za-z0-9_-]{32}"), studio.server.address());
    }

    @Test
    void aRequestByAnotherNameOfTheMachineIsRefused() {
        // DNS rebinding: evil.example resolves to 127.0.0.1, and the browser sends its own name as Host
        StudioFixture.Answer rebound = studio.send("GET", "/api/packs", Map.of("Host", "evil.example:" + studio.server.port(),
                AccessGuard.TOKEN_HEADER, studio.server.token()), null);
        assertEquals(421, rebound.status());
        assertFalse(rebound.body().contains("hung-yen"), rebound.body());
        assertEquals(200, studio.send("GET", "/api/packs", Map.of("Host", "localhost:" + studio.server.port(), AccessGuard.TOKEN_HEADER, studio.server.token()), null).status());
    }

    @Test
    void aChangeFromAnotherSiteIsRefusedEvenWithTheToken() throws IOException {
        Path rubric = studio.folder.resolve("hung-yen-draft/rubric.yaml");
        String before = Files.readString(rubric);
        String stamp = json(studio.get("/api/file?path=hung-yen-draft/rubric.yaml")).path("stamp").asText();
        String body = "{\"path\":\"hung-yen-draft/rubric.yaml\",\"text\":\"x: 1\\n\",\"stamp\":\"" + stamp + "\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        for (String origin : new String[] {"http://evil.example", "null", "http://127.0.0.1:1"}) {
            StudioFixture.Answer a = studio.send("POST", "/api/save", Map.of("Host", studio.host(), "Origin", origin,
                    AccessGuard.TOKEN_HEADER, studio.server.token(), "Content-Type", "application/json"), bytes);
            assertEquals(403, a.status(), origin);
        }
        assertEquals(403, studio.send("POST", "/api/save", Map.of("Host", studio.host(), AccessGuard.TOKEN_HEADER, studio.server.token()), bytes).status());
        assertEquals(before, Files.readString(rubric));
    }

    @Test
    void onlyFilesOfTheFolderAreRead() throws IOException {
        Files.writeString(temp.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(studio.folder.resolve("hung-yen-draft/link.txt"), temp.resolve("secret.txt"));
        Files.createSymbolicLink(studio.folder.resolve("outside"), temp);
        for (String path : new String[] {"../secret.txt", "hung-yen-draft/../../secret.txt", temp.resolve("secret.txt").toString(),
                "hung-yen-draft/link.txt", "outside/secret.txt", "%2e%2e/secret.txt"}) {
            // the last one as a browser may send it, percent-encoded: the server decodes it to ..
            String query = path.startsWith("%") ? path : java.net.URLEncoder.encode(path, StandardCharsets.UTF_8);
            StudioFixture.Answer a = studio.get("/api/file?path=" + query);
            assertEquals(403, a.status(), path + ": " + a.body());
            assertFalse(a.body().contains("secret\""), a.body());
            assertTrue(json(a).path("diagnostics").get(0).path("code").asText().equals("E-STUDIO-PATH"), a.body());
        }
        assertEquals(200, studio.get("/api/file?path=hung-yen-draft/rubric.yaml").status());
    }

    @Test
    void aBodyLargerThanTheBoundIsRefused() {
        byte[] big = new byte[(int) StudioServer.MAX_BODY + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        StudioFixture.Answer a = studio.send("POST", "/api/edit", Map.of("Host", studio.host(), "Origin", studio.origin(),
                AccessGuard.TOKEN_HEADER, studio.server.token(), "Content-Type", "application/json"), big);
        assertEquals(413, a.status(), a.body());
    }

    @Test
    void anEditIsWhatThePackReadsAndItsErrorIsLocatedInTheUsersLanguage() throws IOException {
        String path = "hung-yen-draft/rubric.yaml";
        String text = json(studio.get("/api/file?path=" + path)).path("text").asText();
        JsonNode asSaved = json(studio.post("/api/edit", "{\"path\":\"" + path + "\",\"text\":" + StudioFixture.json(text) + "}")).path("diagnostics");
        String broken = text.replace("    set: { points: 1 }", "    set: { points: 1");
        assertTrue(!broken.equals(text), "the sample draft changed: this test no longer breaks it");
        int line = 1 + (int) text.substring(0, text.indexOf("    set: { points: 1 }")).chars().filter(c -> c == '\n').count();
        try {
            JsonNode en = json(studio.post("/api/edit?lang=en", "{\"path\":\"" + path + "\",\"text\":" + StudioFixture.json(broken) + "}"));
            JsonNode first = en.path("diagnostics").get(0);
            assertEquals(path, first.path("file").asText(), en.toString());
            assertTrue(Math.abs(first.path("line").asInt() - line) <= 1, en.toString());
            assertEquals("error", first.path("severity").asText());
            JsonNode vi = json(studio.post("/api/edit", "{\"path\":\"" + path + "\",\"text\":" + StudioFixture.json(broken) + "}"));
            assertFalse(vi.path("diagnostics").get(0).path("message").asText().equals(first.path("message").asText()), vi.toString());
            // the views read the edit too
            assertTrue(studio.get("/api/views/problems?pack=hung-yen-draft").body().contains(first.path("code").asText()));
        } finally {
            studio.post("/api/edit", "{\"path\":\"" + path + "\",\"text\":" + StudioFixture.json(text) + "}");
        }
        assertEquals(asSaved, json(studio.post("/api/edit", "{\"path\":\"" + path + "\",\"text\":" + StudioFixture.json(text) + "}")).path("diagnostics"));
    }

    @Test
    void aSaveRefusesAFileChangedOnDiskAndKeepsThePreviousVersion() throws IOException {
        Path file = studio.folder.resolve("hung-yen-02-2020/tests/x.yaml");
        Files.writeString(file, "cases: []\n");
        JsonNode opened = json(studio.get("/api/file?path=hung-yen-02-2020/tests/x.yaml"));
        Files.writeString(file, "cases: [] # someone else\n");
        StudioFixture.Answer stale = studio.post("/api/save", "{\"path\":\"hung-yen-02-2020/tests/x.yaml\",\"text\":\"mine\",\"stamp\":\"" + opened.path("stamp").asText() + "\"}");
        assertEquals(409, stale.status());
        assertEquals("E-STUDIO-CHANGED-ON-DISK", json(stale).path("diagnostics").get(0).path("code").asText());
        assertEquals("cases: [] # someone else\n", Files.readString(file));

        String stamp = json(studio.get("/api/file?path=hung-yen-02-2020/tests/x.yaml")).path("stamp").asText();
        StudioFixture.Answer saved = studio.post("/api/save", "{\"path\":\"hung-yen-02-2020/tests/x.yaml\",\"text\":\"cases: [] # mine\\n\",\"stamp\":\"" + stamp + "\"}");
        assertEquals(200, saved.status(), saved.body());
        assertEquals("cases: [] # mine\n", Files.readString(file));
        StudioFixture.Answer back = studio.post("/api/previous", "{\"path\":\"hung-yen-02-2020/tests/x.yaml\",\"stamp\":\"" + json(saved).path("stamp").asText() + "\"}");
        assertEquals(200, back.status(), back.body());
        assertEquals("cases: [] # someone else\n", Files.readString(file));
        assertEquals(404, studio.post("/api/previous", "{\"path\":\"hung-yen-02-2020/tests/x.yaml\",\"stamp\":\"" + json(back).path("stamp").asText() + "\"}").status());
        Files.delete(file);
    }

    @Test
    void theImpactIsTheBytesOfTheCliDiff() {
        Path base = studio.folder.resolve("hung-yen-02-2020"), draft = studio.folder.resolve("hung-yen-draft");
        // the studio compares a draft on its own data file, as `diff --data` does
        Cli cli = Cli.run("diff", base.toString(), draft.toString(), "--data", draft.resolve("data/units.csv").toString(), "--format", "json");
        assertEquals(0, cli.exit(), cli.err());
        StudioFixture.Answer impact = studio.get("/api/impact?pack=hung-yen-draft&lang=vi");
        assertEquals(200, impact.status(), impact.body());
        assertEquals(cli.out().strip(), impact.body().strip());
        Cli changes = Cli.run("changes", base.toString(), draft.toString(), "--format", "json");
        assertEquals(changes.out().strip(), studio.get("/api/changes?pack=hung-yen-draft").body().strip());
    }

    @Test
    void packsHaveTheirStateAndTheViewsShowTheDraft() throws IOException {
        JsonNode packs = json(studio.get("/api/packs"));
        assertEquals(2, packs.size(), packs.toString());
        JsonNode draft = packs.get(1);
        assertEquals("hung-yen-draft", draft.path("path").asText());
        assertEquals("hung-yen-02-2020", draft.path("amends").asText());
        assertEquals("valid", draft.path("state").asText(), packs.toString());
        String impact = studio.get("/api/views/impact?pack=hung-yen-draft").body();
        assertTrue(impact.contains("<table class=\"matrix\">"), impact);
        assertTrue(studio.get("/api/views/changes?pack=hung-yen-draft").body().contains("Điều 1, khoản 2"));
        String tests = studio.get("/api/views/tests?pack=hung-yen-draft&lang=en").body();
        assertTrue(tests.matches("(?s).*[1-9]\\d* passed, 0 failed.*"), tests);
        JsonNode views = json(studio.get("/api/views?lang=en"));
        assertEquals("Impact", views.get(1).path("title").asText(), views.toString());
    }

    @Test
    void aTitleHoldingMarkupShowsAsText() throws IOException {
        Path rubric = studio.folder.resolve("hung-yen-02-2020/rubric.yaml");
        String text = Files.readString(rubric);
        String evil = text.replaceFirst("(?m)^  title: .*$", "  title: \"<script>alert(1)</script> & <b>x</b>\"");
        studio.post("/api/edit", "{\"path\":\"hung-yen-02-2020/rubric.yaml\",\"text\":" + StudioFixture.json(evil) + "}");
        try {
            String outline = studio.get("/api/views/outline?pack=hung-yen-02-2020").body();
            assertTrue(outline.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;x&lt;/b&gt;"), outline);
            assertFalse(outline.contains("<script>"), outline);
            // in JSON the title is data, exactly as written: the page puts it in as textContent
            JsonNode packs = json(studio.get("/api/packs"));
            assertEquals("<script>alert(1)</script> & <b>x</b>", packs.get(0).path("title").asText(), packs.toString());
        } finally {
            studio.post("/api/edit", "{\"path\":\"hung-yen-02-2020/rubric.yaml\",\"text\":" + StudioFixture.json(text) + "}");
        }
    }

    @Test
    void aUnitsSheetShowsTheNumbersOfTheCliBesideTheRegulationInForce() throws IOException {
        Path draft = studio.folder.resolve("hung-yen-draft");
        JsonNode impact = json(studio.get("/api/impact?pack=hung-yen-draft"));
        String html = studio.get("/api/views/impact?pack=hung-yen-draft").body();
        String unit = html.replaceAll("(?s).*?<tr data-unit=\"([^\"]+)\">.*", "$1");
        assertFalse(unit.contains("<"), "the Impact view lists no mover: " + html);
        Cli score = Cli.run("score", draft.toString(), "--data", draft.resolve("data/units.csv").toString(), "--unit", unit, "--format", "json");
        assertEquals(0, score.exit(), score.err());
        double total = StudioJson.MAPPER.readTree(score.out()).path("units").get(0).path("total").asDouble();
        String sheet = studio.get("/api/views/sheet?pack=hung-yen-draft&unit=" + unit).body();
        assertTrue(sheet.contains("<table class=\"sheet\">"), sheet);
        String shown = vn.rubric.workbench.reports.TextLayout.points(vn.rubric.dsl.diag.Messages.VIETNAMESE).format(total);
        assertTrue(sheet.contains("<td class=\"num\">" + shown + "</td>"), shown + " in " + sheet);
        assertTrue(sheet.contains("class=\"moved\""), "a unit that changes class has items whose points moved: " + sheet);
        assertTrue(impact.path("failure").isMissingNode() && impact.path("format").asText().startsWith("rubric-workbench/diff"), impact.toString());
        assertTrue(studio.get("/api/views/sheet?pack=hung-yen-draft").body().contains("class=\"empty\""));
    }

    @Test
    void aPackWhoseTestsFailOrWhoseRubricIsBrokenSaysSoInTheExplorer() throws IOException {
        Path rating = studio.folder.resolve("hung-yen-02-2020/tests/rating.yaml");
        String tests = Files.readString(rating);
        Path rubric = studio.folder.resolve("hung-yen-02-2020/rubric.yaml");
        String text = Files.readString(rubric);
        try {
            Files.writeString(rating, tests.replaceFirst("      total: 90\n", "      total: 91\n"));
            assertEquals("tests-failing", state("hung-yen-02-2020"));
            studio.post("/api/edit", "{\"path\":\"hung-yen-02-2020/rubric.yaml\",\"text\":" + StudioFixture.json(text + "\nbroken: [\n") + "}");
            assertEquals("errors", state("hung-yen-02-2020"));
        } finally {
            Files.writeString(rating, tests);
            studio.post("/api/edit", "{\"path\":\"hung-yen-02-2020/rubric.yaml\",\"text\":" + StudioFixture.json(text) + "}");
        }
        assertEquals("valid", state("hung-yen-02-2020"));
    }

    private static String state(String pack) throws IOException {
        for (JsonNode p : json(studio.get("/api/packs"))) if (p.path("path").asText().equals(pack)) return p.path("state").asText();
        return null;
    }
}
