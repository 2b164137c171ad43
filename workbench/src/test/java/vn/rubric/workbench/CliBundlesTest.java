package vn.rubric.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.rubric.dsl.model.Amendment;
import vn.rubric.dsl.model.Rounding;

/** The CLI's texts are in both languages, including every word a list of regulation changes can ask for. */
class CliBundlesTest {

    static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CliBundlesTest.class.getResourceAsStream("/vn/rubric/workbench/cli" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyTextIsInVietnameseAndEnglish() throws IOException {
        Properties en = bundle(""), vi = bundle("_vi");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(vi.stringPropertyNames()));
    }

    @Test
    void everyTargetRoundingAndScoringMethodOfAChangeHasItsWords() throws IOException {
        Properties vi = bundle("_vi");
        List<String> keys = new ArrayList<>();
        for (Amendment.Kind k : Amendment.Kind.values()) keys.add("target." + k);
        for (Rounding.Mode m : Rounding.Mode.values()) keys.add("change.rounding." + m);
        for (String m : List.of("pick-one", "assessed", "formula", "rule")) keys.add("change.method." + m);
        for (String k : List.of("id", "title", "authority", "decision", "decision-date", "effective-from", "effective-until", "version", "cite",
                "total", "value", "label", "type", "values", "default", "max", "criterion", "scoring", "reads", "rounding", "text", "when",
                "points", "min", "barred-if", "quota", "quota.at-most-percent", "quota.tie-break", "quota.because")) {
            keys.add("change.key." + k);
        }
        for (String key : keys) assertTrue(vi.containsKey(key), key);
    }
}
