package vn.rubric.workbench.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.rubric.dsl.util.Names;
import vn.rubric.rules.pack.RulePack;
import vn.rubric.rules.score.Scorer;
import vn.rubric.rules.score.Unit;
import vn.rubric.workbench.Workbench;
import vn.rubric.workbench.importers.ImportResult;
import vn.rubric.workbench.importers.Importer;
import vn.rubric.workbench.platform.ExtensionPoints;
import vn.rubric.workbench.reports.Reporter;

/** {@code rubric score PACK [--data FILE] [--unit ID] [--format text|json]}: explained score sheets. */
@Command(name = "score", mixinStandardHelpOptions = true)
public final class ScoreCommand implements Callable<Integer> {

    private final Workbench wb;

    @Parameters(index = "0", paramLabel = "PACK", defaultValue = ".", descriptionKey = "pack")
    Path pack;

    @Option(names = "--data", paramLabel = "FILE", descriptionKey = "data")
    Path data;

    @Option(names = "--unit", paramLabel = "ID", descriptionKey = "unit")
    String unit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", descriptionKey = "format")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "output")
    Path output;

    public ScoreCommand(Workbench wb) {
        this.wb = wb;
    }

    @Override
    public Integer call() throws IOException {
        Reporter reporter = wb.registry().contributions(ExtensionPoints.REPORTERS).stream()
                .filter(r -> r.format().equals(format)).findFirst().orElse(null);
        if (reporter == null) {
            return Packs.usage(wb, "score.unknown-format", format, String.join(", ",
                    wb.registry().contributions(ExtensionPoints.REPORTERS).stream().map(Reporter::format).toList()));
        }
        Packs.Built built = Packs.build(wb, pack, false);
        if (built.ruleBase() == null) return built.exitCode();
        RulePack p = built.ruleBase().pack();
        Path file = data != null ? data : defaultData(p);
        if (file == null) return Packs.usage(wb, "score.no-data", p.folder().resolve(RulePack.DATA_FOLDER));
        String ext = extension(file);
        Importer importer = wb.registry().contributions(ExtensionPoints.IMPORTERS).stream()
                .filter(i -> i.extensions().contains(ext)).findFirst().orElse(null);
        if (importer == null) return Packs.usage(wb, "score.unknown-data", file, knownExtensions());
        ImportResult imported = importer.read(file, p.rubric());
        Packs.print(wb, imported.diagnostics(), true);
        if (imported.diagnostics().hasErrors()) return ExitCode.USAGE;
        List<Unit> units = imported.units();
        if (unit != null) {
            units = units.stream().filter(u -> u.id().equals(unit)).toList();
            if (units.isEmpty()) {
                String near = Names.closest(unit, imported.units().stream().map(Unit::id).toList());
                return Packs.usage(wb, near == null ? "score.no-unit" : "score.no-unit-suggest", unit, file, near);
            }
        }
        int total = units.size();
        // progress on a terminal only, so logs and pipes stay clean
        boolean showProgress = total > Scorer.DEFAULT_CHUNK && System.console() != null;
        Scorer.Result result = new Scorer(built.ruleBase()).score(units, done -> {
            if (showProgress) {
                wb.err().print("\r" + wb.text().get("score.progress", done, total));
                wb.err().flush();
            }
        });
        if (showProgress) wb.err().println();
        Packs.print(wb, result.problems(), true);
        StringWriter buffer = new StringWriter();
        reporter.write(p.rubric(), result.sheets(), wb.text(), new PrintWriter(buffer));
        if (output == null) {
            wb.out().print(buffer);
            wb.out().flush();
        } else {
            AtomicFiles.write(output, buffer.toString());
            wb.err().println(wb.text().get("written", output));
            wb.err().flush();
        }
        return result.problems().hasErrors() ? ExitCode.FAILED : ExitCode.OK;
    }

    /** The pack's data file when data/ holds exactly one file some importer reads. */
    private Path defaultData(RulePack p) throws IOException {
        Path folder = p.folder().resolve(RulePack.DATA_FOLDER);
        if (!Files.isDirectory(folder)) return null;
        List<String> known = wb.registry().contributions(ExtensionPoints.IMPORTERS).stream().flatMap(i -> i.extensions().stream()).toList();
        try (Stream<Path> s = Files.list(folder)) {
            List<Path> files = s.filter(f -> known.contains(extension(f))).sorted().toList();
            return files.size() == 1 ? files.get(0) : null;
        }
    }

    private String knownExtensions() {
        return String.join(", ", wb.registry().contributions(ExtensionPoints.IMPORTERS).stream()
                .flatMap(i -> i.extensions().stream()).map(e -> "." + e).toList());
    }

    private static String extension(Path f) {
        String n = f.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase();
    }

}
