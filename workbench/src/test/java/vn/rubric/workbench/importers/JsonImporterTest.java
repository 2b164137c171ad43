package vn.rubric.workbench.importers;

import vn.rubric.workbench.data.ImportResult;
import vn.rubric.workbench.data.DefaultedField;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.rubric.workbench.importers.DataFixtures.codes;
import static vn.rubric.workbench.importers.DataFixtures.mini;
import static vn.rubric.workbench.importers.DataFixtures.rendered;
import static vn.rubric.workbench.importers.DataFixtures.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.rubric.dsl.score.Unit;
import vn.rubric.dsl.score.UnitKind;

class JsonImporterTest {

    @TempDir
    Path dir;

    @Test
    void readsProfileKeysBesideTheEvidence() throws IOException {
        Path f = write(dir, "units.json", """
                { "units": [
                  { "unit_id": "vg-lh", "unit_name": "UBND xã Long Hưng", "unit_kind": "commune", "parent_id": "vg",
                    "year": 2024, "self_score": 9.5, "appraised_score": 9, "appraised_class": "Xuất sắc",
                    "hot_spot": "none", "office": 0.75 },
                  { "unit_id": "vg-tp", "hot_spot": "handled" }
                ] }
                """);
        ImportResult r = new JsonImporter().read(f, mini());
        assertEquals(List.of(), codes(r.diagnostics()));
        Unit lh = r.units().get(0);
        assertEquals(new Unit.Profile(UnitKind.COMMUNE, "vg", 2024, new Unit.Recorded(9.5, 9.0, "Xuất sắc")), lh.profile());
        assertEquals(0.75, lh.evidence().get("office"));
        // a unit without a key is a unit with that cell empty: the default, counted
        assertEquals(List.of(new DefaultedField("office", 1.0, 1, false)), r.data().defaulted());
    }

    @Test
    void yamlErrorsCarryTheLineOfTheValue() throws IOException {
        Path f = write(dir, "units.yaml", """
                - unit_id: u1
                  hot_spot: none
                  office: 1
                  year: hai nghìn
                - unit_id: u1
                  hot_spot: [none]
                """);
        assertEquals(List.of(
                f + ":4:9: error E-DATA-YEAR: \"hai nghìn\" is not a year",
                f + ":6:13: error E-TYPE-VALUE: \"hot_spot\" must be a single value, found a list"),
                rendered(new JsonImporter().read(f, mini()).diagnostics()));
    }

    @Test
    void anEmptyFileAndAnEmptyListAreNamed() throws IOException {
        Path empty = write(dir, "units.json", "");
        assertEquals(List.of("E-DATA-EMPTY-FILE"), codes(new JsonImporter().read(empty, mini()).diagnostics()));
        Path none = write(dir, "none.json", "{ \"units\": [] }");
        assertEquals(List.of("E-DATA-EMPTY"), codes(new JsonImporter().read(none, mini()).diagnostics()));
    }

    private static List<String> errors(vn.rubric.dsl.diag.Diagnostics d) {
        return rendered(d).stream().filter(x -> x.contains(": error ")).toList();
    }

    @Test
    void twoArraysOneAfterTheOtherAreAnErrorAtTheSecond() throws IOException {
        Path f = write(dir, "units.json", "[ { \"unit_id\": \"u1\", \"hot_spot\": \"none\" } ]\n[ { \"unit_id\": \"u2\", \"hot_spot\": \"none\" } ]\n");
        assertEquals(List.of(f + ":2:1: error E-DATA-MORE-CONTENT: the JSON value that starts on line 1 ends before this, and something follows it; it would be ignored"),
                rendered(new JsonImporter().read(f, mini()).diagnostics()));
        Path text = write(dir, "text.json", "[ { \"unit_id\": \"u1\", \"hot_spot\": \"none\" } ]\nxong\n");
        assertEquals(List.of(text + ":2:1: error E-DATA-MORE-CONTENT: the JSON value that starts on line 1 ends before this, and something follows it; it would be ignored"),
                rendered(new JsonImporter().read(text, mini()).diagnostics()));
    }

    @Test
    void aSecondYamlDocumentIsAnErrorNotIgnored() throws IOException {
        Path f = write(dir, "units.yaml", "- unit_id: u1\n  hot_spot: none\n---\n- unit_id: u2\n  hot_spot: none\n");
        assertEquals(List.of("E-YAML-MORE-DOCUMENTS"), codes(new JsonImporter().read(f, mini()).diagnostics()));
        assertEquals(4, new JsonImporter().read(f, mini()).diagnostics().all().get(0).pos().line());
    }

    @Test
    void aKeyBesideUnitsIsNotPassedOver() throws IOException {
        Path f = write(dir, "units.json", "{ \"units\": [ { \"unit_id\": \"u1\", \"hot_spot\": \"none\" } ],\n  \"more\": [ { \"unit_id\": \"u2\" } ] }");
        assertEquals(List.of(f + ":2:3: error E-UNKNOWN-KEY: unknown key \"more\" in this data file"), errors(new JsonImporter().read(f, mini()).diagnostics()));
    }

    @Test
    void anAliasInATextFieldIsRefused() throws IOException {
        Path f = write(dir, "units.yaml", "- unit_id: u1\n  unit_name: &n UBND xã An Bình\n  hot_spot: none\n- unit_id: u2\n  unit_name: *n\n  hot_spot: none\n");
        assertEquals(List.of(f + ":5:14: error E-YAML-ALIAS: *n is a YAML alias; aliases are not read (the value would be the name \"n\", not what the anchor holds)"),
                errors(new JsonImporter().read(f, mini()).diagnostics()));
    }

    @Test
    void jsonLargerThanTheYamlParsersCapIsRead() throws IOException {
        // 40,000 units, about 4 MB: more than the 3 MB the YAML library reads by default
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 0; i < 40_000; i++) {
            json.append(i == 0 ? "" : ",\n").append("  { \"unit_id\": \"u").append(i).append("\", \"unit_name\": \"UBND xã số ").append(i)
                    .append(" huyện Văn Giang tỉnh Hưng Yên\", \"hot_spot\": \"none\", \"office\": 0.75 }");
        }
        Path f = write(dir, "units.json", json.append("\n]\n").toString());
        ImportResult r = new JsonImporter().read(f, mini());
        assertEquals(List.of(), codes(r.diagnostics()));
        assertEquals(40_000, r.units().size());
        assertEquals("u39999", r.units().get(39_999).id());
    }

    @Test
    void aYamlListOnOneVeryLongLineIsRefusedAtItsLineNotCrawledOver() throws IOException {
        StringBuilder flow = new StringBuilder("[");
        for (int i = 0; i < 20_000; i++) flow.append(i == 0 ? "" : ", ").append("{ unit_id: u").append(i).append(", hot_spot: none }");
        Path f = write(dir, "units.yaml", "# units\n" + flow.append("]\n"));
        ImportResult r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> new JsonImporter().read(f, mini()));
        assertEquals(List.of("E-INPUT-LINE-TOO-LONG"), codes(r.diagnostics()));
        assertEquals(2, r.diagnostics().all().get(0).pos().line());
    }

    @Test
    void aFileOfBlanksIsEmptyAndQuick() throws IOException {
        Path f = write(dir, "units.json", " ".repeat(10 * 1024 * 1024));
        ImportResult r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> new JsonImporter().read(f, mini()));
        assertEquals(List.of("E-DATA-EMPTY-FILE"), codes(r.diagnostics()));
    }

    @Test
    void nestingAndBrokenJsonAreLocatedInTheUsersWords() throws IOException {
        Path deep = write(dir, "deep.json", "[ { \"unit_id\": \"u1\", \"hot_spot\": " + "[".repeat(5000) + "]".repeat(5000) + " } ]");
        assertEquals(List.of(deep + ":1:" + 64 + ": error E-INPUT-TOO-DEEP: lists and mappings are nested more than 32 levels deep here"),
                rendered(new JsonImporter().read(deep, mini()).diagnostics()));
        Path cut = write(dir, "cut.json", "[ { \"unit_id\": \"u1\",\n   \"hot_spot\": \"none\" ");
        List<String> said = rendered(new JsonImporter().read(cut, mini()).diagnostics());
        assertEquals(1, said.size(), said.toString());
        assertTrue(said.get(0).startsWith(cut + ":2:") && said.get(0).contains("error E-DATA-JSON-SYNTAX: this is not valid JSON: "), said.toString());
        assertFalse(said.get(0).contains("Unexpected") || said.get(0).contains("REDACTED") || said.get(0).contains("Source"), said.toString());
    }

    @Test
    void aCountTooLargeIsAnErrorNotClamped() throws IOException {
        String yaml = java.nio.file.Files.readString(Path.of(DataFixtures.class.getResource("/pack/rubric.yaml").getPath()))
                .replace("evidence:\n", "evidence:\n  complaints: { label: Số vụ khiếu nại, type: count, default: 0 }\n");
        Path f = write(dir, "units.json", "[ { \"unit_id\": \"u1\", \"hot_spot\": \"none\", \"complaints\": 99999999999999999999 } ]");
        assertEquals(List.of(f + ":1:56: error E-DATA-COUNT-RANGE: complaints is a count, but 99999999999999999999 is larger than the largest count read (2,147,483,647)"),
                errors(new JsonImporter().read(f, DataFixtures.rubric(java.nio.file.Files.createDirectories(dir.resolve("r")), yaml)).diagnostics()));
    }
}
