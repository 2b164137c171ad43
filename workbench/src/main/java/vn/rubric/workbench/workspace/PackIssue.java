package vn.rubric.workbench.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.dsl.model.Regulation;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.dsl.source.SourcePos;
import vn.rubric.rules.testing.TestReport;
import vn.rubric.workbench.commands.AtomicFiles;
import vn.rubric.workbench.exporters.IssueGate;
import vn.rubric.workbench.exporters.KjarExporter;
import vn.rubric.workbench.exporters.PackVerifier;
import vn.rubric.workbench.exporters.PackVersion;
import vn.rubric.workbench.platform.Report;
import vn.rubric.workbench.platform.Reporter;

/**
 * Ban hành: a pack issued in one action. It is validated, its tests run and (a draft) it is
 * compared with the regulation it amends; if any of that fails, or the decision, its dates or
 * the version are missing or wrong, it is refused with every reason and nothing is written.
 * Otherwise the decision, dates and version are written into its rubric.yaml (in place), and
 * the pack is exported (the code of {@code rubric export}), verified (that of
 * {@code verify-pack}) and, for a draft, its comparison written as HTML and XLSX, all into
 * {@code FOLDER/dist/<id>-<version>/}, which appears whole or not at all.
 */
public final class PackIssue {

    /** The folder under the workspace's folder that issued packs go into. */
    public static final String DIST = "dist";
    private static final String FORMAT = "kjar";
    private static final String COMPARISON = ".comparison.";

    /** What the drafter gives: the decision (number and sign), signed on, in force from (yyyy-mm-dd), and the pack's version (X.Y.Z). */
    public record Identity(String decision, String decisionDate, String effectiveFrom, String version) {}

    /** An issued pack: its folder and files (KJAR, scoring sheet, pack.json, comparison reports), and the verification. */
    public record Issued(Path folder, List<Path> files, PackVerifier.Result verified) {}

    private final Workspace workspace;
    private final FolderWorkspace folder;

    public PackIssue(Workspace workspace, FolderWorkspace folder) {
        this.workspace = workspace;
        this.folder = folder;
    }

    /**
     * The identity the pack's regulation states now (the form's first values): the decision only
     * when it has a date (a draft's "Dự thảo ..." is its working name, not a decision), the
     * version only when it is one a pack can be issued as.
     */
    public Outcome<Identity> current(Path pack) {
        return workspace.load(pack).map(p -> {
            Regulation r = p.rubric().regulation();
            String v = r.version() != null && isReleaseVersion(r.version()) ? r.version() : null;
            return new Identity(blank(r.decisionDate()) ? null : r.decision(), r.decisionDate(), r.effectiveFrom(), v);
        });
    }

    /** The folder the pack issued as {@code version} goes into. */
    public Path target(String id, String version) {
        return folder.folder().resolve(DIST).resolve(id + "-" + version);
    }

    /** Issues the pack (see the class); {@code text}: the language of the comparison reports. */
    public Outcome<Issued> issue(Path pack, Identity identity, Messages text) {
        Path rubricFile = pack.toAbsolutePath().normalize().resolve(RulePack.RUBRIC_FILE);
        SourcePos at = SourcePos.of(rubricFile);
        Diagnostics seen = new Diagnostics();
        boolean input = checkIdentity(identity, at, seen);
        if (workspace.hasUnsavedChange(rubricFile)) {
            seen.add(Diagnostic.error("E-ISSUE-UNSAVED", at));
            input = true;
        }
        boolean rubric = checkPack(pack, seen);
        if (input || rubric) return Outcome.failed(rubric ? Outcome.Failure.RUBRIC : Outcome.Failure.INPUT, seen);

        RulePack loaded = workspace.load(pack).value();
        Path target = target(loaded.id(), identity.version());
        if (Files.exists(target)) return Outcome.failed(Outcome.Failure.INPUT, Diagnostic.error("E-ISSUE-EXISTS", at, folder.folder().relativize(target), identity.version()));
        byte[] before;
        try {
            before = Files.readAllBytes(rubricFile);
        } catch (IOException e) {
            return Outcome.failed(Outcome.Failure.INPUT, Diagnostic.error("E-FILE-UNREADABLE", at, rubricFile, e.getMessage()));
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("decision", identity.decision().strip());
        values.put("decision-date", identity.decisionDate().strip());
        values.put("effective-from", identity.effectiveFrom().strip());
        values.put("version", identity.version().strip());
        String issuedText = IdentityText.set(rubricFile, new String(before, StandardCharsets.UTF_8), values, seen);
        if (issuedText == null) return Outcome.failed(Outcome.Failure.INPUT, seen);

        Path stage = target.resolveSibling("." + target.getFileName() + ".partial-" + Long.toHexString(System.nanoTime()));
        try {
            // the exporter puts rubric.yaml in the jar as the file holds it, so the identity is written first;
            // every failure from here on puts the file back as it was
            AtomicFiles.write(rubricFile, issuedText.getBytes(StandardCharsets.UTF_8));
            workspace.discard(rubricFile);
            Outcome<Issued> made = stage(pack, identity.version(), stage, text, seen);
            if (!made.ok()) {
                restore(rubricFile, before, stage);
                return made;
            }
            Files.createDirectories(target.getParent());
            try {
                Files.move(stage, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(stage, target);
            }
            List<Path> files = made.value().files().stream().map(f -> target.resolve(f.getFileName().toString())).toList();
            return Outcome.ok(new Issued(target, files, made.value().verified()), seen);
        } catch (IOException e) {
            try {
                restore(rubricFile, before, stage);
            } catch (IOException again) {
                seen.add(Diagnostic.error("E-OUTPUT-UNWRITABLE", at, rubricFile, again.getMessage()));
            }
            AtomicFiles.Unwritable u = AtomicFiles.Unwritable.in(e);
            seen.add(u != null ? u.diagnostic() : Diagnostic.error("E-OUTPUT-UNWRITABLE", SourcePos.of(target), target, e.getMessage()));
            return Outcome.failed(Outcome.Failure.INPUT, seen);
        }
    }

    /** Adds what is wrong with the drafter's identity; true when something is. */
    private static boolean checkIdentity(Identity id, SourcePos at, Diagnostics seen) {
        int before = seen.all().size();
        if (blank(id.decision())) seen.add(Diagnostic.error("E-ISSUE-NO-DECISION", at));
        LocalDate signed = date("decision-date", id.decisionDate(), at, seen);
        LocalDate from = date("effective-from", id.effectiveFrom(), at, seen);
        if (signed != null && from != null && from.isBefore(signed)) {
            seen.add(Diagnostic.error("E-ISSUE-EFFECTIVE-BEFORE-SIGNED", at, id.effectiveFrom().strip(), id.decisionDate().strip()));
        }
        if (blank(id.version())) seen.add(Diagnostic.error("E-ISSUE-NO-VERSION", at));
        else if (PackVersion.isDraft(id.version().strip())) seen.add(Diagnostic.error("E-ISSUE-DRAFT-VERSION", at, id.version().strip()));
        else if (!isReleaseVersion(id.version().strip())) seen.add(Diagnostic.error("E-EXPORT-VERSION", at, id.version().strip()));
        return seen.all().size() > before;
    }

    private static LocalDate date(String key, String value, SourcePos at, Diagnostics seen) {
        if (blank(value)) {
            seen.add(Diagnostic.error("E-ISSUE-NO-DATE", at, key));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            seen.add(Diagnostic.error("E-ISSUE-BAD-DATE", at, key, value.strip()));
            return null;
        }
    }

    /** Validation, tests and (a draft) the comparison: adds every reason the pack cannot be issued; true when there is one. */
    private boolean checkPack(Path pack, Diagnostics seen) {
        Outcome<vn.rubric.rules.engine.RuleBase> valid = workspace.validate(pack, null);
        if (!valid.ok()) {
            addErrors(valid, seen);
            seen.add(Diagnostic.error("E-ISSUE-INVALID", SourcePos.of(pack.resolve(RulePack.RUBRIC_FILE))));
            return true;
        }
        boolean refused = false;
        Outcome<Workspace.Tests> tested = workspace.test(pack);
        if (tested.hasValue()) {
            TestReport own = tested.value().own();
            own.problems().all().stream().filter(Diagnostic::isError).forEach(seen::add);
            Path root = tested.value().ruleBase().pack().folder();
            for (TestReport.CaseResult r : own.results()) {
                if (r.passed()) continue;
                String misses = String.join("; ", r.mismatches().stream().map(m -> m.what() + ": " + m.expected() + " → " + m.actual()).toList());
                seen.add(Diagnostic.error("E-ISSUE-TEST-FAILS", r.testCase().pos(), root.relativize(r.file()) + " · " + r.testCase().name(), misses));
                refused = true;
            }
            refused |= own.problems().hasErrors();
        } else {
            addErrors(tested, seen);
            refused = true;
        }
        Outcome<Report.Diff> compared = compare(pack, seen);
        return refused || compared != null && !compared.ok();
    }

    /** A draft's comparison with the regulation it amends (null for a pack that amends none); a failure adds its reasons. */
    private Outcome<Report.Diff> compare(Path pack, Diagnostics seen) {
        if (folder.amended(pack).isEmpty()) return null;
        Outcome<Report.Diff> compared = folder.comparison(pack);
        if (!compared.ok()) {
            addErrors(compared, seen);
            seen.add(Diagnostic.error("E-ISSUE-COMPARISON", SourcePos.of(pack.resolve(RulePack.RUBRIC_FILE))));
        }
        return compared;
    }

    private static void addErrors(Outcome<?> outcome, Diagnostics seen) {
        outcome.diagnostics().all().stream().filter(Diagnostic::isError).forEach(seen::add);
    }

    /** Exports, verifies and writes the comparison reports into {@code stage}; a failure says why. */
    private Outcome<Issued> stage(Path pack, String version, Path stage, Messages text, Diagnostics seen) throws IOException {
        Outcome<Workspace.Exported> exported = workspace.export(pack, FORMAT, version, false, stage);
        seen.addAll(exported.diagnostics().all());
        if (!exported.ok() || !exported.value().gate().passed()) {
            if (exported.hasValue()) {
                for (IssueGate.Refusal r : exported.value().gate().refusals()) {
                    seen.add(Diagnostic.error("E-ISSUE-GATE", SourcePos.of(pack.resolve(RulePack.RUBRIC_FILE)), r.reason().name(), String.valueOf(r.subject())));
                }
            }
            return Outcome.failed(exported.failure() == Outcome.Failure.NONE ? Outcome.Failure.RUBRIC : exported.failure(), seen);
        }
        List<Path> files = new ArrayList<>(exported.value().files());
        Path jar = files.stream().filter(f -> f.getFileName().toString().endsWith(KjarExporter.JAR_SUFFIX)).findFirst().orElse(null);
        Outcome<PackVerifier.Result> verified = jar == null ? null : workspace.verify(jar);
        if (verified == null || !verified.ok()) {
            if (verified != null) addErrors(verified, seen);
            seen.add(Diagnostic.error("E-ISSUE-VERIFY", SourcePos.of(stage), jar == null ? "-" : jar.getFileName()));
            return Outcome.failed(Outcome.Failure.RUBRIC, seen);
        }
        // compared again, not reused from the check: the reports carry the decision and version just written
        Outcome<Report.Diff> compared = compare(pack, seen);
        if (compared != null) {
            if (!compared.ok()) return Outcome.failed(Outcome.Failure.RUBRIC, seen);
            String base = jar.getFileName().toString();
            base = base.substring(0, base.length() - KjarExporter.JAR_SUFFIX.length());
            Map<Path, byte[]> reports = new LinkedHashMap<>();
            for (String format : List.of("html", "xlsx")) {
                Reporter reporter = workspace.reporters(Report.Diff.class).stream().filter(r -> r.format().equals(format)).findFirst().orElse(null);
                if (reporter != null) reports.put(stage.resolve(base + COMPARISON + format), workspace.render(reporter, compared.value(), text));
            }
            AtomicFiles.writeAll(reports);
            files.addAll(reports.keySet());
        }
        return Outcome.ok(new Issued(stage, List.copyOf(files), verified.value()), seen);
    }

    private void restore(Path rubricFile, byte[] before, Path stage) throws IOException {
        AtomicFiles.write(rubricFile, before);
        workspace.discard(rubricFile);
        if (Files.exists(stage)) AtomicFiles.deleteTree(stage);
    }

    /** X.Y.Z (or X, X.Y) with no qualifier: what an issued pack is numbered. */
    static boolean isReleaseVersion(String version) {
        return version.matches("\\d+(\\.\\d+){0,2}");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
