package vn.rubric.workbench.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.dsl.source.SourcePos;
import vn.rubric.rules.testing.TestReport;
import vn.rubric.workbench.platform.Analysis;
import vn.rubric.workbench.platform.Report;
import vn.rubric.workbench.platform.TestResult;
import vn.rubric.workbench.platform.WorkspaceAccess;

/**
 * The {@link Workspace} over one folder, as views see it (the plugin API's
 * {@link WorkspaceAccess}): each call is the workspace's, its {@link Outcome} handed over as an
 * {@link Analysis}. An amending pack is compared with the regulation its {@code amends:} names.
 */
public final class FolderWorkspace implements WorkspaceAccess {

    private final Workspace workspace;
    private final Path folder;

    public FolderWorkspace(Workspace workspace, Path folder) {
        this.workspace = workspace;
        this.folder = folder.toAbsolutePath().normalize();
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public List<Path> packs() {
        return workspace.packs(folder).stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    @Override
    public Analysis<RulePack> load(Path pack) {
        return of(workspace.load(pack));
    }

    @Override
    public Analysis<RulePack> validate(Path pack) {
        return of(workspace.validate(pack, null).map(rb -> rb.pack()));
    }

    @Override
    public Analysis<Report.Scores> score(Path pack, Path data, String unit) {
        return of(workspace.score(pack, data, unit, Progress.NONE));
    }

    @Override
    public Optional<Path> amended(Path pack) {
        Outcome<Path> base = base(pack);
        return base.ok() ? Optional.of(base.value()) : Optional.empty();
    }

    @Override
    public Optional<Path> comparisonData(Path draft) {
        Outcome<RulePack> loaded = workspace.load(draft);
        return comparisonData(loaded, base(loaded));
    }

    /**
     * The folder's own data file when its {@code data/} holds exactly one (last year's units, as
     * {@code rubric diff} takes samples/data by default), else the draft's own data file when it
     * has exactly one (the units it was written for), else the regulation's.
     */
    private Optional<Path> comparisonData(Outcome<RulePack> draft, Outcome<Path> base) {
        List<Path> shared = dataIn(folder.resolve(RulePack.DATA_FOLDER));
        if (shared.size() == 1) return Optional.of(shared.get(0));
        if (draft.hasValue()) {
            Outcome<Path> own = workspace.dataFile(draft.value(), null);
            if (own.ok()) return Optional.of(own.value());
        }
        if (!base.ok()) return Optional.empty();
        Outcome<RulePack> b = workspace.load(base.value());
        if (!b.hasValue()) return Optional.empty();
        Outcome<Path> theirs = workspace.dataFile(b.value(), null);
        return theirs.ok() ? Optional.of(theirs.value()) : Optional.empty();
    }

    @Override
    public Analysis<Report.Changes> changes(Path draft) {
        return of(changesOf(draft));
    }

    /** What the draft changes in the regulation it amends (the studio's API answers it as {@code rubric changes} does). */
    public Outcome<Report.Changes> changesOf(Path draft) {
        Outcome<Path> base = base(draft);
        return base.ok() ? workspace.changes(base.value(), draft) : base.carry();
    }

    @Override
    public Analysis<Report.Diff> compare(Path draft) {
        return of(comparison(draft));
    }

    /**
     * The draft beside the regulation it amends, on the draft's own data file when it has
     * exactly one (the units it was written for), else on the regulation's. The draft is
     * loaded once here; the comparison loads both packs as every face's does.
     */
    public Outcome<Report.Diff> comparison(Path draft) {
        Outcome<RulePack> loaded = workspace.load(draft);
        Outcome<Path> base = base(loaded);
        if (!base.ok()) return base.carry();
        return workspace.compare(base.value(), draft, comparisonData(loaded, base).orElse(null), Map.of(), Progress.NONE);
    }

    @Override
    public Analysis<Report.Diff> compare(Path draft, Path data) {
        return of(comparison(draft, data));
    }

    /** As {@link #comparison(Path)}, on {@code data} (null: the default one). */
    public Outcome<Report.Diff> comparison(Path draft, Path data) {
        if (data == null) return comparison(draft);
        Outcome<Path> base = base(draft);
        if (!base.ok()) return base.carry();
        return workspace.compare(base.value(), draft, data, Map.of(), Progress.NONE);
    }

    @Override
    public List<Path> dataFiles() {
        List<Path> all = new ArrayList<>(dataIn(folder.resolve(RulePack.DATA_FOLDER)));
        for (Path pack : packs()) if (!pack.equals(folder)) all.addAll(dataIn(pack.resolve(RulePack.DATA_FOLDER)));
        return List.copyOf(all);
    }

    /** The data files of one data folder (the kinds the importers read), by name. */
    private List<Path> dataIn(Path dir) {
        return workspace.dataFilesIn(dir).stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    @Override
    public Analysis<List<TestResult>> tests(Path pack) {
        Outcome<Workspace.Tests> ran = workspace.test(pack);
        if (!ran.hasValue()) return of(ran.carry());
        List<TestResult> results = new ArrayList<>();
        add(results, ran.value().own(), false);
        if (ran.value().base() != null) add(results, ran.value().base(), true);
        return of(ran.map(t -> List.copyOf(results)));
    }

    @Override
    public vn.rubric.workbench.platform.Registry registry() {
        return workspace.registry();
    }

    /** The folder of the regulation an amending pack amends: an input error for a pack written whole. */
    public Outcome<Path> base(Path draft) {
        return base(workspace.load(draft));
    }

    private static Outcome<Path> base(Outcome<RulePack> loaded) {
        if (!loaded.hasValue()) return loaded.carry();
        Rubric r = loaded.value().rubric();
        if (!r.isAmending()) {
            return Outcome.failed(Outcome.Failure.INPUT, Diagnostic.error("E-STUDIO-NOT-AMENDING", SourcePos.of(r.file()), loaded.value().id()));
        }
        return Outcome.ok(r.amendment().baseFile().toAbsolutePath().normalize().getParent(), loaded.diagnostics());
    }

    private static void add(List<TestResult> into, TestReport report, boolean base) {
        for (TestReport.CaseResult c : report.results()) {
            into.add(new TestResult(c.file(), c.testCase().name(), base,
                    c.mismatches().stream().map(m -> new TestResult.Miss(m.what(), m.expected(), m.actual())).toList()));
        }
    }

    private static <T> Analysis<T> of(Outcome<T> o) {
        return new Analysis<>(o.value(), o.diagnostics(), Analysis.Failure.valueOf(o.failure().name()));
    }
}
