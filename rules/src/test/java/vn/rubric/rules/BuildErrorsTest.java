package vn.rubric.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.rules.pack.PackLoader;

class BuildErrorsTest {

    @Test
    void anErrorInAHandWrittenRuleNamesItsFileAndLine(@TempDir Path dir) throws IOException {
        copyPack(dir);
        Path drl = dir.resolve("rules/dialogue.drl");
        String text = Files.readString(drl, StandardCharsets.UTF_8).replace("Math.min($n, 2)", "Math.min($n, 2) +");
        Files.writeString(drl, text, StandardCharsets.UTF_8);
        PackLoader.Result loaded = PackLoader.load(dir);
        RuleBase.Result built = RuleBase.build(loaded.pack());
        assertNull(built.ruleBase());
        Diagnostic d = built.diagnostics().all().get(0);
        assertEquals("E-DRL", d.code());
        assertEquals(drl, d.pos().file());
        assertTrue(d.pos().line() >= 4 && d.pos().line() <= 9, d.toString());
    }

    @Test
    void aMissingHandWrittenRuleFileIsAValidationError(@TempDir Path dir) throws IOException {
        copyPack(dir);
        Files.delete(dir.resolve("rules/dialogue.drl"));
        PackLoader.Result loaded = PackLoader.load(dir);
        assertNull(loaded.pack());
        assertEquals("E-RULE-FILE", loaded.diagnostics().all().get(0).code());
    }

    static void copyPack(Path dir) throws IOException {
        Path from = MiniPack.folder();
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path to = dir.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else Files.copy(p, to);
            }
        }
    }
}
