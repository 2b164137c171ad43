package vn.rubric.workbench.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.rubric.workbench.Cli;

/** html and xlsx through the commands: where the file goes, that it is written whole, and not at all when the run fails. */
class ReportCommandsTest {

    @Test
    void diffAsHtmlToANamedFileWritesThatFileWhole(@TempDir Path dir) throws Exception {
        Path draft = SamplePack.writeDraft(dir);
        Path out = dir.resolve("out").resolve("so-sánh.html");
        Cli r = Cli.run("diff", SamplePack.PACK.toString(), draft.toString(), "--format", "html", "-o", out.toString());
        assertEquals(0, r.exit(), r.toString());
        assertEquals("", r.out(), "a document goes to its file, not to the terminal");
        assertTrue(r.err().contains("đã ghi: " + out), r.err());
        HtmlReporterTest.selfContained(HtmlReporterTest.parse(Files.readAllBytes(out)), Files.readString(out, StandardCharsets.UTF_8));
        // written through a temporary file renamed into place: nothing else is left in the folder
        try (Stream<Path> files = Files.list(out.getParent())) {
            assertEquals(List.of(out), files.toList());
        }
    }

    @Test
    void aFailedRunLeavesTheOutputFileAsItWas(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("diff.html");
        Files.writeString(out, "the previous report");
        Cli r = Cli.run("diff", dir.resolve("no-such-pack").toString(), SamplePack.PACK.toString(), "--format", "html", "-o", out.toString());
        assertEquals(2, r.exit(), r.toString());
        assertEquals("the previous report", Files.readString(out));
    }

    @Test
    void simulateAsXlsxToANamedFileOpensWithOneSheetPerUnit(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("mô-phỏng.xlsx");
        Cli r = Cli.run("--lang", "en", "simulate", SamplePack.PACK.toString(), "--format", "xlsx", "-o", out.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.err().contains("written: " + out), r.err());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertEquals("Summary", wb.getSheetName(0));
            assertEquals("Units", wb.getSheetName(1));
            assertEquals(2 + 12, wb.getNumberOfSheets());
            assertEquals("SCORING SHEET", wb.getSheet("vg-ttyt").getRow(1).getCell(0).getStringCellValue());
        }
    }

    /** Without -o the file is named after the run, in the current folder: a separate JVM started in a fresh folder. */
    @Test
    void withoutAnOutputTheDiffIsWrittenInTheCurrentFolderUnderItsOwnName(@TempDir Path dir) throws Exception {
        Path draft = SamplePack.writeDraft(dir);
        Path work = Files.createDirectories(dir.resolve("work"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), "vn.rubric.workbench.cli.Main",
                "diff", SamplePack.PACK.toString(), draft.toString(), "--format", "html")
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("run.log").toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the command did not finish");
        String log = Files.readString(dir.resolve("run.log"), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), log);
        Path expected = work.resolve("diff-hung-yen-02-2020-vs-hung-yen-draft-test.html");
        try (Stream<Path> files = Files.list(work)) {
            assertEquals(List.of(expected), files.toList(), log);
        }
        assertTrue(Files.readString(expected, StandardCharsets.UTF_8).contains("hung-yen-draft-test"));
    }
}
