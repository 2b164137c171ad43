package vn.rubric.workbench.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.rubric.dsl.model.Criterion;
import vn.rubric.dsl.model.Item;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.model.Scoring;
import vn.rubric.workbench.Cli;

/** A pack from a province's sheet: the round trip from the appendix, an Excel sheet, and every table it cannot read. */
class ImportSheetTest {

    private static Path appendix(Path dir) {
        Path out = dir.resolve("phụ-lục.docx");
        Cli r = Cli.run("document", DocumentsTest.BASE.toString(), "--kind", "appendix", "-o", out.toString());
        assertEquals(0, r.exit(), r.toString());
        return out;
    }

    @Test
    void theAppendixReadBackGivesTheRubricsCriteriaItemsPointsAndTitles(@TempDir Path dir) throws IOException {
        Path pack = dir.resolve("hưng-yên-nhập");
        Cli r = Cli.run("import-sheet", appendix(dir).toString(), "-o", pack.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("8 tiêu chí, 28 nội dung, 12 mức chấm"), r.out());

        Rubric rubric = DocumentsTest.workspace().load(DocumentsTest.BASE).value().rubric();
        ScoringTable read = SheetReader.read(dir.resolve("phụ-lục.docx")).value();
        assertEquals(8, read.criteria().size());
        assertEquals(28, read.items());
        assertEquals(100.0, read.total());
        String yaml = Files.readString(pack.resolve("rubric.yaml"), StandardCharsets.UTF_8);
        for (int c = 0; c < rubric.criteria().size(); c++) {
            Criterion want = rubric.criteria().get(c);
            ScoringTable.Criterion got = read.criteria().get(c);
            assertEquals(List.of(want.id(), DocumentsTest.nfc(want.title()), want.max()), List.of(got.id(), got.title(), got.max()));
            assertEquals(want.items().size(), got.items().size());
            for (int i = 0; i < want.items().size(); i++) {
                Item wi = want.items().get(i);
                ScoringTable.Item gi = got.items().get(i);
                assertEquals(List.of(wi.id(), DocumentsTest.nfc(wi.title()), wi.max()), List.of(gi.id(), gi.title(), gi.max()));
                List<Double> points = wi.scoring() instanceof Scoring.PickOne p ? p.tiers().stream().map(t -> t.points().value()).toList() : List.of();
                assertEquals(points, gi.tiers().stream().map(ScoringTable.Tier::points).toList(), wi.id());
                // what the pack says is what the sheet says
                assertTrue(yaml.contains("title: " + PackFromSheet.quote(wi.title())), wi.id());
            }
            assertTrue(yaml.contains("title: " + PackFromSheet.quote(want.title())), want.id());
        }
        assertEquals(List.of("Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ"),
                read.rating().stream().map(ScoringTable.RatingClass::name).toList());
        assertEquals(java.util.Arrays.asList(90.0, 70.0, 50.0, null), read.rating().stream().map(ScoringTable.RatingClass::min).toList());

        // validate lists exactly what is left to decide: the condition of each of the 12 tiers and the 2 bars, nothing else
        Cli v = Cli.run("--lang", "en", "validate", pack.toString());
        assertEquals(1, v.exit(), v.toString());
        List<String> errors = v.err().lines().filter(l -> l.contains(": error ")).toList();
        assertEquals(14, errors.size(), v.err());
        for (String e : errors) assertTrue(e.contains("E-UNKNOWN-NAME") && e.contains(PackFromSheet.PLACEHOLDER), e);
    }

    @Test
    void anExcelSheetIsReadToo(@TempDir Path dir) throws IOException {
        Path xlsx = dir.resolve("bảng.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet s = wb.createSheet("Bảng điểm");
            rows(s, new String[][] {
                    {"BẢNG CHẤM ĐIỂM CÔNG TÁC DÂN VẬN"},
                    {"STT", "Nội dung tiêu chí", "Thang điểm", "Tự chấm"},
                    {"I", "Xây dựng cơ quan, công sở văn minh", "8"},
                    {"1.1", "Công sở văn minh", "3", "", "a_1_1"},
                    {"", "", "", "", "a_1_1_more"},
                    {"1.2", "Không vi phạm kỷ luật", "5"},
                    {"", "- Không có vi phạm", "5"},
                    {"", "- Có người bị kiểm điểm", "2,5"},
                    {"", "Tổng cộng", "8"}});
            wb.write(out);
        }
        Path pack = dir.resolve("pack");
        Cli r = Cli.run("--lang", "en", "import-sheet", xlsx.toString(), "-o", pack.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("the sheet has no table of rating classes"), r.out());
        String yaml = Files.readString(pack.resolve("rubric.yaml"));
        assertTrue(yaml.contains("text: 'Có người bị kiểm điểm'\n            when: can_quyet_dinh_1_2_muc_2"), yaml);
        assertTrue(yaml.contains("points: 2.5"), yaml);
        assertTrue(yaml.contains("assessed: a_1_1"), yaml);
        Cli v = Cli.run("--lang", "en", "validate", pack.toString());
        List<String> errors = v.err().lines().filter(l -> l.contains(": error ")).toList();
        // the two tiers, and the rating classes the sheet does not give
        assertTrue(errors.stream().filter(e -> e.contains("E-UNKNOWN-NAME")).count() == 2, v.err());
        assertTrue(errors.stream().anyMatch(e -> e.contains("rating")), v.err());
    }

    private static void rows(Sheet s, String[][] cells) {
        for (int r = 0; r < cells.length; r++) {
            Row row = s.createRow(r);
            for (int c = 0; c < cells[r].length; c++) row.createCell(c).setCellValue(cells[r][c]);
        }
    }

    // ---- what it cannot read: a located error, exit 2, no folder ------------------------

    private static void refused(Path dir, Path input, String code, String where) throws IOException {
        Path pack = dir.resolve("out").resolve("pack");
        Cli r = Cli.run("--lang", "en", "import-sheet", input.toString(), "-o", pack.toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains(code), r.err());
        assertTrue(r.err().contains(where), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(pack), "no half-written pack");
        if (Files.exists(pack.getParent())) {
            try (Stream<Path> left = Files.list(pack.getParent())) {
                assertEquals(List.of(), left.toList(), "no temporary folder left behind");
            }
        }
    }

    @Test
    void aFileOfNoBytesIsAnInputError(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("trống.docx"));
        refused(dir, empty, "E-SHEET-EMPTY-FILE", "trống.docx");
    }

    @Test
    void aSheetLargerThanTheDataLimitIsRefusedBeforeItIsOpened(@TempDir Path dir) throws IOException {
        Path big = Files.write(dir.resolve("lớn.xlsx"), new byte[2 * 1024 * 1024]);
        String before = System.getProperty("rubric.limit.data-mb");
        System.setProperty("rubric.limit.data-mb", "1");
        try {
            refused(dir, big, "E-INPUT-TOO-LARGE", "lớn.xlsx");
        } finally {
            if (before == null) System.clearProperty("rubric.limit.data-mb");
            else System.setProperty("rubric.limit.data-mb", before);
        }
    }

    @Test
    void aFileThatIsNotAZipIsAnInputError(@TempDir Path dir) throws IOException {
        Path text = Files.writeString(dir.resolve("bảng.xlsx"), "STT;Nội dung;Điểm tối đa\n1;Tiêu chí;10\n");
        refused(dir, text, "E-SHEET-UNREADABLE", "bảng.xlsx");
    }

    @Test
    void aDocumentWithoutATableIsAnInputError(@TempDir Path dir) throws IOException {
        Path docx = dir.resolve("công-văn.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            doc.createParagraph().createRun().setText("1. Tiêu chí một: 10 điểm");
            doc.write(out);
        }
        refused(dir, docx, "E-SHEET-NO-TABLE", "công-văn.docx");
    }

    @Test
    void cellsMergedAcrossAnItemsColumnsAreLocatedAtTheirTableRowAndCell(@TempDir Path dir) throws IOException {
        Path docx = appendix(dir);
        // merge the STT and content cells of row 3 (item 1.1): Word keeps one cell spanning two grid columns
        try (XWPFDocument doc = DocumentsTest.open(docx)) {
            XWPFTableRow row = doc.getTables().get(0).getRow(2);
            row.getCell(0).getCTTc().getTcPr().addNewGridSpan().setVal(BigInteger.TWO);
            row.removeCell(1);
            try (OutputStream out = Files.newOutputStream(docx)) {
                doc.write(out);
            }
        }
        refused(dir, docx, "E-SHEET-MERGED", "phụ-lục.docx!bảng 1!A3");
    }

    @Test
    void cellsMergedInAnExcelSheetAreLocatedToo(@TempDir Path dir) throws IOException {
        Path xlsx = dir.resolve("gộp.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet s = wb.createSheet("Sheet1");
            rows(s, new String[][] {{"STT", "Nội dung", "Điểm tối đa"}, {"1", "Tiêu chí", "10"}, {"1.1", "Nội dung", "10"}, {"", "Mức một", ""}});
            s.addMergedRegion(new CellRangeAddress(2, 3, 2, 2)); // the item's points over its tier's
            wb.write(out);
        }
        refused(dir, xlsx, "E-SHEET-MERGED", "gộp.xlsx!Sheet1!C3");
    }

    @Test
    void aFolderThatHoldsFilesIsNeverWrittenInto(@TempDir Path dir) throws IOException {
        Path pack = Files.createDirectories(dir.resolve("pack"));
        Files.writeString(pack.resolve("rubric.yaml"), "the drafter's own");
        Cli r = Cli.run("--lang", "en", "import-sheet", appendix(dir).toString(), "-o", pack.toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("E-IMPORT-FOLDER-EXISTS"), r.err());
        assertEquals("the drafter's own", Files.readString(pack.resolve("rubric.yaml")));
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.forEach(p -> names.add(p.getFileName().toString()));
        }
        assertEquals(List.of("pack", "phụ-lục.docx"), names.stream().sorted().toList());
    }
}
