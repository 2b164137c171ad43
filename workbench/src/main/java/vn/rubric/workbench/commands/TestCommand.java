package vn.rubric.workbench.commands;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.rubric.rules.testing.TestReport;
import vn.rubric.rules.testing.TestRunner;
import vn.rubric.workbench.Workbench;

/** {@code rubric test PACK}: runs the pack's test cases; prints pass/fail and, for each failure, expected versus actual. */
@Command(name = "test", mixinStandardHelpOptions = true)
public final class TestCommand implements Callable<Integer> {

    private final Workbench wb;

    @Parameters(index = "0", paramLabel = "PACK", defaultValue = ".", descriptionKey = "pack")
    Path pack;

    public TestCommand(Workbench wb) {
        this.wb = wb;
    }

    @Override
    public Integer call() {
        Packs.Built built = Packs.build(wb, pack, true);
        if (built.ruleBase() == null) return built.exitCode();
        TestReport report = TestRunner.run(built.ruleBase());
        Packs.print(wb, report.problems(), true);
        Path folder = built.ruleBase().pack().folder();
        for (TestReport.CaseResult r : report.results()) {
            String where = folder.relativize(r.file()).toString();
            wb.out().println((r.passed() ? "  ✓ " : "  ✗ ") + where + " · " + r.testCase().name());
            if (r.passed()) continue;
            wb.out().println("      " + r.testCase().pos() + (r.testCase().description() == null ? "" : "  " + r.testCase().description()));
            for (TestReport.Mismatch m : r.mismatches()) {
                wb.out().println("      " + wb.text().get("test.mismatch", m.what(), m.expected(), m.actual()));
            }
        }
        if (report.results().isEmpty()) wb.out().println(wb.text().get("test.none", folder.resolve("tests")));
        wb.out().println(wb.text().get("test.summary", report.results().size(), report.passed(), report.failed()));
        wb.out().flush();
        return report.allPassed() ? ExitCode.OK : ExitCode.FAILED;
    }
}
