package vn.rubric.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.kie.api.builder.Message;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.rules.pack.PackLoader;
import vn.rubric.dsl.pack.RulePack;

/** A Drools message about generated DRL is shown at the rubric line that produced that DRL line. */
class ErrorLocationTest {

    record DroolsMessage(String getPath, int getLine, String getText) implements Message {
        @Override
        public long getId() {
            return 1;
        }

        @Override
        public Level getLevel() {
            return Level.ERROR;
        }

        @Override
        public int getColumn() {
            return 0;
        }
    }

    @Test
    void aGeneratedLineMapsToItsTier() throws URISyntaxException, IOException {
        Path folder = Path.of(getClass().getResource("/mini-pack/rubric.yaml").toURI()).getParent();
        RulePack pack = PackLoader.load(folder).pack();
        String[] drl = pack.compiled().drl().split("\n");
        int ruleLine = 0;
        for (int i = 0; i < drl.length; i++) if (drl[i].startsWith("rule \"1.1 · đã xử lý")) ruleLine = i + 1;
        String path = RuleBase.sources(pack).keySet().iterator().next();

        Diagnostic d = RuleBase.locate(pack, new DroolsMessage(path, ruleLine + 6, "Unable to resolve"));
        assertEquals("E-DRL-GENERATED", d.code());
        assertEquals(pack.rubric().file(), d.pos().file());
        List<String> yaml = Files.readAllLines(pack.rubric().file(), StandardCharsets.UTF_8);
        int tierLine = 1 + yaml.indexOf(yaml.stream().filter(l -> l.contains("label: đã xử lý")).findFirst().orElseThrow());
        assertEquals(tierLine, d.pos().line(), "the line of the tier 'đã xử lý' in mini-pack/rubric.yaml");
    }

    @Test
    void aHandWrittenLineStaysInItsFile() throws URISyntaxException {
        Path folder = Path.of(getClass().getResource("/mini-pack/rubric.yaml").toURI()).getParent();
        RulePack pack = PackLoader.load(folder).pack();
        String path = RuleBase.sources(pack).keySet().stream().filter(p -> p.endsWith("dialogue.drl")).findFirst().orElseThrow();
        Diagnostic d = RuleBase.locate(pack, new DroolsMessage(path, 7, "mismatched input"));
        assertEquals("E-DRL", d.code());
        assertEquals(folder.resolve("rules/dialogue.drl"), d.pos().file());
        assertEquals(7, d.pos().line());
    }
}
