package vn.rubric.workbench.commands;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import vn.rubric.workbench.Workbench;
import vn.rubric.workbench.platform.ExtensionPoints;
import vn.rubric.workbench.platform.Registry;
import vn.rubric.workbench.platform.Report;
import vn.rubric.workbench.platform.Reporter;
import vn.rubric.workbench.plugins.PluginFailure;

/** Picks the reporter for a format and writes a report to standard output or, atomically, to a file. */
final class ReportOutput {

    private ReportOutput() {}

    /** The first reporter of this format that writes this kind of report, or null after printing the formats there are. */
    static Reporter find(Workbench wb, String format, Class<? extends Report> kind) {
        List<Reporter> able = wb.registry().entries(ExtensionPoints.REPORTERS).stream().filter(r -> writes(wb, r, kind)).map(Registry.Contribution::value).toList();
        Reporter r = able.stream().filter(x -> x.format().equals(format)).findFirst().orElse(null);
        if (r == null) Console.usage(wb, "score.unknown-format", format, String.join(", ", able.stream().map(Reporter::format).distinct().toList()));
        return r;
    }

    /** Whether the reporter writes this kind; one that fails to say is reported and left out of this run. */
    private static boolean writes(Workbench wb, Registry.Contribution<Reporter> r, Class<? extends Report> kind) {
        try {
            return r.value().writes(kind);
        } catch (PluginFailure e) {
            wb.err().println(wb.text().get("plugin.skipped", r.pluginId(), PluginFailure.reason(e)));
            return false;
        }
    }

    /**
     * Writes the report. Text formats go to standard output unless {@code output} is given;
     * document formats (html, xlsx) always go to a file, by default named after the report.
     * Nothing is written if the reporter fails.
     */
    static void write(Workbench wb, Reporter reporter, Report report, Path output) throws IOException {
        Path file = output != null ? output : reporter.fileExtension().map(ext -> Path.of(report.name() + "." + ext)).orElse(null);
        if (file == null) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            reporter.write(report, wb.text(), buffer);
            wb.out().print(buffer.toString(java.nio.charset.StandardCharsets.UTF_8));
            wb.out().flush();
        } else {
            // straight into the temporary file: a failing reporter leaves the target as it was
            AtomicFiles.write(file, out -> reporter.write(report, wb.text(), out));
            wb.err().println(wb.text().get("written", file));
            wb.err().flush();
        }
    }
}
