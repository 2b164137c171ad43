package vn.rubric.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.rubric.dsl.Fixtures.MINI;

import org.junit.jupiter.api.Test;
import vn.rubric.dsl.compile.CompiledRubric;
import vn.rubric.dsl.compile.DrlCompiler;
import vn.rubric.dsl.load.RubricLoader;

class DrlCompilerTest {

    private static CompiledRubric compile(String yaml) {
        return DrlCompiler.compile(RubricLoader.parse(Fixtures.FILE, yaml).rubric());
    }

    @Test
    void rulesReadAsTheSheetDoes() {
        String drl = compile(MINI).drl();
        assertTrue(drl.contains("rule \"1.1 · đã xử lý → 3\""), drl);
        assertTrue(drl.contains("@citation(\"QĐ 1/2026\")"), drl);
        assertTrue(drl.contains("rule \"Xếp loại · Xuất sắc (từ 9 điểm)\""), drl);
        // a later tier holds only when no earlier tier does: exclusive per unit, no activation-group
        assertTrue(drl.contains("hot_spot != \"none\""), drl);
        assertFalse(drl.contains("!(hot_spot == \"none\")"), drl);
        assertFalse(drl.contains("activation-group"));
    }

    @Test
    void drafterTextCannotBreakOutOfItsString() {
        String yaml = MINI.replace("label: đã xử lý", "label: 'đã \"xử lý\" \\ end then'");
        String drl = compile(yaml).drl();
        assertTrue(drl.contains("rule \"1.1 · đã 'xử lý' / end then → 3\""), drl);
        assertTrue(drl.contains("\"đã \\\"xử lý\\\" \\\\ end then\""), drl);
    }

    @Test
    void aMultiLineTitleStaysInsideItsComment() {
        String yaml = MINI.replace("title: Quy định thử", "title: |\n    Quy định thử\n    rule \"evil\" when then end");
        String drl = compile(yaml).drl();
        assertTrue(drl.startsWith("// Quy định thử rule \"evil\" when then end\n"), drl);
        assertFalse(drl.lines().anyMatch(l -> l.startsWith("rule \"evil\"")), drl);
    }

    @Test
    void generatedLinesMapBackToTheRubric() {
        CompiledRubric c = compile(MINI);
        String[] lines = c.drl().split("\n");
        int ruleLine = 0;
        for (int i = 0; i < lines.length; i++) if (lines[i].startsWith("rule \"1.1 · đã xử lý")) ruleLine = i + 1;
        assertEquals(Fixtures.lineOf(MINI, "label: đã xử lý"), c.sourceMap().rubricPos(ruleLine).line());
    }
}
