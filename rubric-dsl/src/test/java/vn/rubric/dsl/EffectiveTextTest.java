package vn.rubric.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.rubric.dsl.amend.EffectiveText;
import vn.rubric.dsl.compile.DrlCompiler;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.load.RubricLoader;
import vn.rubric.dsl.model.Rubric;

/** An amending rubric written whole reads back as the same effective rubric, without the regulation it amends. */
class EffectiveTextTest {

    @TempDir
    Path dir;

    @Test
    void theEffectiveTextIsAWholeRubricThatCompilesToTheSameRules() {
        Path draft = Drafts.draft(dir, """
                  - cite: Điều 1, khoản 1
                    item: "1.1"
                    tier: đã xử lý
                    set: { points: 2, text: "Đã xử lý: kịp thời, ổn thỏa" }
                  - cite: Điều 1, khoản 2
                    item: "1.3"
                    in: "1"
                    add: { title: 'Công khai "minh bạch"', max: 0.5, assessed: office, round-to: 0.25 }
                  - cite: Điều 1, khoản 2
                    item: "1.2"
                    set: { max: 3.5 }
                  - cite: Điều 1, khoản 3
                    class: Xuất sắc
                    set: { quota: { at-most-percent: 20, tie-break: ["1"] } }
                """);
        Rubric amended = RubricLoader.load(draft).rubric();
        assertEquals(List.of(), Drafts.check(draft).all().stream().map(Diagnostic::toString).toList());

        Diagnostics problems = new Diagnostics();
        String whole = EffectiveText.of(draft, null, problems);
        assertEquals(List.of(), problems.all());
        assertTrue(whole.startsWith("# mini-draft: the regulation mini with the changes of " + draft + " applied"), whole);
        RubricLoader.Result reread = RubricLoader.parse(draft, whole);
        assertEquals(List.of(), reread.diagnostics().all());
        assertNull(reread.rubric().amendment());
        assertEquals(rules(amended), rules(reread.rubric()));
        assertEquals("Dự thảo sửa đổi QĐ 1/2026, Điều 1, khoản 1", reread.rubric().item("1.1").orElseThrow().cite());
    }

    @Test
    void aRubricWrittenWholeIsItsOwnText() {
        Path file = Drafts.file(dir.resolve("whole/rubric.yaml"), Fixtures.MINI);
        assertEquals(Fixtures.MINI, EffectiveText.of(file, null, new Diagnostics()));
    }

    /** The DRL without the lines that say where a part was written (the effective text moves them). */
    private static String rules(Rubric r) {
        var compiled = DrlCompiler.compile(r);
        return Arrays.stream((compiled.drl() + compiled.populationDrl()).split("\n"))
                .filter(l -> !l.contains("rubric.yaml:")).collect(Collectors.joining("\n"));
    }
}
