package vn.rubric.workbench.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.rubric.workbench.Cli;

/**
 * The documents opened as a reader opens them: LibreOffice converts each to PDF and poppler turns
 * its pages into PNG, so a document that does not open, or opens on another page size, fails.
 * Without LibreOffice the test is skipped with the command that installs it; under CI (where
 * {@code .ci/run} installs it) a missing LibreOffice fails.
 */
class RenderedDocumentsTest {

    private static final Pattern PAGES = Pattern.compile("Pages:\\s+(\\d+)");
    private static final Pattern SIZE = Pattern.compile("Page size:\\s+([\\d.]+) x ([\\d.]+) pts");

    @Test
    void theAppendixOpensOnA4PortraitWithItsHeaderOnEveryPage(@TempDir Path dir) throws Exception {
        tools();
        Path docx = dir.resolve("appendix.docx");
        Cli r = Cli.run("document", DocumentsTest.BASE.toString(), "--kind", "appendix", "-o", docx.toString());
        assertEquals(0, r.exit(), r.toString());
        Rendered pdf = render(dir, docx, false);
        assertTrue(pdf.pages() >= 2, "28 items and their tiers run over several pages");
        for (int page = 1; page <= pdf.pages(); page++) {
            assertTrue(pdf.text(page).contains("Nội dung tiêu chí"), "page " + page + " repeats the table header");
            assertTrue(pdf.text(page).strip().startsWith(page + " "), "page " + page + " has its number at the top");
        }
        assertTrue(pdf.text(1).contains("BẢNG CHẤM ĐIỂM"));
        String all = pdf.all();
        for (String id : List.of("1.1", "4.4", "8.2")) assertTrue(all.contains(id), id);
        assertTrue(all.contains("Tổng điểm"));
        assertTrue(all.contains("Hoàn thành xuất sắc nhiệm vụ"));
    }

    @Test
    void theComparisonAndTheImpactReportOpenOnA4Landscape(@TempDir Path dir) throws Exception {
        tools();
        Path comparison = dir.resolve("comparison.docx"), impact = dir.resolve("impact.docx");
        Cli c = Cli.run("document", DocumentsTest.BASE.toString(), DocumentsTest.DRAFT.toString(), "--kind", "comparison", "-o", comparison.toString());
        assertEquals(0, c.exit(), c.toString());
        Cli i = Cli.run("document", DocumentsTest.BASE.toString(), DocumentsTest.DRAFT.toString(), "--data", DocumentsTest.DATA.toString(),
                "--kind", "impact", "-o", impact.toString());
        assertEquals(0, i.exit(), i.toString());
        Rendered cp = render(dir, comparison, true);
        assertTrue(cp.all().contains("Điều 1, khoản 2"), "the articles are there");
        Rendered ip = render(dir, impact, true);
        assertTrue(ip.text(1).contains("Hoàn thành xuất sắc nhiệm vụ"));
        assertTrue(ip.all().contains("Các đơn vị thay đổi xếp loại"));
    }

    /** A PDF's pages as text. */
    private record Rendered(List<String> pageTexts) {
        int pages() {
            return pageTexts.size();
        }

        String text(int page) {
            return pageTexts.get(page - 1);
        }

        String all() {
            return String.join("\n", pageTexts);
        }
    }

    /** Converts to PDF, checks each page is A4 in the orientation asked, and that every page turns into a PNG. */
    private static Rendered render(Path dir, Path docx, boolean landscape) throws Exception {
        Path out = Files.createDirectories(dir.resolve("pdf-" + docx.getFileName()));
        // a profile of its own: two conversions at once (other tests, other users) do not share LibreOffice's lock
        String profile = dir.resolve("lo-profile").toUri().toString();
        run(dir, "soffice", "-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf", "--outdir", out.toString(), docx.toString());
        Path pdf = out.resolve(docx.getFileName().toString().replaceAll("\\.docx$", ".pdf"));
        assertTrue(Files.exists(pdf) && Files.size(pdf) > 0, "LibreOffice made no PDF of " + docx.getFileName() + ": it does not open");
        String info = run(dir, "pdfinfo", pdf.toString());
        Matcher pages = PAGES.matcher(info), size = SIZE.matcher(info);
        assertTrue(pages.find() && size.find(), info);
        double w = Double.parseDouble(size.group(1)), h = Double.parseDouble(size.group(2));
        double longSide = Math.max(w, h), shortSide = Math.min(w, h);
        assertEquals(842, longSide, 2, "A4: " + info);
        assertEquals(595, shortSide, 2, "A4: " + info);
        assertEquals(landscape, w > h, (landscape ? "landscape" : "portrait") + ": " + info);
        int n = Integer.parseInt(pages.group(1));
        run(dir, "pdftoppm", "-r", "30", "-png", pdf.toString(), out.resolve("page").toString());
        try (Stream<Path> png = Files.list(out)) {
            assertEquals(n, png.filter(p -> p.getFileName().toString().endsWith(".png")).count(), "every page renders");
        }
        List<String> texts = new ArrayList<>();
        for (int p = 1; p <= n; p++) {
            run(dir, "pdftotext", "-f", String.valueOf(p), "-l", String.valueOf(p), pdf.toString(), out.resolve("p.txt").toString());
            // a cell's text wraps where the page sets it: words are compared, not lines
            texts.add(Files.readString(out.resolve("p.txt"), StandardCharsets.UTF_8).replaceAll("\\s+", " "));
        }
        return new Rendered(texts);
    }

    private static String run(Path dir, String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "run", ".log");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail(command[0] + " did not finish in 5 minutes");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), String.join(" ", command) + "\n" + output);
        return output;
    }

    /** LibreOffice and poppler, or a skip (a fail under CI) that says how to install them. */
    private static void tools() {
        List<String> missing = Stream.of("soffice", "pdftoppm", "pdfinfo", "pdftotext").filter(t -> !onPath(t)).toList();
        if (missing.isEmpty()) return;
        String why = "not installed: " + String.join(", ", missing) + "; run scripts/install-libreoffice (apt-get: libreoffice-writer-nogui poppler-utils)";
        if (System.getenv("CI") != null) fail("CI needs " + why);
        Assumptions.abort(why);
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) return true;
        }
        return false;
    }
}
