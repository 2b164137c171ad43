package vn.rubric.workbench.workspace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import vn.rubric.dsl.change.RegulationChange;
import vn.rubric.dsl.change.RegulationChanges;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.dsl.load.RubricLoader;
import vn.rubric.dsl.model.Parameter;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.dsl.score.ScoreSheet;
import vn.rubric.dsl.score.Unit;
import vn.rubric.dsl.source.InputLimit;
import vn.rubric.dsl.source.InputText;
import vn.rubric.dsl.source.SourcePos;
import vn.rubric.dsl.util.Names;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.rules.pack.PackLoader;
import vn.rubric.rules.score.Scorer;
import vn.rubric.rules.score.ScoringMode;
import vn.rubric.rules.testing.SavedCase;
import vn.rubric.rules.testing.TestReport;
import vn.rubric.rules.testing.TestRunner;
import vn.rubric.workbench.commands.AtomicFiles;
import vn.rubric.workbench.exporters.IssueGate;
import vn.rubric.workbench.exporters.PackVerifier;
import vn.rubric.workbench.exporters.PackVersion;
import vn.rubric.workbench.form.RubricForm;
import vn.rubric.workbench.form.ValueEdit;
import vn.rubric.workbench.form.ValuePath;
import vn.rubric.workbench.platform.Exporter;
import vn.rubric.workbench.platform.ExtensionPoints;
import vn.rubric.workbench.platform.Importer;
import vn.rubric.workbench.platform.Registry;
import vn.rubric.workbench.platform.Report;
import vn.rubric.workbench.platform.Reporter;
import vn.rubric.workbench.simulate.Comparison;
import vn.rubric.workbench.simulate.Stats;
import vn.rubric.workbench.simulate.Summary;
import vn.rubric.workbench.simulate.Sweep;

/**
 * The workbench without a face: packs found in folders and loaded, and each analysis
 * (validate, build, score, test, simulate, compare, sweep, export, verify) a call that returns
 * a value with its findings ({@link Outcome}), never prints and never exits. The CLI, the HTTP
 * service and the studio are adapters over it. Importers, reporters, exporters and the rubric
 * language's functions come from the plugin registry. Rule bases are kept by content, so a
 * long-running face (the studio) rebuilds only what changed.
 */
public final class Workspace {

    private final Registry registry;
    private final RuleBases ruleBases = new RuleBases();
    private final ScoreCache scores = new ScoreCache();
    private final DataFileReader reader;
    /** Texts an editor holds and has not saved, by absolute path: they stand for the files when packs load. */
    private final Map<Path, String> unsaved = new java.util.concurrent.ConcurrentHashMap<>();

    public Workspace(Registry registry) {
        this.registry = registry;
        this.reader = new DataFileReader(registry.contributions(ExtensionPoints.IMPORTERS));
    }

    public Registry registry() {
        return registry;
    }

    // ---- sources ----------------------------------------------------------------------

    /**
     * An editor's text of a file, not saved: until {@link #discard} it is what loading reads
     * for that file (a draft's rubric.yaml, or the base it amends), so every analysis sees the
     * drafter's edit at once.
     */
    public void edit(Path file, String text) {
        unsaved.put(file.toAbsolutePath().normalize(), text);
    }

    /** Forgets the editor's text (saved or thrown away): the file on disk is read again. */
    public void discard(Path file) {
        unsaved.remove(file.toAbsolutePath().normalize());
    }

    /** Whether an editor holds a text of the file that is not what the file holds (its edit is not saved). */
    public boolean hasUnsavedChange(Path file) {
        Path at = file.toAbsolutePath().normalize();
        String text = unsaved.get(at);
        if (text == null) return false;
        try {
            return !text.equals(Files.readString(at, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException | UncheckedIOException e) {
            return true;
        }
    }

    // ---- packs ------------------------------------------------------------------------

    /** The packs under {@code folder} (itself included): folders that hold a rubric.yaml, by path. */
    public List<Path> packs(Path folder) {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> s = Files.walk(folder, 3)) {
            // not the copies a build makes, nor a project's sources and test resources
            return s.filter(p -> Files.isRegularFile(p.resolve(RulePack.RUBRIC_FILE)))
                    .filter(p -> { String inside = "/" + folder.relativize(p) + "/"; return !inside.contains("/target/") && !inside.contains("/src/"); })
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    /** The pack a file belongs to: the nearest folder above it (or itself) that holds a rubric.yaml; null for none. */
    public Path packOf(Path file) {
        for (Path p = file.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve(RulePack.RUBRIC_FILE))) return p;
        }
        return null;
    }

    /** A pack's state as an explorer shows it. */
    public enum State { VALID, ERRORS, TESTS_FAILING }

    /** Whether the pack's rules build and its own tests pass (the findings of both). */
    public Outcome<State> state(Path pack) {
        Outcome<Tests> ran = test(pack);
        State state = switch (ran.failure()) {
            case NONE -> State.VALID;
            case RESULTS -> ran.hasValue() && !ran.value().own().problems().hasErrors() ? State.TESTS_FAILING : State.ERRORS;
            case INPUT, RUBRIC -> State.ERRORS;
        };
        return Outcome.ok(state, ran.diagnostics());
    }

    /** Loads, validates and compiles a pack (no rule engine yet): what {@code validate} checks before building. */
    public Outcome<RulePack> load(Path pack) {
        return load(pack, Map.of());
    }

    /**
     * As {@link #load(Path)}, with some parameters set to other values (a "what if"): a name
     * the rubric does not have, or a value that is not a number, is an input error.
     */
    public Outcome<RulePack> load(Path pack, Map<String, String> settings) {
        return load(pack, settings, rubric -> null);
    }

    /** {@code units}: the units validation tries overlapping tiers on, typed for the rubric once it is read (null: none). */
    private Outcome<RulePack> load(Path pack, Map<String, String> settings, java.util.function.Function<Rubric, List<Unit>> units) {
        if (!Files.exists(pack)) return Outcome.failed(Outcome.Failure.INPUT, Diagnostic.error("E-FILE-MISSING", SourcePos.of(pack), pack));
        PackLoader.Result loaded = PackLoader.load(pack, registry.functions(), file -> unsaved.get(file.toAbsolutePath().normalize()), units);
        if (!loaded.ok()) return Outcome.failed(failureOf(loaded.diagnostics()), loaded.diagnostics());
        // the plugins the rubric declares, against those installed and the functions it calls
        Diagnostics found = new Diagnostics();
        found.addAll(loaded.diagnostics().all());
        found.addAll(vn.rubric.workbench.plugins.PluginNeeds.check(loaded.pack().rubric(), registry).all());
        if (found.hasErrors()) return Outcome.failed(Outcome.Failure.RUBRIC, found);
        if (settings.isEmpty()) return Outcome.ok(loaded.pack(), found);
        Outcome<Map<String, Double>> values = parameterValues(loaded.pack(), settings);
        if (!values.ok()) return values.<RulePack>carry().after(found);
        PackLoader.Result changed = PackLoader.withParameters(loaded.pack(), values.value(), registry.functions());
        Outcome<RulePack> out = changed.ok() ? Outcome.ok(changed.pack(), changed.diagnostics())
                : Outcome.failed(Outcome.Failure.RUBRIC, changed.diagnostics());
        return out.after(found);
    }

    /**
     * Everything {@code rubric validate} checks: loaded and built, with overlapping tiers tried on
     * units so that a finding can say what an overlap costs: those of {@code data}, or of the
     * pack's one data file (none when it has not exactly one). A data file that does not read
     * is reported beside the rubric's findings; it is not the rubric's fault.
     */
    public Outcome<RuleBase> validate(Path pack, Path data) {
        Diagnostics dataFindings = new Diagnostics();
        Outcome<RulePack> loaded = load(pack, Map.of(), rubric -> {
            Path file = data;
            try {
                if (file == null) file = reader.onlyDataFile(rubric.file().toAbsolutePath().getParent().resolve(RulePack.DATA_FOLDER));
            } catch (IOException e) {
                return null;
            }
            if (file == null) return null;
            Outcome<List<TypedUnits>> read = read(file, rubric);
            dataFindings.addAll(read.diagnostics().all());
            return read.ok() ? read.value().get(0).units() : null;
        });
        Outcome<RuleBase> built = loaded.ok() ? build(loaded.value()).after(loaded.diagnostics()) : loaded.carry();
        return built.after(dataFindings);
    }

    /** The pack's Drools rule base: built, or kept from an earlier build of the same rules. */
    public Outcome<RuleBase> build(RulePack pack) {
        RuleBase.Result built = ruleBases.build(pack);
        return built.ruleBase() == null ? Outcome.failed(Outcome.Failure.RUBRIC, built.diagnostics()) : Outcome.ok(built.ruleBase(), built.diagnostics());
    }

    /** Loads and builds: everything {@code rubric validate} checks. */
    public Outcome<RuleBase> build(Path pack) {
        return build(pack, Map.of());
    }

    public Outcome<RuleBase> build(Path pack, Map<String, String> settings) {
        Outcome<RulePack> loaded = load(pack, settings);
        return loaded.ok() ? build(loaded.value()).after(loaded.diagnostics()) : loaded.carry();
    }

    /**
     * The DRL the pack runs, as one file: the unit rules, then the population rules (quotas)
     * without their own package line.
     */
    public Outcome<String> compile(Path pack) {
        return build(pack).map(rb -> {
            var compiled = rb.pack().compiled();
            return compiled.drl() + (compiled.hasPopulationRules()
                    ? "\n" + compiled.populationDrl().replaceFirst("(?m)^package [^;]+;\n", "") : "");
        });
    }

    // ---- data -------------------------------------------------------------------------

    /** {@code given}, or else the pack's only data file (an input error when there is not exactly one). */
    public Outcome<Path> dataFile(RulePack pack, Path given) {
        if (given != null) return Outcome.ok(given, new Diagnostics());
        Path folder = pack.folder().resolve(RulePack.DATA_FOLDER);
        try {
            Path only = reader.onlyDataFile(folder);
            if (only != null) return Outcome.ok(only, new Diagnostics());
        } catch (IOException e) {
            return Outcome.failed(Outcome.Failure.INPUT, Diagnostic.error("E-FILE-UNREADABLE", SourcePos.of(folder), folder, e.getMessage()));
        }
        return Outcome.failed(Outcome.Failure.INPUT, Diagnostic.error("E-DATA-NONE", SourcePos.of(folder), folder));
    }

    /** The files of a data folder that the registry's importers read, by name; none when it cannot be listed. */
    public List<Path> dataFilesIn(Path folder) {
        try {
            return reader.dataFiles(folder);
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of();
        }
    }

    /** Reads a data file once, typed for each rubric in turn. */
    public Outcome<List<TypedUnits>> read(Path file, Rubric... rubrics) {
        return reader.read(file, List.of(rubrics));
    }

    // ---- analyses ---------------------------------------------------------------------

    /** Scores the units (a quota ranks them among each other); RESULTS when some unit's rules failed. */
    public Outcome<Scorer.Result> score(RuleBase ruleBase, List<Unit> units, Progress progress) {
        return score(ruleBase, units, ScoringMode.POPULATION, progress);
    }

    /** Scores the units as a population (a quota ranks them among each other) or each on its own (a quota stays pending). */
    public Outcome<Scorer.Result> score(RuleBase ruleBase, List<Unit> units, ScoringMode mode, Progress progress) {
        String id = ruleBase.pack().id();
        int total = units.size();
        Scorer.Result result = scoreLive(ruleBase, units, mode, done -> progress.scored(id, done, total));
        return new Outcome<>(result, result.problems(), result.problems().hasErrors() ? Outcome.Failure.RESULTS : Outcome.Failure.NONE);
    }

    /**
     * Scores on the rules of {@code ruleBase}; when another call (the studio's next edit of the
     * same pack) changed them in place after they were built here, they are built again first.
     */
    private Scorer.Result scoreLive(RuleBase ruleBase, List<Unit> units, ScoringMode mode, java.util.function.IntConsumer progress) {
        try {
            return new Scorer(ruleBase).score(units, mode, progress);
        } catch (RuleBase.Stale stale) {
            RuleBase again = build(ruleBase.pack()).value();
            if (again == null) throw stale;
            return new Scorer(again).score(units, mode, progress);
        }
    }

    /** As {@link #score(RuleBase, List, Progress)}, kept: the same rules on units typed alike give the sheets they gave. */
    public Outcome<Scorer.Result> score(RuleBase ruleBase, TypedUnits units, Progress progress) {
        String id = ruleBase.pack().id();
        int total = units.units().size();
        Scorer.Result result = scores.scored(ruleBase.pack().folder(), ruleBase.contentKey(), units,
                () -> scoreLive(ruleBase, units.units(), ScoringMode.POPULATION, done -> progress.scored(id, done, total)));
        return new Outcome<>(result, result.problems(), result.problems().hasErrors() ? Outcome.Failure.RESULTS : Outcome.Failure.NONE);
    }

    /**
     * The score sheets of a pack's units ({@code data}: null for the pack's own data file),
     * or of one unit ({@code unitId}; with a quota it is still ranked among all the others).
     */
    public Outcome<Report.Scores> score(Path pack, Path data, String unitId, Progress progress) {
        return score(pack, data, unitId, ScoringMode.POPULATION, progress);
    }

    /**
     * As {@link #score(Path, Path, String, Progress)}, as a population of the file's units or
     * each unit on its own ({@link ScoringMode#INDIVIDUAL}: a quota is pending, never applied).
     */
    public Outcome<Report.Scores> score(Path pack, Path data, String unitId, ScoringMode mode, Progress progress) {
        Diagnostics seen = new Diagnostics();
        Outcome<Ready> ready = collect(ready(pack, Map.of(), data, progress), seen);
        if (!ready.ok()) return ready.carry();
        RulePack p = ready.value().ruleBase().pack();
        Path file = ready.value().units().file();
        List<Unit> units = ready.value().units().units();
        if (unitId != null && units.stream().noneMatch(u -> u.id().equals(unitId))) {
            String near = Names.closest(unitId, units.stream().map(Unit::id).toList());
            seen.add(near == null ? Diagnostic.error("E-UNIT-UNKNOWN", SourcePos.of(file), unitId, file)
                    : Diagnostic.error("E-UNIT-UNKNOWN-SUGGEST", SourcePos.of(file), unitId, file, near));
            return Outcome.failed(Outcome.Failure.INPUT, seen);
        }
        // a quota ranks the unit among all the units of the file, so then they are all scored
        boolean individual = mode == ScoringMode.INDIVIDUAL;
        boolean alone = unitId != null && (individual || !p.compiled().hasPopulationRules());
        progress.stage("score");
        List<Unit> scoredUnits = alone ? units.stream().filter(u -> u.id().equals(unitId)).toList() : units;
        Outcome<Scorer.Result> scored = collect(individual || alone ? score(ready.value().ruleBase(), scoredUnits, mode, progress)
                : score(ready.value().ruleBase(), ready.value().units(), progress), seen);
        List<ScoreSheet> sheets = unitId == null ? scored.value().sheets()
                : scored.value().sheets().stream().filter(s -> s.unit().id().equals(unitId)).toList();
        return new Outcome<>(new Report.Scores(p.rubric(), sheets), seen, scored.failure());
    }

    /**
     * Scores a data file's units with a rule base already built (a service's request): read
     * with the registry's importers, typed for the pack's rubric.
     */
    public Outcome<Report.Scores> score(RuleBase ruleBase, Path data, Progress progress) {
        return score(ruleBase, data, ScoringMode.POPULATION, progress);
    }

    /** As {@link #score(RuleBase, Path, Progress)}: the file's units as a population, or each on its own. */
    public Outcome<Report.Scores> score(RuleBase ruleBase, Path data, ScoringMode mode, Progress progress) {
        Diagnostics seen = new Diagnostics();
        Rubric rubric = ruleBase.pack().rubric();
        Outcome<List<TypedUnits>> read = collect(read(data, rubric), seen);
        if (!read.ok()) return read.carry();
        Outcome<Scorer.Result> scored = collect(score(ruleBase, read.value().get(0).units(), mode, progress), seen);
        return new Outcome<>(new Report.Scores(rubric, scored.value().sheets()), seen, scored.failure());
    }

    /**
     * A pack's test results: its own cases and, for an amending pack, the cases of the
     * regulation it amends run against the draft's rules (null otherwise), which its changes are
     * expected to move. The rule base is the one the tests ran on.
     */
    public record Tests(RuleBase ruleBase, TestReport own, TestReport base) {}

    /** Runs the pack's test cases (and an amending pack's base cases); RESULTS when one of its own fails. */
    public Outcome<Tests> test(Path pack) {
        Diagnostics seen = new Diagnostics();
        Outcome<RuleBase> built = collect(build(pack), seen);
        if (!built.ok()) return built.carry();
        TestReport own = TestRunner.run(built.value());
        seen.addAll(own.problems().all());
        TestReport base = TestRunner.runBase(built.value());
        boolean failed = !own.allPassed() || own.problems().hasErrors();
        return new Outcome<>(new Tests(built.value(), own, base), seen, failed ? Outcome.Failure.RESULTS : Outcome.Failure.NONE);
    }

    /**
     * A unit's sheet frozen as a test case, after the last case of {@code testFile} (null text
     * when it cannot be added; the findings say why). The unit is scored on its own, as a test
     * case is.
     */
    public Outcome<SavedCase> savedCase(Path pack, Path data, String unitId, Path testFile, String description) {
        // the findings of building and reading were the scoring's to give; only a failure stops this
        Outcome<Ready> ready = ready(pack, Map.of(), data, Progress.NONE);
        if (!ready.ok()) return ready.carry();
        Diagnostics seen = new Diagnostics();
        TypedUnits read = ready.value().units();
        Unit unit = read.units().stream().filter(u -> u.id().equals(unitId)).findFirst().orElse(null);
        if (unit == null) return Outcome.failed(Outcome.Failure.INPUT, Diagnostic.error("E-UNIT-UNKNOWN", SourcePos.of(read.file()), unitId, read.file()));
        String existing;
        try {
            existing = Files.exists(testFile) ? Files.readString(testFile, java.nio.charset.StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            seen.add(Diagnostic.error("E-FILE-UNREADABLE", SourcePos.of(testFile), testFile, e.getMessage()));
            return Outcome.failed(Outcome.Failure.INPUT, seen);
        }
        SavedCase saved = SavedCase.of(ready.value().ruleBase(), unit, testFile, existing, description);
        seen.addAll(saved.diagnostics().all());
        return new Outcome<>(saved, seen, saved.text() == null ? Outcome.Failure.INPUT : Outcome.Failure.NONE);
    }

    /** The regulation on a population: classes, spread, items against their maximum. */
    public Outcome<Report.Simulation> simulate(Path pack, Path data, Map<String, String> settings, Progress progress) {
        Diagnostics seen = new Diagnostics();
        Outcome<Ready> ready = collect(ready(pack, settings, data, progress), seen);
        if (!ready.ok()) return ready.carry();
        RulePack p = ready.value().ruleBase().pack();
        TypedUnits units = ready.value().units();
        progress.stage("score");
        Outcome<Scorer.Result> scored = collect(score(ready.value().ruleBase(), units, progress), seen);
        List<ScoreSheet> sheets = scored.value().sheets();
        return new Outcome<>(new Report.Simulation(p.rubric(), units.file(), sheets, Summary.of(p.rubric(), sheets), units.missing()),
                seen, scored.failure());
    }

    /**
     * A draft beside the regulation in force on the same units ({@code data}: null for the
     * base pack's data file). The two rule bases build while the data is read, and the two
     * regulations score at once.
     */
    public Outcome<Report.Diff> compare(Path base, Path draft, Path data, Map<String, String> draftSettings, Progress progress) {
        Diagnostics seen = new Diagnostics();
        progress.stage("load");
        Outcome<RulePack> bl = collect(load(base), seen);
        if (!bl.ok()) return bl.carry();
        Outcome<RulePack> dl = collect(load(draft, draftSettings), seen);
        if (!dl.ok()) return dl.carry();
        RulePack bp = bl.value(), dp = dl.value();
        try (Background background = new Background(2)) {
            CompletableFuture<Outcome<RuleBase>> bb = background.run(() -> build(bp)), db = background.run(() -> build(dp));
            Outcome<Path> file = collect(dataFile(bp, data), seen);
            if (!file.ok()) return file.carry();
            progress.stage("read");
            Outcome<List<TypedUnits>> read = collect(read(file.value(), bp.rubric(), dp.rubric()), seen);
            if (!read.ok()) return read.carry();
            progress.stage("build");
            Outcome<RuleBase> b = collect(bb.join(), seen), d = collect(db.join(), seen);
            if (!b.ok()) return b.carry();
            if (!d.ok()) return d.carry();
            progress.stage("score");
            // one after the other: each already scores on every core
            Outcome<Scorer.Result> br = collect(score(b.value(), read.value().get(0), progress), seen);
            Outcome<Scorer.Result> ds = collect(score(d.value(), read.value().get(1), progress), seen);
            progress.stage("compare");
            List<RegulationChange> changes = RegulationChanges.between(bp.rubric(), dp.rubric());
            Comparison comparison = Comparison.of(bp.rubric(), br.value().sheets(), dp.rubric(), ds.value().sheets(), changes);
            boolean failed = !br.ok() || !ds.ok();
            return new Outcome<>(new Report.Diff(bp.rubric(), dp.rubric(), file.value(), changes, comparison,
                    read.value().get(0).missing(), read.value().get(1).missing()), seen, failed ? Outcome.Failure.RESULTS : Outcome.Failure.NONE);
        }
    }

    /**
     * What a draft changes in the regulation, in the regulation's order, each change with the
     * article that makes it where the draft gives one (amending packs and full copies alike).
     */
    public Outcome<Report.Changes> changes(Path base, Path draft) {
        Diagnostics seen = new Diagnostics();
        Outcome<RulePack> b = collect(load(base), seen);
        if (!b.ok()) return b.carry();
        Outcome<RulePack> d = collect(load(draft), seen);
        if (!d.ok()) return d.carry();
        Rubric br = b.value().rubric(), dr = d.value().rubric();
        return Outcome.ok(new Report.Changes(br, dr, RegulationChanges.between(br, dr)), seen);
    }

    /**
     * A new pack in {@code folder} from a province's scoring table ({@code sheet}: .docx or .xlsx),
     * its conditions left to decide; nothing is written when the table cannot be read.
     */
    public Outcome<vn.rubric.workbench.documents.SheetImport.Imported> importSheet(Path sheet, Path folder) {
        return vn.rubric.workbench.documents.SheetImport.into(sheet, folder);
    }

    /** A regulation's scoring sheet with no unit on it (the decision's appendix): the pack loaded and validated. */
    public Outcome<Report.Sheet> sheet(Path pack) {
        return load(pack).map(p -> new Report.Sheet(p.rubric()));
    }

    /**
     * The class counts and spread of totals for each value of one parameter. A value that
     * breaks the rubric (e.g. a class minimum above the class before it) is left out with its
     * findings, and the sweep goes on (RESULTS).
     */
    public Outcome<Report.SweepRun> sweep(Path pack, String parameter, List<BigDecimal> values, Path data,
                                          Map<String, String> settings, Progress progress) {
        Diagnostics seen = new Diagnostics();
        progress.stage("load");
        // only validated and compiled here: each swept value builds its own rule base
        Outcome<RulePack> loaded = collect(load(pack, settings), seen);
        if (!loaded.ok()) return loaded.carry();
        RulePack p = loaded.value();
        if (!values.isEmpty()) {
            Outcome<Map<String, Double>> first = collect(parameterValues(p, Map.of(parameter, values.get(0).toPlainString())), seen);
            if (!first.ok()) return first.carry();
        }
        Outcome<Path> file = collect(dataFile(p, data), seen);
        if (!file.ok()) return file.carry();
        progress.stage("read");
        Outcome<List<TypedUnits>> read = collect(read(file.value(), p.rubric()), seen);
        if (!read.ok()) return read.carry();
        List<Unit> units = read.value().get(0).units();
        List<Sweep.Point> points = new ArrayList<>();
        boolean failed = false;
        for (int i = 0; i < values.size(); i++) {
            double v = values.get(i).doubleValue();
            progress.swept(parameter, values.get(i).toPlainString(), i + 1, values.size());
            PackLoader.Result changed = PackLoader.withParameters(p, Map.of(parameter, v), registry.functions());
            Outcome<RuleBase> built = changed.ok() ? build(changed.pack()) : Outcome.failed(Outcome.Failure.RUBRIC, changed.diagnostics());
            if (!built.ok()) {
                for (Diagnostic d : built.diagnostics().all()) if (d.isError()) seen.add(d);
                seen.add(Diagnostic.warning("W-SWEEP-SKIPPED", SourcePos.of(p.rubric().file()), parameter, values.get(i).toPlainString()));
                failed = true;
                continue;
            }
            Scorer.Result result = new Scorer(built.value()).score(units, done -> {});
            for (Diagnostic d : result.problems().all()) if (d.isError()) seen.add(d);
            failed |= result.problems().hasErrors();
            double[] totals = result.sheets().stream().mapToDouble(ScoreSheet::total).toArray();
            points.add(new Sweep.Point(v, Summary.classCounts(changed.pack().rubric(), result.sheets()), Stats.of(totals)));
        }
        Parameter swept = p.rubric().parameters().get(parameter);
        Sweep sweep = new Sweep(parameter, swept.label(), swept.value(), List.copyOf(points));
        return new Outcome<>(new Report.SweepRun(p.rubric(), file.value(), sweep), seen, failed ? Outcome.Failure.RESULTS : Outcome.Failure.NONE);
    }

    /** What an export wrote (nothing when the issue gate refused the pack), and the gate's verdict. */
    public record Exported(List<Path> files, IssueGate.Result gate) {}

    /**
     * Writes the pack for other systems in an export format ({@code kjar}...), once it passes the
     * issue gate: its rules build, its tests pass and, unless it is a {@code draft}, its regulation
     * names the decision that issues it. A draft's version becomes {@code X.Y.Z-draft.N}.
     */
    public Outcome<Exported> export(Path pack, String format, String version, boolean draft, Path dir) {
        Exporter exporter = registry.contributions(ExtensionPoints.EXPORTERS).stream().filter(e -> e.format().equals(format)).findFirst().orElse(null);
        if (exporter == null) return Outcome.failed(Outcome.Failure.INPUT, Diagnostic.error("E-EXPORT-FORMAT", SourcePos.of(pack), format,
                String.join(", ", registry.contributions(ExtensionPoints.EXPORTERS).stream().map(Exporter::format).toList())));
        // a Maven version: digits and dots, then an optional qualifier (1.0.0, 2025.1.0-draft.1)
        if (!version.matches("\\d+(\\.\\d+){0,2}([-.][A-Za-z0-9]+)*")) {
            return Outcome.failed(Outcome.Failure.INPUT, Diagnostic.error("E-EXPORT-VERSION", SourcePos.of(pack), version));
        }
        Diagnostics seen = new Diagnostics();
        Outcome<RuleBase> built = collect(build(pack), seen);
        if (!built.ok()) return built.carry();
        IssueGate.Result gate = IssueGate.check(built.value(), draft);
        seen.addAll(gate.tests().problems().all());
        if (!gate.passed()) return new Outcome<>(new Exported(List.of(), gate), seen, Outcome.Failure.RUBRIC);
        try {
            RulePack p = built.value().pack();
            String exported = draft ? PackVersion.draft(p.id(), version, dir) : version;
            return Outcome.ok(new Exported(exporter.export(p, exported, dir), gate), seen);
        } catch (IOException e) {
            AtomicFiles.Unwritable unwritable = AtomicFiles.Unwritable.in(e);
            seen.add(unwritable != null ? unwritable.diagnostic() : Diagnostic.error("E-OUTPUT-UNWRITABLE", SourcePos.of(dir), dir, e.getMessage()));
            return Outcome.failed(Outcome.Failure.INPUT, seen);
        }
    }

    /** Checks an exported pack: checksums, entry names, that its rules build and its tests pass. */
    public Outcome<PackVerifier.Result> verify(Path file) {
        PackVerifier.Result r;
        try {
            // the plugins installed here: a pack that declares one that is not is still verified, with Drools alone
            Map<String, String> installed = new java.util.HashMap<>();
            registry.plugins().stream().filter(p -> p.active() && p.id() != null).forEach(p -> installed.put(p.id(), p.version()));
            r = PackVerifier.verify(file, registry.functions(), installed);
        } catch (IOException e) {
            return Outcome.failed(Outcome.Failure.INPUT, Diagnostic.error("E-FILE-UNREADABLE", SourcePos.of(file), file, e.getMessage()));
        }
        Outcome.Failure failure = !r.readable() ? Outcome.Failure.INPUT : r.ok() ? Outcome.Failure.NONE : Outcome.Failure.RUBRIC;
        return new Outcome<>(r, r.diagnostics(), failure);
    }

    // ---- reports ----------------------------------------------------------------------

    /** The reporters that write this kind of report, in registry order. */
    public List<Reporter> reporters(Class<? extends Report> kind) {
        return registry.contributions(ExtensionPoints.REPORTERS).stream().filter(r -> r.writes(kind)).toList();
    }

    /** The report in a reporter's format, whole (nothing half-written if it fails). */
    public byte[] render(Reporter reporter, Report report, Messages text) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        reporter.write(report, text, buffer);
        return buffer.toByteArray();
    }

    // ---- the form face of the rubric editor --------------------------------------------

    /** The pack's rubric (the effective one of an amending pack) as its form shows it. */
    public Outcome<RubricForm> form(Path pack, Locale locale) {
        return rubricAsWritten(pack).map(r -> RubricForm.of(r, locale));
    }

    /**
     * The rubric as read, errors of meaning and all (a criterion whose items add up to 104 of
     * its 100 is what the form must show): null only when the text cannot be read as a rubric.
     */
    private Outcome<Rubric> rubricAsWritten(Path pack) {
        Path file = Files.isDirectory(pack) ? pack.resolve(RulePack.RUBRIC_FILE) : pack;
        RubricLoader.Result read = RubricLoader.load(file, f -> unsaved.get(f.toAbsolutePath().normalize()));
        return read.rubric() == null ? Outcome.failed(Outcome.Failure.INPUT, read.diagnostics()) : Outcome.ok(read.rubric(), read.diagnostics());
    }

    /**
     * Sets one value of a rubric file's text (the editor's unsaved text, else the file) where the
     * text holds it, keeping everything else as written; the new text becomes the file's unsaved
     * text, as the editor's typing does, and is returned for the editor to show.
     */
    public Outcome<String> setValue(Path file, ValuePath at, String value) {
        Path abs = file.toAbsolutePath().normalize();
        String text = unsaved.get(abs);
        if (text == null) {
            Diagnostics read = new Diagnostics();
            text = InputText.read(abs, InputLimit.RUBRIC, read);
            if (text == null) return Outcome.failed(Outcome.Failure.INPUT, read);
        }
        Outcome<String> edited = ValueEdit.set(abs, text, at, value);
        if (edited.hasValue()) edit(abs, edited.value());
        return edited;
    }

    /** Sets a tier's condition to the simple one "field is choice" (a drop-down's), written as the language writes it. */
    public Outcome<String> setCondition(Path file, ValuePath at, String field, String choice) {
        Path pack = packOf(file);
        Outcome<Rubric> loaded = pack == null ? Outcome.failed(Outcome.Failure.INPUT, new Diagnostics()) : rubricAsWritten(pack);
        if (!loaded.hasValue()) return loaded.carry();
        String when = RubricForm.condition(loaded.value(), field, choice);
        if (when == null) {
            return Outcome.failed(Outcome.Failure.INPUT, Diagnostic.error("E-FORM-CONDITION", SourcePos.of(file), at.toString(), field, choice));
        }
        return setValue(file, at, when);
    }

    // ---- helpers ----------------------------------------------------------------------

    /** A pack's rule base and its units, ready to score. */
    private record Ready(RuleBase ruleBase, TypedUnits units) {}

    /** Builds the pack (with {@code settings}) and reads its data ({@code data}: null for the pack's own file), typed for it. */
    private Outcome<Ready> ready(Path pack, Map<String, String> settings, Path data, Progress progress) {
        Diagnostics seen = new Diagnostics();
        progress.stage("load");
        Outcome<RuleBase> built = collect(build(pack, settings), seen);
        if (!built.ok()) return built.carry();
        Outcome<Path> file = collect(dataFile(built.value().pack(), data), seen);
        if (!file.ok()) return file.carry();
        progress.stage("read");
        Outcome<List<TypedUnits>> read = collect(read(file.value(), built.value().pack().rubric()), seen);
        if (!read.ok()) return read.carry();
        return Outcome.ok(new Ready(built.value(), read.value().get(0)), seen);
    }

    /** The {@code --set} values as numbers; an unknown name or a value that is not a number is an input error. */
    Outcome<Map<String, Double>> parameterValues(RulePack pack, Map<String, String> settings) {
        Map<String, Double> values = new LinkedHashMap<>();
        SourcePos at = SourcePos.of(pack.rubric().file());
        for (Map.Entry<String, String> e : settings.entrySet()) {
            String name = e.getKey().strip();
            var parameters = pack.rubric().parameters().keySet();
            if (!parameters.contains(name)) {
                String near = Names.closest(name, parameters);
                String known = parameters.isEmpty() ? "-" : String.join(", ", parameters);
                return Outcome.failed(Outcome.Failure.INPUT, near == null ? Diagnostic.error("E-SET-UNKNOWN", at, name, pack.id(), known)
                        : Diagnostic.error("E-SET-UNKNOWN-SUGGEST", at, name, pack.id(), known, near));
            }
            String v = e.getValue().strip();
            if (!v.matches("-?\\d+(\\.\\d+)?")) return Outcome.failed(Outcome.Failure.INPUT, Diagnostic.error("E-SET-NOT-A-NUMBER", at, name, v));
            values.put(name, Double.parseDouble(v));
        }
        return Outcome.ok(values, new Diagnostics());
    }

    /** A file that cannot be found or read is an input problem; anything else wrong in a rubric is the rubric's. */
    private static Outcome.Failure failureOf(Diagnostics diagnostics) {
        boolean inputOnly = diagnostics.all().stream().filter(Diagnostic::isError)
                .allMatch(d -> List.of("E-FILE-MISSING", "E-FILE-UNREADABLE").contains(d.code()));
        return inputOnly ? Outcome.Failure.INPUT : Outcome.Failure.RUBRIC;
    }

    /** Adds a step's findings to the call's, and gives the step back. */
    private static <T> Outcome<T> collect(Outcome<T> step, Diagnostics seen) {
        seen.addAll(step.diagnostics().all());
        return new Outcome<>(step.value(), seen, step.failure());
    }

    /**
     * Threads of a call's own for work that need not wait (a cold build is mostly compiling):
     * daemon threads, so a call that returns early does not wait for builds it no longer needs.
     */
    private static final class Background implements AutoCloseable {
        private final ExecutorService pool;

        Background(int threads) {
            this.pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "rubric-workspace");
                t.setDaemon(true);
                return t;
            });
        }

        <T> CompletableFuture<T> run(java.util.function.Supplier<T> work) {
            return CompletableFuture.supplyAsync(work, pool);
        }

        @Override
        public void close() {
            pool.shutdown();
        }
    }
}
