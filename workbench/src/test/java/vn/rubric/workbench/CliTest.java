package vn.rubric.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class CliTest {

    public static Path pack() {
        try {
            return Path.of(CliTest.class.getResource("/pack/rubric.yaml").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void scoresTheDefaultDataFileAsASheet() {
        Cli r = Cli.run("score", pack().toString(), "--unit", "u2");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("BẢNG CHẤM ĐIỂM: UBND xã Long Hưng (u2)"), r.out());
        assertTrue(r.out().contains("→ đã xử lý · minh chứng: hot_spot = handled"), r.out());
        assertTrue(r.out().contains("Xếp loại: Khá"), r.out());
    }

    @Test
    void jsonIsStableAndComplete() {
        Cli r = Cli.run("score", pack().toString(), "--format", "json", "--unit", "u1");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("\"format\" : \"rubric-workbench/score@1\""), r.out());
        assertTrue(r.out().contains("\"name\" : \"Phòng Nội vụ, huyện Văn Giang\""), r.out());
        assertTrue(r.out().contains("\"class\" : \"Xuất sắc\""), r.out());
    }

    @Test
    void englishOnRequest() {
        Cli r = Cli.run("--lang", "en", "score", pack().toString(), "--unit", "u9");
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("no unit \"u9\""), r.err());
        assertTrue(r.err().contains("did you mean \"u1\"?") || r.err().contains("did you mean"), r.err());
    }

    @Test
    void aBadDataCellIsNamedByRowAndColumnAndExitsTwo(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("units.csv");
        Files.writeString(csv, "unit_id,unit_name,hot_spot,office\nu1,A,none,1\nu2,B,solved,0.5\nu1,C,none,2\n", StandardCharsets.UTF_8);
        Cli r = Cli.run("--lang", "en", "score", pack().toString(), "--data", csv.toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains(csv + ":3:6: error E-DATA-ENUM: \"solved\" is not a declared value of hot_spot"), r.err());
        assertTrue(r.err().contains("use one of: none, handled, unhandled"), r.err());
        assertTrue(r.err().contains(csv + ":4:1: error E-DATA-DUPLICATE-UNIT"), r.err());
        assertTrue(r.err().contains(csv + ":4:11: error E-DATA-SHARE"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void anUnknownColumnIsNamed(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("units.csv");
        Files.writeString(csv, "unit_id,unit_name,hotspot,office\nu1,A,none,1\n", StandardCharsets.UTF_8);
        Cli r = Cli.run("--lang", "en", "score", pack().toString(), "--data", csv.toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains(csv + ":1:19: error E-UNKNOWN-NAME-SUGGEST"), r.err());
    }

    @Test
    void aWorkbookIsReadThroughTheImporterExtensionPoint(@TempDir Path dir) throws IOException {
        Path xlsx = dir.resolve("units.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.OutputStream out = Files.newOutputStream(xlsx)) {
            var sheet = wb.createSheet("Đơn vị");
            String[][] rows = {{"unit_id", "unit_name", "unit_kind", "hot_spot"}, {"u7", "UBND xã Mễ Sở", "commune", "handled"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) row.createCell(c).setCellValue(rows[r][c]);
            }
            wb.write(out);
        }
        Cli r = Cli.run("--lang", "en", "score", pack().toString(), "--data", xlsx.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("SCORING SHEET: UBND xã Mễ Sở (u7)"), r.out());
        // the office column is missing: its default is used, and said so
        assertTrue(r.err().contains(xlsx + "!Đơn vị!1:1: warning W-DATA-DEFAULT-COLUMN: the file has no column office"), r.err());
    }

    @Test
    void aFileNoImporterReadsIsAnInputError(@TempDir Path dir) throws IOException {
        Path txt = Files.writeString(dir.resolve("units.txt"), "unit_id\nu1\n", StandardCharsets.UTF_8);
        Cli r = Cli.run("--lang", "en", "score", pack().toString(), "--data", txt.toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("error E-DATA-FORMAT: no importer reads units.txt; the known kinds are: .csv, .xlsx, .xls, .json, .yaml, .yml"), r.err());
    }

    @Test
    void usageAndInputErrorsExitTwo() {
        assertEquals(2, Cli.run("score", "no/such/pack").exit());
        assertEquals(2, Cli.run("score", pack().toString(), "--format", "pdf").exit());
        assertEquals(2, Cli.run("score", pack().toString(), "--no-such-option").exit());
        assertEquals(2, Cli.run().exit());
    }

    @Test
    void outputIsWrittenAtomicallyAndNotOnFailure(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("sheets.json");
        Files.writeString(out, "keep me", StandardCharsets.UTF_8);
        Cli bad = Cli.run("score", pack().toString(), "--data", dir.resolve("missing.csv").toString(), "-o", out.toString());
        assertEquals(2, bad.exit(), bad.toString());
        assertEquals("keep me", Files.readString(out, StandardCharsets.UTF_8));
        Cli good = Cli.run("score", pack().toString(), "--format", "json", "-o", out.toString());
        assertEquals(0, good.exit(), good.toString());
        assertTrue(Files.readString(out, StandardCharsets.UTF_8).contains("\"u3\""));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void helpIsLocalised() {
        Cli vi = Cli.run("score", "--help");
        assertTrue(vi.out().contains("Chấm điểm các đơn vị và giải thích từng điểm"), vi.out());
        Cli en = Cli.run("--lang", "en", "score", "--help");
        assertTrue(en.out().contains("Score units and explain every point"), en.out());
        assertTrue(en.out().contains("The units to score"), en.out());
    }
}
