package vn.rubric.workbench.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.model.EvidenceField;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.rules.score.Scorer;
import vn.rubric.dsl.score.Unit;
import vn.rubric.workbench.Workbench;
import vn.rubric.workbench.data.DefaultedField;
import vn.rubric.workbench.platform.Importer;
import vn.rubric.workbench.data.RawTable;
import vn.rubric.workbench.data.UnitData;
import vn.rubric.workbench.importers.UnitFiles;
import vn.rubric.workbench.platform.ExtensionPoints;
import vn.rubric.workbench.simulate.MissingEvidence;

/** What the commands share about unit data: the default file, reading it once for one or more rubrics, scoring with progress. */
final class DataFiles {

    private DataFiles() {}

    /** Units typed for one rubric, with the evidence the data lacked and the rubric filled by default. */
    record Read(List<Unit> units, List<MissingEvidence> missing) {}

    /** The pack's data file when data/ holds exactly one file some importer reads. */
    static Path defaultData(Workbench wb, RulePack pack) throws IOException {
        return UnitFiles.onlyDataFile(importers(wb), pack.folder().resolve(RulePack.DATA_FOLDER));
    }

    /**
     * Reads a data file once and types it for each rubric (a diff's regulation and draft): a
     * column one of them knows is not unknown to the other. Null after printing the errors,
     * every one located.
     */
    static List<Read> read(Workbench wb, Path file, Rubric... rubrics) {
        Diagnostics problems = new Diagnostics();
        RawTable table = UnitFiles.read(importers(wb), file, problems);
        List<Read> out = new ArrayList<>();
        if (table != null) {
            Set<String> known = new LinkedHashSet<>();
            for (Rubric r : rubrics) known.addAll(r.evidence().keySet());
            for (Rubric r : rubrics) {
                UnitData typed = table.type(r, known, problems);
                out.add(new Read(typed.units(), missing(r, typed.defaulted())));
                outsidePeriod(file, r, typed.units(), problems);
                // one rubric's complaints about the file are enough; the other's would repeat them
                if (problems.hasErrors()) break;
            }
        }
        // with errors to fix, warnings about defaulted columns would only bury them
        Packs.print(wb, problems, !problems.hasErrors());
        return problems.hasErrors() ? null : out;
    }

    /**
     * Warns when units' data is for a year the regulation is not in force (a pack states
     * its period; a draft states none and is never warned about).
     */
    private static void outsidePeriod(Path file, Rubric rubric, List<Unit> units, Diagnostics problems) {
        Integer from = year(rubric.regulation().effectiveFrom()), until = year(rubric.regulation().effectiveUntil());
        if (from == null && until == null) return;
        java.util.Map<Integer, Integer> outside = new java.util.TreeMap<>();
        for (Unit u : units) {
            Integer y = u.profile().year();
            if (y != null && ((from != null && y < from) || (until != null && y > until))) outside.merge(y, 1, Integer::sum);
        }
        outside.forEach((y, n) -> problems.add(vn.rubric.dsl.diag.Diagnostic.warning("W-DATA-PERIOD", vn.rubric.dsl.source.SourcePos.of(file),
                String.valueOf(y), n, rubric.regulation().id(), rubric.regulation().effectiveFrom() == null ? "…" : rubric.regulation().effectiveFrom(),
                rubric.regulation().effectiveUntil() == null ? "…" : rubric.regulation().effectiveUntil())));
    }

    private static Integer year(String date) {
        return date != null && date.matches("\\d{4}.*") ? Integer.valueOf(date.substring(0, 4)) : null;
    }

    private static List<MissingEvidence> missing(Rubric rubric, List<DefaultedField> defaulted) {
        return defaulted.stream().map(d -> {
            EvidenceField f = rubric.evidence().get(d.field());
            return new MissingEvidence(d.field(), f == null ? null : f.label(), d.value(), d.units());
        }).toList();
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
}
