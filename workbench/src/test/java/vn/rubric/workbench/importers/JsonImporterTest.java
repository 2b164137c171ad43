package vn.rubric.workbench.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
