package vn.rubric.workbench.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.rules.testing.TestReport;
import vn.rubric.workbench.Workbench;
import vn.rubric.workbench.exporters.PackVerifier;
import vn.rubric.workbench.workspace.Outcome;

/**
 * {@code rubric verify-pack FILE}: checks an exported pack (the .jar, or its .pack.json)
 * before it is used: checksums, safe entry names, the rules build, the pack's tests pass.
 * Exit 0 when all hold, 1 when the pack is refused, 2 when FILE is missing or not a zip.
 */

@Command(name = "verify-pack", mixinStandardHelpOptions = true)
public final class VerifyPackCommand implements Callable<Integer> {

    private final Workbench wb;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "verify.file")
    Path file;

    public VerifyPackCommand(Workbench wb) {
        this.wb = wb;
    }

    @Override
    public Integer call() throws IOException {
        Console console = new Console(wb);
        Outcome<PackVerifier.Result> verified = console.workspace().verify(file);
        int exit = console.finish(verified);
        if (!verified.hasValue() || !verified.value().readable()) return exit;
        PackVerifier.Result r = verified.value();
        if (!r.diagnostics().hasErrors()) {
            wb.out().println(wb.text().get("verify.checksums", r.filesChecked(), r.entriesChecked()));
        }
        if (r.tests() != null) {
            wb.out().println(wb.text().get("verify.builds", r.rules()));
            // its tests ran the pack's own rules: code from the file, with the user's rights
            wb.out().println(wb.text().get("verify.ran-code"));
            for (TestReport.CaseResult c : r.tests().results()) {
                if (c.passed()) continue;
                wb.out().println("  ✗ " + RulePack.TESTS_FOLDER + "/" + c.file().getFileName() + " · " + c.testCase().name());
                for (TestReport.Mismatch m : c.mismatches()) {
                    wb.out().println("      " + wb.text().get("test.mismatch", m.what(), m.expected(), m.actual()));
                }
            }
            wb.out().println(wb.text().get("test.summary", r.tests().results().size(), r.tests().passed(), r.tests().failed()));
        }
        boolean ok = r.ok();
        wb.out().println(wb.text().get(ok ? "verify.ok" : "verify.refused", r.source() != null ? r.source() : file));
        wb.out().flush();
        return exit;
    }
}
