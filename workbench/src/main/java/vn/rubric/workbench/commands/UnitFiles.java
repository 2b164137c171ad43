package vn.rubric.workbench.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.rules.pack.RulePack;
import vn.rubric.rules.score.Scorer;
import vn.rubric.rules.score.Unit;
import vn.rubric.workbench.Workbench;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.workbench.importers.ImportResult;
import vn.rubric.workbench.importers.Importer;
import vn.rubric.workbench.simulate.MissingEvidence;
import vn.rubric.workbench.platform.ExtensionPoints;

/** Finding and reading unit data, and scoring it with progress shown on a terminal. */
final class UnitFiles {

    private UnitFiles() {}

    /** The importer for a file's name ending, or null after printing the kinds there are. */
    static Importer importer(Workbench wb, Path file) {
        String ext = extension(file);
        Importer importer = importers(wb).stream().filter(i -> i.extensions().contains(ext)).findFirst().orElse(null);
        if (importer == null) {
            Packs.usage(wb, "score.unknown-data", file, String.join(", ",
                    importers(wb).stream().flatMap(i -> i.extensions().stream()).map(e -> "." + e).toList()));
        }
        return importer;
    }

    /** The pack's data file when data/ holds exactly one file some importer reads. */
    static Path defaultData(Workbench wb, RulePack pack) throws IOException {
        Path folder = pack.folder().resolve(RulePack.DATA_FOLDER);
        if (!Files.isDirectory(folder)) return null;
        List<String> known = importers(wb).stream().flatMap(i -> i.extensions().stream()).toList();
        try (Stream<Path> s = Files.list(folder)) {
            List<Path> files = s.filter(f -> known.contains(extension(f))).sorted().toList();
            return files.size() == 1 ? files.get(0) : null;
        }
    }

    /** Units read and typed against one rubric, with the evidence the data lacked and the rubric filled by default. */
    record Read(List<Unit> units, List<MissingEvidence> missing) {}

    /** Reads a data file for a rubric; null after printing its errors (every one, located). */
    static Read read(Workbench wb, Path file, Rubric rubric) {
        Importer importer = importer(wb, file);
        if (importer == null) return null;
        ImportResult imported = importer.read(file, rubric);
        Packs.print(wb, imported.diagnostics(), true);
        if (imported.diagnostics().hasErrors()) return null;
        return new Read(imported.units(), List.of());
    }

    /**
     * Reads one data file for two rubrics (a regulation and its draft): a column one of them
     * knows is not unknown to the other. Null after printing the errors.
     */
    static Read[] readForBoth(Workbench wb, Path file, Rubric base, Rubric draft) {
        Read b = read(wb, file, base);
        if (b == null) return null;
        Read d = read(wb, file, draft);
        return d == null ? null : new Read[] {b, d};
    }

    /** Scores the units; on a terminal, a line counts them as they go (logs and pipes stay clean). */
    static Scorer.Result score(Workbench wb, RuleBase ruleBase, List<Unit> units) {
        int total = units.size();
        boolean showProgress = total > Scorer.DEFAULT_CHUNK && System.console() != null;
        String id = ruleBase.pack().id();
        Scorer.Result result = new Scorer(ruleBase).score(units, done -> {
            if (showProgress) {
                wb.err().print("\r" + wb.text().get("score.progress", done, total, id));
                wb.err().flush();
            }
        });
        if (showProgress) wb.err().println();
        Packs.print(wb, result.problems(), true);
        return result;
    }

    private static List<Importer> importers(Workbench wb) {
        return wb.registry().contributions(ExtensionPoints.IMPORTERS);
    }

    static String extension(Path f) {
        String n = f.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase();
    }
}
