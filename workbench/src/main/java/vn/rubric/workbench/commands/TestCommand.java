package vn.rubric.workbench.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.rubric.rules.testing.ExpectationUpdate;
import vn.rubric.rules.testing.TestReport;
import vn.rubric.workbench.Workbench;
import vn.rubric.workbench.workspace.Outcome;
import vn.rubric.workbench.workspace.Workspace;

/**
 * {@code rubric test PACK [--update [--yes]]}: runs the pack's test cases; prints pass/fail and,
 * for each failure, expected versus actual. An amending pack also runs the tests of the
 * regulation it amends, and lists those its changes move without failing on them. With
 * {@code --update}, the expectations that moved are rewritten in the test files (after asking).
 */

@Command(name = "test", mixinStandardHelpOptions = true)
public final class TestCommand implements Callable<Integer> {

    private final Workbench wb;

    @Parameters(index = "0", paramLabel = "PACK", defaultValue = ".", descriptionKey = "pack")
    Path pack;

    @Option(names = "--update", descriptionKey = "test.update")
    boolean update;

    @Option(names = "--yes", descriptionKey = "test.yes")
    boolean yes;

    public TestCommand(Workbench wb) {
        this.wb = wb;
    }

    @Override
    public Integer call() throws IOException {
        Console console = new Console(wb);
        Outcome<Workspace.Tests> tested = console.workspace().test(pack);
        int exit = console.finish(tested);
        if (!tested.hasValue()) return exit;
        TestReport report = tested.value().own();
        Path folder = tested.value().ruleBase().pack().folder();
        printResults(report, folder, true);
        if (report.results().isEmpty()) wb.out().println(wb.text().get("test.none", folder.resolve("tests")));
        wb.out().println(wb.text().get("test.summary", report.results().size(), report.passed(), report.failed()));
        TestReport base = tested.value().base();
        if (base != null) printBase(base, tested.value().ruleBase().pack().rubric().amendment().baseId(), folder);
        wb.out().flush();
        if (update) return update(console, report, folder);
        return exit;
    }

    private void printResults(TestReport report, Path folder, boolean passedToo) {
        for (TestReport.CaseResult r : report.results()) {
            if (r.passed() && !passedToo) continue;
            wb.out().println((r.passed() ? "  ✓ " : "  ✗ ") + folder.relativize(r.file()) + " · " + r.testCase().name());
            if (r.passed()) continue;
            wb.out().println("      " + r.testCase().pos() + (r.testCase().description() == null ? "" : "  " + r.testCase().description()));
            for (TestReport.Mismatch m : r.mismatches()) {
                wb.out().println("      " + wb.text().get("test.mismatch", m.what(), m.expected(), m.actual()));
            }
        }
    }

    /** The regulation in force's cases under the amending pack's rules: those that move are listed, and none fails the run. */
    private void printBase(TestReport base, String id, Path folder) {
        wb.out().println();
        wb.out().println(wb.text().get("test.base.title", id));
        if (!base.problems().all().isEmpty()) {
            wb.out().println(wb.text().get("test.base.unreadable"));
            base.problems().sorted().forEach(d -> wb.out().println("  " + wb.diagnostics().render(d)));
        }
        for (TestReport.CaseResult r : base.results()) {
            if (r.passed()) continue;
            wb.out().println("  ~ " + folder.toAbsolutePath().normalize().relativize(r.file()) + " · " + r.testCase().name());
            for (TestReport.Mismatch m : r.mismatches()) {
                wb.out().println("      " + wb.text().get("test.mismatch", m.what(), m.expected(), m.actual()));
            }
        }
        wb.out().println(wb.text().get("test.base.summary", base.results().size(), base.passed(), base.failed()));
    }

    /** Shows the values that move, asks (unless --yes), rewrites the test files whole or not at all, and runs the tests again. */
    private int update(Console console, TestReport report, Path folder) throws IOException {
        if (report.failed() == 0) {
            wb.out().println(wb.text().get("test.update.none"));
            wb.out().flush();
            return report.allPassed() ? ExitCode.OK : ExitCode.FAILED;
        }
        ExpectationUpdate plan = ExpectationUpdate.of(report);
        console.print(plan.problems());
        long cases = plan.moves().stream().map(ExpectationUpdate.Move::result).distinct().count();
        wb.out().println();
        wb.out().println(wb.text().get("test.update.title", plan.moves().size(), cases));
        TestReport.CaseResult shown = null;
        for (ExpectationUpdate.Move m : plan.moves()) {
            if (m.result() != shown) {
                shown = m.result();
                wb.out().println("  " + folder.relativize(shown.file()) + ":" + shown.testCase().pos().line() + " · " + shown.testCase().name());
            }
            wb.out().println("      " + wb.text().get("test.update.move", m.what(), m.old(), m.now()));
        }
        for (ExpectationUpdate.Left l : plan.left()) {
            wb.out().println("  " + folder.relativize(l.result().file()) + ":" + l.result().testCase().pos().line() + " · " + l.result().testCase().name());
            wb.out().println("      " + wb.text().get("test.update.left", l.mismatch().what(), l.mismatch().expected(), l.mismatch().actual(),
                    wb.text().get(l.why().key())));
        }
        wb.out().flush();
        if (plan.files().isEmpty()) {
            wb.out().println(wb.text().get("test.update.nothing-to-write"));
            wb.out().flush();
            return ExitCode.FAILED;
        }
        if (!yes) {
            java.io.Console terminal = System.console();
            if (terminal == null) return console.usage("test.update.no-terminal", plan.moves().size());
            String answer = terminal.readLine("%s", wb.text().get("test.update.ask", plan.moves().size(), plan.files().size()));
            if (answer == null || !List.of("y", "yes", "c", "có").contains(answer.strip().toLowerCase(Locale.ROOT))) {
                wb.out().println(wb.text().get("test.update.declined"));
                wb.out().flush();
                return ExitCode.FAILED;
            }
        }
        Map<Path, byte[]> files = new LinkedHashMap<>();
        plan.files().forEach((file, text) -> files.put(file, text.getBytes(StandardCharsets.UTF_8)));
        AtomicFiles.writeAll(files);
        for (Path file : plan.files().keySet()) {
            long n = plan.moves().stream().filter(m -> m.result().file().equals(file)).count();
            wb.out().println(wb.text().get("test.update.written", folder.relativize(file), n));
        }
        wb.out().println(wb.text().get("test.update.review"));
        Outcome<Workspace.Tests> again = console.workspace().test(pack);
        console.print(again.diagnostics());
        if (!again.hasValue()) return Console.exitCode(again.failure());
        wb.out().println(wb.text().get("test.update.rerun"));
        printResults(again.value().own(), folder, false);
        TestReport rerun = again.value().own();
        wb.out().println(wb.text().get("test.summary", rerun.results().size(), rerun.passed(), rerun.failed()));
        wb.out().flush();
        return Console.exitCode(again.failure());
    }
}
