package vn.rubric.workbench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.rules.pack.PackLoader;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.dsl.score.Unit;
import vn.rubric.workbench.exporters.ScoringSheetWriter;
import vn.rubric.workbench.data.ImportResult;
import vn.rubric.workbench.importers.XlsxImporter;

/**
 * The blank scoring sheet as a unit fills it in a spreadsheet program (here: POI, cell by
 * cell, as a person would type), and read back as unit data.
 */
class ScoringSheetTest {

    /** The mini pack of the rules module: every field type, bonus, deductions and a hand-written rule. */
    static final Path MINI = Path.of("..", "rules", "src", "test", "resources", "mini-pack");

    @Test
    void theBlankSheetHasOneRowPerItemAndItsEvidenceWithChecks() throws IOException {
        RulePack pack = PackLoader.load(MINI).pack();
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(new ScoringSheetWriter().write(pack)))) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("Bảng chấm điểm", sheet.getSheetName());
            assertEquals("BẢNG CHẤM ĐIỂM", sheet.getRow(0).getCell(0).getStringCellValue());
            Row item = rowOf(sheet, "1.1");
            assertEquals("Không để xảy ra điểm nóng", item.getCell(ScoringSheetWriter.CONTENT).getStringCellValue());
            assertEquals(6.0, item.getCell(ScoringSheetWriter.MAX).getNumericCellValue());
            assertEquals("Điểm nóng", item.getCell(ScoringSheetWriter.EVIDENCE).getStringCellValue());
            assertEquals("hot_spot", item.getCell(ScoringSheetWriter.KEY).getStringCellValue());
            assertTrue(item.getCell(ScoringSheetWriter.ALLOWED).getStringCellValue().contains("Chưa xử lý"));
            for (String id : List.of("1", "1.2", "2", "2.1", "T.1", "D.1")) rowOf(sheet, id);
            assertEquals("dialogues", rowOf(sheet, "2.1").getCell(ScoringSheetWriter.KEY).getStringCellValue(),
                    "a hand-written rule's item shows the fields it declares it reads");
            assertTrue(wb.isSheetHidden(1), "the lists behind the drop-downs are hidden");

            DataValidation hotSpot = validationAt(sheet, item.getRowNum());
            assertEquals(DataValidationConstraint.ValidationType.LIST, hotSpot.getValidationConstraint().getValidationType());
            assertEquals("'Danh mục'!$A$2:$A$4", hotSpot.getValidationConstraint().getFormula1());
            DataValidation office = validationAt(sheet, rowOfKey(sheet, "office").getRowNum());
            assertEquals(DataValidationConstraint.ValidationType.DECIMAL, office.getValidationConstraint().getValidationType());
            assertEquals("0", office.getValidationConstraint().getFormula1());
            assertEquals("1", office.getValidationConstraint().getFormula2());
            DataValidation count = validationAt(sheet, rowOfKey(sheet, "dialogues").getRowNum());
            assertEquals(DataValidationConstraint.ValidationType.INTEGER, count.getValidationConstraint().getValidationType());
            DataValidation yesNo = validationAt(sheet, rowOfKey(sheet, "model_recognized").getRowNum());
            assertArrayEquals(new String[] {"Có", "Không"}, yesNo.getValidationConstraint().getExplicitListValues());
        }
    }

    @Test
    void theSameLanguageWhateverTheUsersAndTheSameBytesEveryTime() throws IOException {
        RulePack pack = PackLoader.load(MINI).pack();
        assertArrayEquals(new ScoringSheetWriter().write(pack), new ScoringSheetWriter().write(pack));
    }

    @Test
    void aFilledSheetComesBackAsTypedEvidence(@TempDir Path dir) throws IOException {
        RulePack pack = PackLoader.load(MINI).pack();
        Path filled = fill(pack, dir.resolve("so-tu-phap.xlsx"), Map.of(
                "unit_id", "so-tu-phap", "unit_name", "Sở Tư pháp",
                "hot_spot", "Đã xử lý",          // the drop-down's label
                "office", 0.9, "dialogues", 3.0, "model_recognized", "Có"));
        ImportResult r = new XlsxImporter().read(filled, pack.rubric());
        assertEquals(List.of(), r.diagnostics().all());
        assertEquals(1, r.units().size());
        Unit u = r.units().get(0);
        assertEquals("so-tu-phap", u.id());
        assertEquals("Sở Tư pháp", u.name());
        assertEquals("handled", u.evidence().get("hot_spot"));
        assertEquals(0.9, u.evidence().get("office"));
        assertEquals(3, u.evidence().get("dialogues"));
        assertEquals(0, u.evidence().get("cancelled"), "an empty cell takes the field's default");
        assertEquals(true, u.evidence().get("model_recognized"));
    }

    @Test
    void everyCellThatBreaksTheSchemaIsNamedBySheetAndCell(@TempDir Path dir) throws IOException {
        RulePack pack = PackLoader.load(MINI).pack();
        Path filled = fill(pack, dir.resolve("bad.xlsx"), Map.of(
                "unit_id", "xa-a", "hot_spot", "đã giải quyết", "office", 1.5, "dialogues", "ba", "model_recognized", "chưa rõ"));
        ImportResult r = new XlsxImporter().read(filled, pack.rubric());
        assertEquals(List.of(), r.units());
        Messages en = Messages.diagnostics(java.util.Locale.ENGLISH);
        List<String> shown = r.diagnostics().sorted().stream().map(en::render).toList();
        String at = filled + "!Bảng chấm điểm!G";
        assertHas(shown, at + rowOfKeyIn(filled, "hot_spot") + ": error E-DATA-ENUM: \"đã giải quyết\" is not a declared value of hot_spot");
        assertHas(shown, at + rowOfKeyIn(filled, "office") + ": error E-DATA-SHARE");
        assertHas(shown, at + rowOfKeyIn(filled, "dialogues") + ": error E-DATA-NUMBER");
        assertHas(shown, at + rowOfKeyIn(filled, "model_recognized") + ": error E-DATA-BOOLEAN");
        assertEquals(4, shown.size(), shown.toString());
    }

    @Test
    void copiesOfTheSheetInOneWorkbookAreUnitsAndAReusedIdIsNamed(@TempDir Path dir) throws IOException {
        RulePack pack = PackLoader.load(MINI).pack();
        Path one = fill(pack, dir.resolve("one.xlsx"), Map.of("unit_id", "xa-a", "hot_spot", "none"));
        Path many = dir.resolve("many.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(one))) {
            Sheet copy = wb.cloneSheet(0);
            wb.setSheetName(wb.getSheetIndex(copy), "Xã B");
            value(copy, "unit_id", "xa-b");
            value(copy, "hot_spot", "Chưa xử lý");
            Sheet again = wb.cloneSheet(0);
            wb.setSheetName(wb.getSheetIndex(again), "Xã A lần hai");
            try (OutputStream out = Files.newOutputStream(many)) {
                wb.write(out);
            }
        }
        ImportResult r = new XlsxImporter().read(many, pack.rubric());
        assertEquals(List.of("xa-a", "xa-b"), r.units().stream().map(Unit::id).toList());
        assertEquals("unhandled", r.units().get(1).evidence().get("hot_spot"));
        List<Diagnostic> errors = r.diagnostics().all();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("E-DATA-DUPLICATE-UNIT", errors.get(0).code());
        assertTrue(errors.get(0).pos().toString().endsWith("many.xlsx!Xã A lần hai!G" + rowOfKeyIn(one, "unit_id")), errors.get(0).pos().toString());
    }

    @Test
    void anEmptyFileOrAnotherKindOfFileGetsOneClearError(@TempDir Path dir) throws IOException {
        RulePack pack = PackLoader.load(MINI).pack();
        Path empty = Files.createFile(dir.resolve("empty.xlsx"));
        Path csv = Files.writeString(dir.resolve("units.xlsx"), "unit_id,hot_spot\nu1,none\n");
        for (Path p : List.of(empty, csv)) {
            ImportResult r = new XlsxImporter().read(p, pack.rubric());
            assertEquals(1, r.diagnostics().all().size(), r.diagnostics().all().toString());
            assertEquals(p == empty ? "E-DATA-EMPTY-FILE" : "E-DATA-NOT-XLSX", r.diagnostics().all().get(0).code());
        }
    }

    @Test
    void theScoreCommandReadsAFilledSheet(@TempDir Path dir) throws IOException {
        // the mini pack names no decision date: it goes out as a draft
        Cli export = Cli.run("export", CliTest.pack().toString(), "--version", "1.0.0", "--draft", "-o", dir.toString());
        assertEquals(0, export.exit(), export.toString());
        Path sheet = dir.resolve("mini-1.0.0-draft.1.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(sheet))) {
            value(wb.getSheetAt(0), "unit_id", "u2");
            value(wb.getSheetAt(0), "unit_name", "UBND xã Long Hưng");
            value(wb.getSheetAt(0), "hot_spot", "Đã xử lý");
            value(wb.getSheetAt(0), "office", 0.7);
            try (OutputStream out = Files.newOutputStream(dir.resolve("u2.xlsx"))) {
                wb.write(out);
            }
        }
        Cli fromSheet = Cli.run("score", CliTest.pack().toString(), "--data", dir.resolve("u2.xlsx").toString(), "--format", "json");
        Cli fromCsv = Cli.run("score", CliTest.pack().toString(), "--unit", "u2", "--format", "json");
        assertEquals(0, fromSheet.exit(), fromSheet.toString());
        assertEquals(fromCsv.out(), fromSheet.out());
    }

    /** Fills the blank sheet of {@code pack} as a person would: a value typed into the value cell of each field's row. */
    static Path fill(RulePack pack, Path file, Map<String, Object> values) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(new ScoringSheetWriter().write(pack)))) {
            values.forEach((key, v) -> value(wb.getSheetAt(0), key, v));
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    static void value(Sheet sheet, String key, Object v) {
        var cell = rowOfKey(sheet, key).getCell(ScoringSheetWriter.VALUE);
        if (v instanceof Double d) cell.setCellValue(d);
        else cell.setCellValue(v.toString());
    }

    static Row rowOf(Sheet sheet, String id) {
        for (Row r : sheet) {
            var c = r.getCell(ScoringSheetWriter.NO);
            if (c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && c.getStringCellValue().equals(id)) return r;
        }
        throw new AssertionError("no row " + id);
    }

    static Row rowOfKey(Sheet sheet, String key) {
        for (Row r : sheet) {
            var c = r.getCell(ScoringSheetWriter.KEY);
            if (c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && c.getStringCellValue().equals(key)) return r;
        }
        throw new AssertionError("no row for " + key);
    }

    /** The 1-based row number (as Excel shows it) of a field's row in a saved sheet. */
    static int rowOfKeyIn(Path file, String key) throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            return rowOfKey(wb.getSheetAt(0), key).getRowNum() + 1;
        }
    }

    static DataValidation validationAt(Sheet sheet, int row) {
        return sheet.getDataValidations().stream()
                .filter(v -> v.getRegions().getCellRangeAddress(0).isInRange(row, ScoringSheetWriter.VALUE))
                .findFirst().orElseThrow(() -> new AssertionError("no check on row " + (row + 1)));
    }

    static void assertHas(List<String> shown, String start) {
        assertTrue(shown.stream().anyMatch(s -> s.startsWith(start)), start + "\n  not in\n" + String.join("\n", shown));
    }
}
