package vn.rubric.workbench.reports;

import vn.rubric.workbench.platform.Report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.dsl.model.Criterion;
import vn.rubric.dsl.model.Item;
import vn.rubric.dsl.score.ScoreSheet;
import vn.rubric.workbench.simulate.Comparison;
import vn.rubric.workbench.simulate.Summary;

/** The workbook on the really scored sample pack, read back with POI (and, where it is installed, LibreOffice). */
class XlsxReporterTest {

    private static final Locale VI = Messages.VIETNAMESE;

    static SamplePack sample;
    static Report.Simulation simulation;

    @TempDir
    static Path dir;

    @BeforeAll
    static void score() {
        sample = new SamplePack();
        simulation = sample.simulation(SamplePack.UNITS);
    }

    @Test
    void aSimulationHasASummaryAUnitsSheetAndOneScoringSheetPerUnit() throws Exception {
        try (XSSFWorkbook wb = read(SamplePack.write(new XlsxReporter(), simulation, VI))) {
            List<ScoreSheet> sheets = simulation.sheets();
            assertEquals(2 + sheets.size(), wb.getNumberOfSheets());
            assertEquals("Tổng hợp", wb.getSheetName(0));
            assertEquals("Đơn vị", wb.getSheetName(1));
            for (int i = 0; i < sheets.size(); i++) {
                assertEquals(sheets.get(i).unit().id(), wb.getSheetName(2 + i));
                scoringSheet(wb.getSheetAt(2 + i), sheets.get(i));
            }
            // the units sheet: every unit with its total as a number, linked to its sheet
            Sheet units = wb.getSheetAt(1);
            for (int i = 0; i < sheets.size(); i++) {
                Row row = units.getRow(1 + i);
                assertEquals(sheets.get(i).unit().id(), row.getCell(0).getStringCellValue());
                assertEquals("'" + sheets.get(i).unit().id() + "'!A1", row.getCell(0).getHyperlink().getAddress());
                assertEquals(sheets.get(i).total(), row.getCell(2).getNumericCellValue(), 1e-9);
                assertEquals(sheets.get(i).ratingClass(), row.getCell(3).getStringCellValue());
            }
            // the summary: each class with its count and share, as numbers
            Sheet summary = wb.getSheetAt(0);
            for (Summary.ClassCount c : simulation.summary().classes()) {
                Row row = rowWith(summary, 1, c.ratingClass());
                assertEquals(c.count(), row.getCell(2).getNumericCellValue());
                assertEquals(c.share(), row.getCell(3).getNumericCellValue(), 1e-12);
                assertEquals("0.0%", row.getCell(3).getCellStyle().getDataFormatString());
            }
            assertEquals(simulation.summary().totals().mean(), rowWith(summary, 1, "Trung bình").getCell(2).getNumericCellValue(), 1e-9);
            for (Summary.ItemStats item : simulation.summary().items()) {
                Row row = rowWith(summary, 0, item.id());
                assertEquals(item.max(), row.getCell(2).getNumericCellValue());
                assertEquals(item.points().mean(), row.getCell(3).getNumericCellValue(), 1e-9);
            }
            assertTrue(rowWith(summary, 0, "4.4").getCell(6).getStringCellValue().contains("không để xảy ra điểm nóng: 8"));
        }
    }

    /** BẢNG CHẤM ĐIỂM: the head row, criteria in bold with subtotals, items with points, citation, rule and evidence, the total and class. */
    private static void scoringSheet(Sheet sheet, ScoreSheet s) {
        String where = sheet.getSheetName();
        assertEquals(s.unit().name() + " (" + s.unit().id() + ")", sheet.getRow(0).getCell(0).getStringCellValue(), where);
        assertEquals("BẢNG CHẤM ĐIỂM", sheet.getRow(1).getCell(0).getStringCellValue(), where);
        Row head = rowWith(sheet, 0, "STT");
        assertEquals(List.of("STT", "Nội dung tiêu chí", "Thang điểm", "Điểm", "Căn cứ", "Mức chấm áp dụng", "Minh chứng đã đọc"), texts(head));
        assertEquals(62 * 256, sheet.getColumnWidth(1), where);
        int r = head.getRowNum() + 1;
        List<String> roman = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII");
        for (Criterion c : simulation.rubric().criteria()) {
            Row group = sheet.getRow(r++);
            assertEquals(roman.get(Integer.parseInt(c.id()) - 1), group.getCell(0).getStringCellValue(), where);
            assertEquals("Tiêu chí số " + c.id() + ": " + TextLayout.oneLine(c.title()), group.getCell(1).getStringCellValue(), where);
            assertTrue(sheet.getWorkbook().getFontAt(group.getCell(1).getCellStyle().getFontIndex()).getBold(), where);
            assertEquals(c.max(), numeric(group.getCell(2)), where);
            assertEquals(s.criterion(c.id()).points(), numeric(group.getCell(3)), 1e-9, where);
            for (Item item : c.items()) {
                Row row = sheet.getRow(r++);
                ScoreSheet.ItemLine line = s.item(item.id());
                assertEquals(item.id(), row.getCell(0).getStringCellValue(), where);
                assertTrue(row.getCell(1).getCellStyle().getWrapText(), where);
                assertEquals(line.max(), numeric(row.getCell(2)), where);
                assertEquals(line.points(), numeric(row.getCell(3)), 1e-9, where + " " + item.id());
                assertEquals(line.citation(), row.getCell(4).getStringCellValue(), where);
                assertEquals(line.rule(), row.getCell(5).getStringCellValue(), where);
                for (String field : line.read().keySet()) assertTrue(row.getCell(6).getStringCellValue().contains(field + " = "), where);
            }
        }
        Row total = sheet.getRow(r++);
        assertEquals("Tổng điểm", total.getCell(1).getStringCellValue(), where);
        assertEquals(100, numeric(total.getCell(2)), where);
        assertEquals(s.total(), numeric(total.getCell(3)), 1e-9, where);
        assertEquals("Xếp loại: " + s.ratingClass(), sheet.getRow(r).getCell(1).getStringCellValue(), where);
    }

    @Test
    void theSameWorkbookTwiceIsTheSameBytesAndCarriesNoDate() throws Exception {
        byte[] first = SamplePack.write(new XlsxReporter(), simulation, VI);
        assertArrayEquals(first, SamplePack.write(new XlsxReporter(), simulation, VI));
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
            ZipEntry e = zip.getNextEntry();
            assertEquals("[Content_Types].xml", e.getName());
            for (; e != null; e = zip.getNextEntry()) {
                assertEquals(java.time.LocalDateTime.of(1980, 1, 1, 0, 0), e.getTimeLocal(), e.getName());
                if (e.getName().equals("docProps/core.xml")) {
                    String core = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    assertFalse(core.contains("created"), core);
                    assertTrue(core.contains("Rubric Workbench"), core);
                }
            }
        }
        try (XSSFWorkbook wb = read(first)) {
            assertNull(wb.getProperties().getCoreProperties().getCreated());
        }
    }

    @Test
    void sheetNamesForAwkwardUnitIdsAreValidUniqueAndLinked(@TempDir Path tmp) throws Exception {
        Report.Scores scores = sample.scores(SamplePack.awkwardUnits(tmp));
        try (XSSFWorkbook wb = read(SamplePack.write(new XlsxReporter(), scores, VI))) {
            assertEquals(2 + scores.sheets().size(), wb.getNumberOfSheets());
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                String name = wb.getSheetName(i);
                assertTrue(name.length() <= 31, name);
                assertTrue(name.chars().noneMatch(ch -> "[]:*?/\\".indexOf(ch) >= 0), name);
                assertFalse(name.startsWith("'") || name.endsWith("'"), name);
                assertFalse(name.equalsIgnoreCase("history"), name);
                assertTrue(seen.add(name.toLowerCase(Locale.ROOT)), "unique: " + name);
            }
            assertEquals(List.of("Tổng hợp", "Đơn vị", "vg_noi_vu__1__", "Phong-Tu-Phap-huyen-Van-Giang-t", "VG-LDTBXH", "vg-ldtbxh~2",
                    "History_", "quoted"), names(wb));
            // each unit's id in the units sheet links to its own sheet, whose head names the unit verbatim
            Sheet units = wb.getSheetAt(1);
            for (int i = 0; i < scores.sheets().size(); i++) {
                ScoreSheet s = scores.sheets().get(i);
                XSSFCell id = (XSSFCell) units.getRow(1 + i).getCell(0);
                assertEquals(s.unit().id(), id.getStringCellValue());
                String target = wb.getSheetName(2 + i);
                assertEquals(SheetNames.reference(target), id.getHyperlink().getAddress());
                assertEquals(s.unit().name() + " (" + s.unit().id() + ")", wb.getSheet(target).getRow(0).getCell(0).getStringCellValue());
            }
        }
    }

    @Test
    void aDiffHasTheMatrixTheMoversAndEachUnit() throws Exception {
        Report.Diff diff = sample.diff(new SamplePack(SamplePack.writeDraft(dir)), 88);
        Comparison c = diff.comparison();
        try (XSSFWorkbook wb = read(SamplePack.write(new XlsxReporter(), diff, VI))) {
            // the workbook opens on what changed in the regulation
            assertEquals(List.of("Thay đổi", "Tổng hợp", "Đơn vị"), names(wb));
            Sheet changes = wb.getSheetAt(0);
            Row first = rowWith(changes, 0, "STT");
            assertEquals(List.of("STT", "Thay đổi", "Căn cứ"), texts(first));
            for (int k = 0; k < diff.changes().size(); k++) assertEquals(k + 1, numeric(changes.getRow(first.getRowNum() + 1 + k).getCell(0)));
            assertEquals("tham số top_class_min: giá trị 90 → 88 (tác động tới xếp loại \"Hoàn thành xuất sắc nhiệm vụ\")",
                    changes.getRow(first.getRowNum() + 2).getCell(1).getStringCellValue());
            Sheet summary = wb.getSheetAt(1);
            Row head = rowWith(summary, 1, "Theo hung-yen-02-2020 (hàng) → theo hung-yen-draft-test (cột)");
            Comparison.Transitions t = c.transitions();
            assertEquals(t.draftClasses(), texts(head).subList(1, 1 + t.draftClasses().size()));
            for (int i = 0; i < t.baseClasses().size(); i++) {
                Row row = summary.getRow(head.getRowNum() + 1 + i);
                assertEquals(t.baseClasses().get(i), row.getCell(1).getStringCellValue());
                for (int j = 0; j < t.draftClasses().size(); j++) assertEquals(t.counts()[i][j], numeric(row.getCell(2 + j)));
            }
            assertFalse(c.movers().isEmpty());
            for (Comparison.UnitChange u : c.movers()) {
                Row row = rowWith(summary, 0, u.unit().id());
                assertEquals(u.baseTotal(), numeric(row.getCell(2)), 1e-9);
                assertEquals(u.draftTotal(), numeric(row.getCell(3)), 1e-9);
                assertEquals(u.draftClass(), row.getCell(6).getStringCellValue());
                if (!u.items().isEmpty()) assertTrue(row.getCell(7).getStringCellValue().startsWith("nội dung " + u.items().get(0).id() + ": "));
            }
            Comparison.ItemShift hotSpot = c.items().stream().filter(s -> s.id().equals("4.4")).findFirst().orElseThrow();
            Row shift = rowWith(summary, 0, "4.4");
            assertEquals(hotSpot.gained(), numeric(shift.getCell(2)), 1e-9);
            assertEquals(hotSpot.unitsGained(), numeric(shift.getCell(3)));
            Sheet units = wb.getSheetAt(2);
            assertEquals(c.units().size(), units.getLastRowNum());
            for (int i = 0; i < c.units().size(); i++) assertEquals(c.units().get(i).delta(), numeric(units.getRow(1 + i).getCell(6)), 1e-9);
        }
    }

    @Test
    void aRewordedTitleHasItsWordsStruckOutAndUnderlined() throws Exception {
        Report.Changes changes = sample.rewordedChanges();
        try (XSSFWorkbook wb = read(SamplePack.write(new XlsxReporter(), changes, VI))) {
            assertEquals(List.of("Thay đổi"), names(wb));
            Sheet sheet = wb.getSheetAt(0);
            Row head = rowWith(sheet, 0, "STT");
            XSSFCell title = (XSSFCell) sheet.getRow(head.getRowNum() + 1).getCell(1);
            String text = title.getStringCellValue();
            assertTrue(text.startsWith("nội dung 5.2: tên: Cơ quan, đơn vị"), text);
            // the runs of the rich text: "vi phạm" struck out, "bị" underlined, the rest plain
            var rich = title.getRichStringCellValue();
            List<String> struck = new ArrayList<>(), underlined = new ArrayList<>();
            for (int k = 0; k < rich.numFormattingRuns(); k++) {
                var font = rich.getFontOfFormattingRun(k);
                if (font == null) continue;
                String run = text.substring(rich.getIndexOfFormattingRun(k), rich.getIndexOfFormattingRun(k) + rich.getLengthOfFormattingRun(k));
                if (font.getStrikeout()) struck.add(run);
                if (font.getUnderline() != 0) underlined.add(run);
            }
            assertEquals(List.of("vi phạm"), struck);
            assertEquals(List.of("bị"), underlined);
            assertEquals("nội dung 5.2, mức \"kiểm điểm, phê bình\": điểm 2 → 1", sheet.getRow(head.getRowNum() + 2).getCell(1).getStringCellValue());
        }
    }

    @Test
    void aSweepIsATableWithTheRubricsValueMarked() throws Exception {
        Report.SweepRun run = sample.sweep("good_class_min", 60, 70, 80);
        try (XSSFWorkbook wb = read(SamplePack.write(new XlsxReporter(), run, Locale.ENGLISH))) {
            assertEquals(List.of("Summary"), names(wb));
            Sheet s = wb.getSheetAt(0);
            Row head = rowWith(s, 0, "Value of good_class_min");
            assertEquals("Hoàn thành xuất sắc nhiệm vụ", head.getCell(1).getStringCellValue());
            for (int i = 0; i < 3; i++) {
                Row row = s.getRow(head.getRowNum() + 1 + i);
                assertEquals(run.sweep().points().get(i).value(), numeric(row.getCell(0)));
                int units = 0;
                for (int k = 0; k < 4; k++) units += (int) numeric(row.getCell(1 + k));
                assertEquals(12, units);
                assertEquals(i == 1 ? "yes" : "", row.getCell(6).getStringCellValue());
            }
        }
    }

    /** LibreOffice, where it is installed (not needed for the build): the workbook opens and every sheet converts. */
    @Test
    void libreOfficeOpensTheWorkbook(@TempDir Path tmp) throws Exception {
        Path soffice = List.of("/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice").stream().map(Path::of)
                .filter(Files::isExecutable).findFirst().orElse(null);
        Assumptions.assumeTrue(soffice != null, "LibreOffice is not installed here; the workbook is checked with POI only");
        Path xlsx = tmp.resolve("sim.xlsx");
        Files.write(xlsx, SamplePack.write(new XlsxReporter(), simulation, VI));
        // UTF-8 (76), every sheet to its own file (-1); a private profile so a running LibreOffice does not interfere
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + tmp.resolve("profile").toUri(), "--headless",
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", tmp.toString(), xlsx.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "soffice did not finish");
        ScoreSheet first = simulation.sheets().get(0);
        Path unitCsv = tmp.resolve("sim-" + first.unit().id() + ".csv");
        assertTrue(Files.exists(unitCsv), Files.readString(tmp.resolve("soffice.log")));
        List<String> lines = Files.readAllLines(unitCsv, StandardCharsets.UTF_8);
        assertEquals("STT,Nội dung tiêu chí,Thang điểm,Điểm,Căn cứ,Mức chấm áp dụng,Minh chứng đã đọc", lines.get(5));
        assertTrue(lines.contains(",Tổng điểm,100," + CsvReporter.number(first.total()) + ",,,"), String.join("\n", lines));
        assertTrue(Files.exists(tmp.resolve("sim-Tổng hợp.csv")));
    }

    // ------------------------------------------------------------------ helpers

    static XSSFWorkbook read(byte[] xlsx) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    static List<String> names(XSSFWorkbook wb) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) out.add(wb.getSheetName(i));
        return out;
    }

    /** A number stored as a number: a number written as text fails here. */
    static double numeric(Cell cell) {
        assertNotNull(cell);
        assertEquals(CellType.NUMERIC, cell.getCellType(), cell.getAddress().toString());
        return cell.getNumericCellValue();
    }

    static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        for (Cell c : row) out.add(c.getStringCellValue());
        return out;
    }

    /** The first row whose cell in {@code column} holds exactly {@code text}. */
    static Row rowWith(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            Cell c = row.getCell(column);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) return row;
        }
        throw new AssertionError("no row with \"" + text + "\" in column " + column + " of " + sheet.getSheetName());
    }
}
