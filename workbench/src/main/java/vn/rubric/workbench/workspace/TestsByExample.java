package vn.rubric.workbench.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.dsl.source.SourcePos;
import vn.rubric.rules.testing.ExpectationUpdate;
import vn.rubric.rules.testing.SavedCase;
import vn.rubric.rules.testing.TestReport;
import vn.rubric.workbench.commands.AtomicFiles;

/**
 * Tests by example, as the studio offers them: a failing case's expectations reviewed and
 * accepted as what the rules now give (the machinery of {@code rubric test --update}, one case at
 * a time), and a unit's sheet saved as a new case (that of {@code rubric score --save-test}).
 * Test files are written whole or not at all, keeping their layout; a file an editor holds
 * unsaved changes of is not written over.
 */
public final class TestsByExample {

    /** One value that accepting the case rewrites: where the case is, what, the value as written and the new one. */
    public record Move(Path file, int line, String caseName, String what, String old, String now) {}

    /** A difference accepting cannot settle, and why (a key of {@code test.update.why.*}). */
    public record Left(Path file, int line, String caseName, String what, String expected, String actual, String why) {}

    /**
     * What accepting a case would write: the moves, what is left by hand, and a fingerprint of
     * both that the acceptance must hand back (so what is written is what was reviewed).
     */
    public record Review(List<Move> moves, List<Left> left, String fingerprint) {}

    /** What an acceptance wrote: the test files, and the moves in them. */
    public record Accepted(List<Path> files, List<Move> moves) {}

    /** A case saved: its name, the test file it was added to, and the class it expects. */
    public record Saved(String caseName, Path file, String ratingClass) {}

    private final Workspace workspace;

    public TestsByExample(Workspace workspace) {
        this.workspace = workspace;
    }

    /** What accepting the failing case {@code caseName} of {@code file} would rewrite in its test file. */
    public Outcome<Review> review(Path pack, Path file, String caseName) {
        Outcome<Plan> plan = plan(pack, file, caseName);
        return plan.map(Plan::review);
    }

    /**
     * Writes the case's new expectations, if they are still those reviewed ({@code fingerprint}):
     * otherwise nothing is written and the case is to be reviewed again.
     */
    public Outcome<Accepted> accept(Path pack, Path file, String caseName, String fingerprint) {
        Outcome<Plan> planned = plan(pack, file, caseName);
        if (!planned.ok()) return planned.carry();
        Plan plan = planned.value();
        SourcePos at = SourcePos.of(file);
        if (!plan.review().fingerprint().equals(fingerprint)) {
            return Outcome.failed(Outcome.Failure.INPUT, Diagnostic.error("E-STUDIO-TEST-MOVED", at, caseName));
        }
        if (plan.update().files().isEmpty()) {
            return Outcome.failed(Outcome.Failure.RESULTS, Diagnostic.error("E-STUDIO-TEST-NOTHING-TO-WRITE", at, caseName));
        }
        for (Path written : plan.update().files().keySet()) {
            if (workspace.hasUnsavedChange(written)) return Outcome.failed(Outcome.Failure.INPUT, Diagnostic.error("E-STUDIO-TEST-UNSAVED", SourcePos.of(written), written.getFileName()));
        }
        Map<Path, byte[]> files = new LinkedHashMap<>();
        plan.update().files().forEach((f, text) -> files.put(f, text.getBytes(StandardCharsets.UTF_8)));
        try {
            AtomicFiles.writeAll(files);
        } catch (IOException e) {
            return unwritable(file, e);
        }
        // an editor's copy that was the file as it stood is now stale: the workspace reads the file again
        files.keySet().forEach(workspace::discard);
        return Outcome.ok(new Accepted(List.copyOf(files.keySet()), plan.review().moves()), planned.diagnostics());
    }

    /**
     * Adds the unit's sheet as a case after the last case of {@code testFile} (in the pack's
     * tests folder, a .yaml file; it is created when missing). {@code data}: the units' file
     * (null: the pack's own).
     */
    public Outcome<Saved> saveCase(Path pack, Path data, String unit, Path testFile, String description) {
        Path tests = pack.toAbsolutePath().normalize().resolve(RulePack.TESTS_FOLDER);
        Path file = testFile.toAbsolutePath().normalize();
        if (!file.startsWith(tests) || !file.getParent().equals(tests) || !file.getFileName().toString().endsWith(".yaml")) {
            return Outcome.failed(Outcome.Failure.INPUT, Diagnostic.error("E-STUDIO-TEST-FILE", SourcePos.of(file), file.getFileName(), tests));
        }
        if (workspace.hasUnsavedChange(file)) {
            return Outcome.failed(Outcome.Failure.INPUT, Diagnostic.error("E-STUDIO-TEST-UNSAVED", SourcePos.of(file), file.getFileName()));
        }
        Outcome<SavedCase> saved = workspace.savedCase(pack, data, unit, file, description);
        if (!saved.ok()) return saved.carry();
        try {
            AtomicFiles.write(file, saved.value().text());
        } catch (IOException e) {
            return unwritable(file, e);
        }
        workspace.discard(file);
        return Outcome.ok(new Saved(saved.value().testCase().name(), file, saved.value().sheet().ratingClass()), saved.diagnostics());
    }

    // ---- helpers ----------------------------------------------------------------------

    private record Plan(ExpectationUpdate update, Review review) {}

    private Outcome<Plan> plan(Path pack, Path file, String caseName) {
        Outcome<Workspace.Tests> ran = workspace.test(pack);
        if (!ran.hasValue()) return ran.carry();
        Path wanted = file.toAbsolutePath().normalize();
        List<TestReport.CaseResult> chosen = ran.value().own().results().stream()
                .filter(r -> r.file().toAbsolutePath().normalize().equals(wanted) && r.testCase().name().equals(caseName)).toList();
        SourcePos at = SourcePos.of(file);
        if (chosen.isEmpty()) return Outcome.failed(Outcome.Failure.INPUT, Diagnostic.error("E-STUDIO-TEST-UNKNOWN", at, caseName, file.getFileName()));
        if (chosen.stream().allMatch(TestReport.CaseResult::passed)) {
            return Outcome.failed(Outcome.Failure.INPUT, Diagnostic.error("E-STUDIO-TEST-PASSES", at, caseName));
        }
        ExpectationUpdate update = ExpectationUpdate.of(new TestReport(chosen, new Diagnostics()));
        List<Move> moves = update.moves().stream().map(m -> new Move(m.result().file(), m.result().testCase().pos().line(),
                m.result().testCase().name(), m.what().toString(), m.old(), m.now())).toList();
        List<Left> left = update.left().stream().map(l -> new Left(l.result().file(), l.result().testCase().pos().line(),
                l.result().testCase().name(), l.mismatch().what(), l.mismatch().expected(), l.mismatch().actual(),
                l.why().key())).toList();
        Diagnostics seen = new Diagnostics();
        seen.addAll(update.problems().all());
        return Outcome.ok(new Plan(update, new Review(moves, left, fingerprint(moves, left, update.files()))), seen);
    }

    /** A hash of what would be written and why the rest is not: the review the drafter saw. */
    private static String fingerprint(List<Move> moves, List<Left> left, Map<Path, String> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Move m : moves) sha.update((m + "\n").getBytes(StandardCharsets.UTF_8));
            for (Left l : left) sha.update((l + "\n").getBytes(StandardCharsets.UTF_8));
            files.forEach((f, text) -> sha.update((f + "\n" + text).getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    private static <T> Outcome<T> unwritable(Path file, IOException e) {
        AtomicFiles.Unwritable u = AtomicFiles.Unwritable.in(e);
        return Outcome.failed(Outcome.Failure.INPUT, u != null ? u.diagnostic() : Diagnostic.error("E-OUTPUT-UNWRITABLE", SourcePos.of(file), file, e.getMessage()));
    }

}
