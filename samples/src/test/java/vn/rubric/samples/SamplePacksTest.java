package vn.rubric.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.rules.pack.PackLoader;
import vn.rubric.rules.testing.TestReport;
import vn.rubric.rules.testing.TestRunner;
import vn.rubric.workbench.cli.Main;

/** Every pack in this folder validates without a warning and passes its own test cases. */
class SamplePacksTest {

    static List<Path> packs() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("."))) {
            return s.filter(p -> Files.isRegularFile(p.resolve("rubric.yaml"))).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyPackValidatesAndPassesItsTests() throws IOException {
        List<Path> packs = packs();
        assertTrue(!packs.isEmpty(), "no packs found under samples/");
        return packs.stream().map(pack -> DynamicTest.dynamicTest(pack.getFileName().toString(), () -> {
            PackLoader.Result loaded = PackLoader.load(pack);
            assertEquals(List.of(), loaded.diagnostics().all().stream().map(Diagnostic::toString).toList());
            RuleBase.Result built = RuleBase.build(loaded.pack());
            assertEquals(List.of(), built.diagnostics().all());
            TestReport report = TestRunner.run(built.ruleBase());
            assertEquals(List.of(), report.problems().all());
            List<String> failed = report.results().stream().filter(r -> !r.passed())
                    .map(r -> r.testCase().name() + " " + r.mismatches()).toList();
            assertEquals(List.of(), failed);
            assertTrue(report.results().size() > 0, "a pack needs test cases");
        }));
    }

    /** Runs the CLI in-process. */
    static String[] cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new String[] {String.valueOf(exit), out.toString(), err.toString()};
    }
}
