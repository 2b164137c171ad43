package vn.rubric.example.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.score.Unit;
import vn.rubric.rules.pack.PackLoader;
import vn.rubric.workbench.Workbench;
import vn.rubric.workbench.data.ImportResult;
import vn.rubric.workbench.data.RawTable;
import vn.rubric.workbench.data.UnitData;
import vn.rubric.workbench.importers.CsvImporter;
import vn.rubric.workbench.plugins.PluginFolders;
import vn.rubric.workbench.plugins.PluginLoader;

/** The blank workbook the command writes, filled in as a unit would, reads back as the same units. */
class ProvinceSheetsTest {

    static final Path PACK = Path.of("..", "..", "hung-yen-02-2020").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    static Workbench workbench(StringWriter err) {
        return Workbench.create(PluginLoader.load(PluginFolders.none()).registry(), Locale.ENGLISH, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    }

    /** The blank workbook for these units, then each unit's evidence written into its sheet as a person would, and its self-score. */
    static Path filledWorkbook(Path dir, List<Unit> units) throws IOException {
        Path file = dir.resolve("so-cham-diem.xlsx");
        StringWriter err = new StringWriter();
        String[] args = new String[3 + 2 * units.size()];
        args[0] = PACK.toString();
        args[1] = "-o";
        args[2] = file.toString();
        for (int i = 0; i < units.size(); i++) {
            args[3 + 2 * i] = "--unit";
            args[4 + 2 * i] = units.get(i).id();
        }
        int exit = new CommandLine(new ProvinceSheetsCommand(workbench(err))).execute(args);
        assertEquals(0, exit, err.toString());
        Workbook book;
        try (InputStream in = Files.newInputStream(file)) {
            book = new XSSFWorkbook(in);
        }
        for (Unit u : units) {
            Sheet s = book.getSheet(u.id());
            for (Row row : s) {
                String label = ProvinceSheetsImporter.text(row.getCell(0));
                if (Layout.is(label, Layout.NAME)) row.getCell(1).setCellValue(u.name());
                if (Layout.is(label, Layout.KIND) && u.profile().kind() != null) row.getCell(1).setCellValue(u.profile().kind().key);
                if (Layout.is(ProvinceSheetsImporter.text(row.getCell(1)), Layout.TOTAL)) row.createCell(3).setCellValue(88.5);
                String evidence = ProvinceSheetsImporter.text(row.getCell(4));
                if (evidence == null || Layout.is(evidence, Layout.EVIDENCE)) continue;
                // "field = ; other = " becomes "field = value; other = value", each field once per sheet
                StringBuilder filled = new StringBuilder();
                for (String part : evidence.split(";")) {
                    String field = part.replace("=", "").strip();
                    if (filled.indexOf(field + " =") >= 0 || sheetHas(s, row.getRowNum(), field)) continue;
                    filled.append(filled.length() == 0 ? "" : "; ").append(field).append(" = ").append(u.evidence().get(field));
                }
                row.getCell(4).setCellValue(filled.toString());
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        }
        book.close();
        return file;
    }

    /** Whether a row above {@code before} already gives {@code field} (an item that reads a field another already gave). */
    private static boolean sheetHas(Sheet s, int before, String field) {
        for (Row row : s) {
            if (row.getRowNum() >= before) return false;
            String t = ProvinceSheetsImporter.text(row.getCell(4));
            if (t != null && t.matches("(?s)(.*; )?" + java.util.regex.Pattern.quote(field) + " = [^;]+.*")) return true;
        }
        return false;
    }

    static List<Unit> sampleUnits(Rubric rubric, int n) {
        ImportResult csv = new CsvImporter().read(PACK.resolve("data/units.csv"), rubric);
        assertFalse(csv.diagnostics().hasErrors(), () -> csv.diagnostics().all().toString());
        return csv.units().subList(0, n);
    }

    @Test
    void aFilledWorkbookReadsBackAsTheUnitsItWasFilledFrom() throws IOException {
        Rubric rubric = PackLoader.load(PACK).pack().rubric();
        List<Unit> units = sampleUnits(rubric, 3);
        Path file = filledWorkbook(dir, units);

        ProvinceSheetsImporter importer = new ProvinceSheetsImporter();
        assertTrue(importer.recognizes(file));
        ImportResult read = importer.read(file, rubric);
        assertFalse(read.diagnostics().hasErrors(), () -> read.diagnostics().all().toString());
        assertEquals(units.size(), read.units().size());
        for (int i = 0; i < units.size(); i++) {
            Unit want = units.get(i), got = read.units().get(i);
            assertEquals(want.id(), got.id());
            assertEquals(want.name(), got.name());
            assertEquals(want.profile().kind(), got.profile().kind());
            assertEquals(want.evidence(), got.evidence(), want.id());
            assertEquals(88.5, got.profile().recorded().selfScore());
        }
    }

    @Test
    void aBadValueIsReportedAtItsCell() throws IOException {
        Rubric rubric = PackLoader.load(PACK).pack().rubric();
        Path file = filledWorkbook(dir, sampleUnits(rubric, 1));
        Workbook book;
        try (InputStream in = Files.newInputStream(file)) {
            book = new XSSFWorkbook(in);
        }
        Sheet s = book.getSheetAt(0);
        String cell = null;
        for (Row row : s) {
            String t = ProvinceSheetsImporter.text(row.getCell(4));
            if (t != null && t.startsWith("hot_spot = ")) {
                row.getCell(4).setCellValue("hot_spot = maybe");
                cell = new org.apache.poi.ss.util.CellReference(row.getRowNum(), 4).formatAsString();
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        }
        book.close();
        Diagnostics d = new Diagnostics();
        RawTable table = new ProvinceSheetsImporter().readTable(file, d);
        UnitData data = table.type(rubric, java.util.Set.of(), d);
        assertTrue(data.units().isEmpty());
        Diagnostic e = d.all().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        assertEquals("E-DATA-ENUM", e.code());
        assertEquals(file + "!" + s.getSheetName() + "!" + cell, e.pos().toString());
    }

    @Test
    void aWorkbookInAnotherLayoutIsNotClaimed() throws IOException {
        Path other = dir.resolve("table.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(other)) {
            Row header = book.createSheet("units").createRow(0);
            header.createCell(0).setCellValue("unit_id");
            header.createCell(1).setCellValue("hot_spot");
            book.write(out);
        }
        assertFalse(new ProvinceSheetsImporter().recognizes(other));
        assertFalse(new ProvinceSheetsImporter().recognizes(dir.resolve("absent.xlsx")));
    }
}
