package vn.rubric.workbench.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.rubric.workbench.importers.DataFixtures.codes;
import static vn.rubric.workbench.importers.DataFixtures.mini;
import static vn.rubric.workbench.importers.DataFixtures.rendered;
import static vn.rubric.workbench.importers.DataFixtures.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.rubric.dsl.score.Unit;
import vn.rubric.dsl.score.UnitKind;

class XlsxImporterTest {

    @TempDir
    Path dir;

    /** A sheet as a drafter keeps it: a title row, the header, then units; cells as Excel types them. */
    private Path workbook(String name, Object[]... rows) throws IOException {
        Path f = dir.resolve(name);
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            Sheet sheet = wb.createSheet("Đơn vị");
            sheet.createRow(0).createCell(0).setCellValue("DANH SÁCH ĐƠN VỊ NĂM 2024");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v == null) continue;
                    if (v instanceof Double d) row.createCell(c).setCellValue(d);
                    else if (v instanceof Integer i) row.createCell(c).setCellValue(i);
                    else if (v instanceof Boolean b) row.createCell(c).setCellValue(b);
                    else if (v instanceof String s && s.startsWith("=")) row.createCell(c).setCellFormula(s.substring(1));
                    else row.createCell(c).setCellValue((String) v);
                }
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.createSheet("Ghi chú").createRow(0).createCell(0).setCellValue("not read");
            wb.write(out);
        }
        return f;
    }

    private static final Object[] HEADER = {"unit_id", "unit_name", "unit_kind", "year", "appraised_score", "hot_spot", "office"};

    @Test
    void readsTheFirstSheetBelowItsTitleWithNumbersTextAndFormulas() throws IOException {
        Path f = workbook("units.xlsx", HEADER,
                new Object[] {"vg", "UBND huyện Văn Giang", "district", 2024, 9.25, "none", 1.0},
                new Object[] {101, "UBND xã Long Hưng", "commune", 2024.0, null, "handled", "=3/4"},
                new Object[] {null, null, null, null, null, null, null},
                new Object[] {"vg-tp", "Phòng Tư pháp", "agency", "2024", "9,5", "none", "0,5"});
        ImportResult r = new XlsxImporter().read(f, mini());
        assertEquals(List.of(), codes(r.diagnostics()));
        assertEquals(List.of("vg", "101", "vg-tp"), r.units().stream().map(Unit::id).toList());
        Unit vg = r.units().get(0);
        assertEquals(new Unit.Profile(UnitKind.DISTRICT, null, 2024, new Unit.Recorded(null, 9.25, null)), vg.profile());
        assertEquals(0.75, r.units().get(1).evidence().get("office"));
        assertEquals(0.5, r.units().get(2).evidence().get("office"));
        assertEquals(9.5, r.units().get(2).profile().recorded().appraisedScore());
        assertEquals(f + "!Đơn vị!3:3", vg.origin().toString());
    }

    @Test
    void errorsNameFileSheetAndCell() throws IOException {
        Path f = workbook("units.xlsx", HEADER,
                new Object[] {"u1", "A", "commune", 2024, 9.0, "solved", 1.0},
                new Object[] {"u2", "B", "commune", 2024, 9.0, "none", "=1/0"},
                new Object[] {"u1", "C", "province", 2024, 9.0, "none", 1.5});
        ImportResult r = new XlsxImporter().read(f, mini());
        assertEquals(List.of(
                f + "!Đơn vị!F3: error E-DATA-ENUM: \"solved\" is not a declared value of hot_spot",
                f + "!Đơn vị!G4: error E-DATA-CELL-ERROR: the cell holds the Excel error #DIV/0!",
                f + "!Đơn vị!A5: error E-DATA-DUPLICATE-UNIT: unit id \"u1\" was already used (line 3)",
                f + "!Đơn vị!C5: error E-DATA-UNIT-KIND: \"province\" is not a kind of unit",
                f + "!Đơn vị!G5: error E-DATA-SHARE: office is a share from 0 to 1, but the value is 1.5"), rendered(r.diagnostics()));
    }

    @Test
    void aZeroByteWorkbookIsEmptyAndAnotherFileIsNotAWorkbook() throws IOException {
        Path empty = write(dir, "empty.xlsx", "");
        assertEquals(List.of(empty + ": error E-DATA-EMPTY-FILE: the file is empty"), rendered(new XlsxImporter().read(empty, mini()).diagnostics()));
        Path csv = write(dir, "units.xlsx", "unit_id,hot_spot\nu1,none\n");
        assertEquals(List.of(csv + ": error E-DATA-NOT-XLSX: units.xlsx is not an Excel workbook"),
                rendered(new XlsxImporter().read(csv, mini()).diagnostics()));
    }

    @Test
    void aSheetWithoutUnitIdIsNamedAtItsFirstRow() throws IOException {
        Path f = workbook("units.xlsx", new Object[] {"ma_don_vi", "hot_spot"}, new Object[] {"u1", "none"});
        assertEquals(List.of(f + "!Đơn vị!1:1: error E-DATA-NO-ID-COLUMN: the header has no unit_id column"),
                rendered(new XlsxImporter().read(f, mini()).diagnostics()));
    }
}
