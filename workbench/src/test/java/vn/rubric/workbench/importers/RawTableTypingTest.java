package vn.rubric.workbench.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.rubric.workbench.importers.DataFixtures.codes;
import static vn.rubric.workbench.importers.DataFixtures.mini;
import static vn.rubric.workbench.importers.DataFixtures.rendered;
import static vn.rubric.workbench.importers.DataFixtures.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.score.Unit;
import vn.rubric.dsl.score.UnitKind;

/** Typing a table for a rubric: profile columns, defaults reported, one message per column problem, every cell problem. */
class RawTableTypingTest {

    @TempDir
    Path dir;

    private RawTable table(String csv) throws IOException {
        Diagnostics reading = new Diagnostics();
        RawTable t = new CsvImporter().readTable(write(dir, "units.csv", csv), reading);
        assertEquals(List.of(), codes(reading));
        return t;
    }

    @Test
    void theProfileColumnsAreRead() throws IOException {
        RawTable t = table("""
                unit_id,unit_name,unit_kind,parent_id,year,self_score,appraised_score,appraised_class,hot_spot,office
                vg,UBND huyện Văn Giang,district,hung-yen,2024,"9,5",9.25,Xuất sắc,none,1
                vg-lh,UBND xã Long Hưng,Commune,vg,2024.0,,,,handled,0.75
                """);
        Diagnostics d = new Diagnostics();
        UnitData data = t.type(mini(), Set.of(), d);
        assertEquals(List.of(), codes(d));
        Unit vg = data.units().get(0);
        assertEquals(new Unit.Profile(UnitKind.DISTRICT, "hung-yen", 2024, new Unit.Recorded(9.5, 9.25, "Xuất sắc")), vg.profile());
        Unit lh = data.units().get(1);
        assertEquals(new Unit.Profile(UnitKind.COMMUNE, "vg", 2024, Unit.Recorded.NONE), lh.profile());
        assertTrue(lh.profile().recorded().isEmpty());
        // profile columns are not evidence
        assertEquals(Set.of("hot_spot", "office"), lh.evidence().keySet());
    }

    @Test
    void wrongProfileCellsAreNamedEachAtItsCell() throws IOException {
        Path f = write(dir, "units.csv", """
                unit_id,unit_kind,year,self_score,appraised_class,hot_spot,office
                u1,xã,24,101,Xuất Sắc,none,1
                """);
        ImportResult r = new CsvImporter().read(f, mini());
        assertEquals(List.of(
                f + ":2:4: error E-DATA-UNIT-KIND: \"xã\" is not a kind of unit",
                f + ":2:7: error E-DATA-YEAR: \"24\" is not a year",
                f + ":2:10: error E-DATA-SCORE: \"101\" is not a score for self_score: a number from 0 to 10",
                f + ":2:14: error E-DATA-CLASS: \"Xuất Sắc\" is not a rating class of mini"), rendered(r.diagnostics()));
        assertEquals(List.of(), r.units());
        assertTrue(DataFixtures.EN.hint(r.diagnostics().sorted().get(0)).contains("agency, service-unit, district, commune"));
        assertTrue(DataFixtures.EN.hint(r.diagnostics().sorted().get(3)).contains("Xuất sắc; Khá; Yếu"));
    }

    @Test
    void threeBadRowsOfTwoHundredFiftyAreAllReportedInOneRun() throws IOException {
        StringBuilder csv = new StringBuilder("unit_id,unit_name,hot_spot,office\n");
        for (int i = 1; i <= 250; i++) {
            String hot = i == 17 ? "solved" : "none";
            String office = i == 120 ? "75" : i == 249 ? "" : "1";
            String id = i == 200 ? "" : "u" + i;
            csv.append(id).append(",Đơn vị ").append(i).append(',').append(hot).append(',').append(office).append('\n');
        }
        Path f = write(dir, "units.csv", csv.toString());
        ImportResult r = new CsvImporter().read(f, mini());
        assertEquals(List.of(
                f + ":18:15: error E-DATA-ENUM: \"solved\" is not a declared value of hot_spot",
                f + ":121:22: error E-DATA-SHARE: office is a share from 0 to 1, but the value is 75",
                f + ":201:1: error E-DATA-NO-ID: this unit has no unit_id"), rendered(r.diagnostics()));
        assertEquals(247, r.units().size());
        // the empty office of row 250 took the default, and says so
        assertEquals(List.of(new DefaultedField("office", 1.0, 1, false)), r.data().defaulted());
    }

    @Test
    void duplicateIdsAreNamedWithTheFirstRow() throws IOException {
        Path f = write(dir, "units.csv", "unit_id,hot_spot\nu1,none\nu2,none\nu1,handled\nu1,none\n");
        ImportResult r = new CsvImporter().read(f, mini());
        assertEquals(List.of(
                f + ":1:1: warning W-DATA-DEFAULT-COLUMN: the file has no column office: every unit gets the rubric's default, 1",
                f + ":4:1: error E-DATA-DUPLICATE-UNIT: unit id \"u1\" was already used (line 2)",
                f + ":5:1: error E-DATA-DUPLICATE-UNIT: unit id \"u1\" was already used (line 2)"), rendered(r.diagnostics()));
    }

    @Test
    void aMissingColumnWithADefaultIsUsedAndReportedWithTheUnitsItConcerns() throws IOException {
        Diagnostics d = new Diagnostics();
        UnitData data = table("unit_id,hot_spot\nu1,none\nu2,handled\nu3,none\n").type(mini(), Set.of(), d);
        assertEquals(List.of("W-DATA-DEFAULT-COLUMN"), codes(d));
        assertEquals(3, data.units().size());
        assertEquals(1.0, data.units().get(2).evidence().get("office"));
        assertEquals(List.of(new DefaultedField("office", 1.0, 3, true)), data.defaulted());
    }

    @Test
    void aMissingColumnWithoutADefaultIsOneErrorNotOnePerRow() throws IOException {
        StringBuilder csv = new StringBuilder("unit_id,office\n");
        for (int i = 1; i <= 50; i++) csv.append("u").append(i).append(",1\n");
        Diagnostics d = new Diagnostics();
        RawTable t = table(csv.toString());
        UnitData data = t.type(mini(), Set.of(), d);
        assertEquals(List.of(t.file() + ":1:1: error E-DATA-MISSING-COLUMN: the file has no column hot_spot, which mini needs and gives no default"), rendered(d));
        assertEquals(List.of(), data.units());
    }

    @Test
    void anEmptyCellWithoutADefaultIsAnErrorAtTheCell() throws IOException {
        Diagnostics d = new Diagnostics();
        RawTable t = table("unit_id,hot_spot,office\nu1,none,1\nu2,,1\n");
        t.type(mini(), Set.of(), d);
        assertEquals(List.of(t.file() + ":3:4: error E-DATA-MISSING: field hot_spot has no value and no default"), rendered(d));
    }

    @Test
    void dataForAnotherRubricGetsOneMessageNotOnePerRowOrColumn() throws IOException {
        StringBuilder csv = new StringBuilder("unit_id,unit_name,c1_directives,c2_tasks,c3_reform,c5_complaints,c6_ethics,c9_dialogue,hot_spot\n");
        for (int i = 1; i <= 250; i++) csv.append("u").append(i).append(",Đơn vị,1,1,1,1,0.5,yes,none\n");
        Diagnostics d = new Diagnostics();
        RawTable t = table(csv.toString());
        UnitData data = t.type(mini(), Set.of(), d);
        assertEquals(List.of(t.file() + ":1:1: error E-DATA-OTHER-RUBRIC: the columns of this file do not fit rubric mini: "
                + "6 of its 7 evidence columns are unknown to the rubric, and it has no column for 1 of the rubric's 2 evidence fields"), rendered(d));
        assertEquals("is this data for another regulation? Its unknown columns: c1_directives, c2_tasks, c3_reform, c5_complaints, c6_ethics, …",
                DataFixtures.EN.hint(d.all().get(0)));
        assertEquals(List.of(), data.units());
    }

    @Test
    void aColumnOfTheOtherRubricInADiffIsNotUnknownAndAnyOtherIsAWarning() throws IOException {
        RawTable t = table("unit_id,hot_spot,office,sipas_satisfaction_pct,ghi_chu\nu1,none,1,91.5,đã thẩm định\n");
        Diagnostics alone = new Diagnostics();
        t.type(mini(), Set.of(), alone);
        assertEquals(List.of(
                t.file() + ":1:25: warning W-DATA-UNKNOWN-COLUMN: column \"sipas_satisfaction_pct\" is not an evidence field of mini; it is not read",
                t.file() + ":1:48: warning W-DATA-UNKNOWN-COLUMN: column \"ghi_chu\" is not an evidence field of mini; it is not read"), rendered(alone));
        Diagnostics inDiff = new Diagnostics();
        UnitData data = t.type(mini(), Set.of("sipas_satisfaction_pct"), inDiff);
        assertEquals(List.of("W-DATA-UNKNOWN-COLUMN"), codes(inDiff));
        assertEquals(1, data.units().size());
    }

    @Test
    void columnsThatAreAllMisspeltGetSuggestionsNotTheOtherRubricMessage() throws IOException {
        Diagnostics d = new Diagnostics();
        RawTable t = table("unit_id,hotspot,ofice\nu1,none,1\n");
        t.type(mini(), Set.of(), d);
        assertEquals(List.of("E-UNKNOWN-NAME-SUGGEST", "E-UNKNOWN-NAME-SUGGEST"), codes(d));
    }

    @Test
    void anUnknownColumnCloseToAFieldTheFileLacksIsAnErrorWithASuggestion() throws IOException {
        Diagnostics d = new Diagnostics();
        RawTable t = table("unit_id,hotspot,office\nu1,none,1\n");
        t.type(mini(), Set.of(), d);
        // one error, for the column; none for hot_spot missing, nor for each row
        assertEquals(List.of(t.file() + ":1:9: error E-UNKNOWN-NAME-SUGGEST: unknown name \"hotspot\""), rendered(d));
    }

    @Test
    void oneTableTypesForTwoRubricsWithTheirOwnDefaults(@TempDir Path other) throws IOException {
        Rubric draft = DataFixtures.rubric(other, """
                regulation: { id: draft, title: Dự thảo, total: 10 }
                evidence:
                  hot_spot: { label: Điểm nóng, type: enum, values: { none: Không, handled: Đã xử lý, unhandled: Chưa xử lý } }
                  office: { label: Văn hóa công sở, type: share, default: 1 }
                  online_dialogue: { label: Đối thoại trực tuyến, type: boolean, default: false }
                criteria:
                  - id: "1"
                    title: Một
                    max: 10
                    items:
                      - { id: "1.1", title: Điểm nóng, max: 6, cite: x, pick-one: [ { label: a, when: hot_spot == none, points: 6 }, { label: b, otherwise: true, points: 0 } ] }
                      - { id: "1.2", title: Công sở, max: 4, cite: x, assessed: office }
                rating:
                  - { class: Đạt, min: 5 }
                  - { class: Không đạt, otherwise: true }
                """);
        RawTable t = table("unit_id,hot_spot,office\nu1,none,1\nu2,handled,\n");
        Diagnostics d = new Diagnostics();
        UnitData base = t.type(mini(), draft.evidence().keySet(), d);
        UnitData next = t.type(draft, mini().evidence().keySet(), d);
        assertEquals(List.of(new DefaultedField("office", 1.0, 1, false)), base.defaulted());
        assertEquals(List.of(new DefaultedField("office", 1.0, 1, false), new DefaultedField("online_dialogue", false, 2, true)), next.defaulted());
        assertEquals(false, next.units().get(0).evidence().get("online_dialogue"));
        assertEquals(List.of("W-DATA-DEFAULT-COLUMN"), codes(d));
    }
}
