package vn.rubric.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.rubric.dsl.Fixtures.MINI;
import static vn.rubric.dsl.Fixtures.check;
import static vn.rubric.dsl.Fixtures.codes;
import static vn.rubric.dsl.Fixtures.lineOf;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import vn.rubric.dsl.diag.Messages;
import org.junit.jupiter.api.Test;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.load.RubricLoader;

class LoaderTest {

    @Test
    void unknownKeySuggestsTheNearestOne() {
        String yaml = MINI.replace("round-to: 0.25", "round_to: 0.25");
        Diagnostics d = check(yaml);
        assertEquals(List.of("E-UNKNOWN-KEY-SUGGEST"), codes(d));
        assertEquals(lineOf(yaml, "round_to"), d.all().get(0).pos().line());
        assertEquals("round-to", d.all().get(0).args().get(2));
    }

    @Test
    void wrongTypeIsNamedInTheUsersLanguage() {
        Diagnostics d = check(MINI.replace("max: 6", "max: sáu"));
        assertEquals(List.of("E-TYPE-VALUE"), codes(d));
        assertEquals("\"max\" phải là một số, nhưng gặp văn bản 'sáu'", Messages.diagnostics(Messages.VIETNAMESE).message(d.all().get(0)));
        assertEquals("\"max\" must be a number, found text 'sáu'", Messages.diagnostics(Locale.ENGLISH).message(d.all().get(0)));
    }

    @Test
    void anUnreadableCriterionMaxDoesNotCauseFollowOnErrors() {
        // the criterion stays: no "criteria add up to" error, no "field not used" warning for its items
        assertEquals(List.of("E-TYPE-VALUE"), codes(check(MINI.replace("max: 10\n    items", "max: mười\n    items"))));
    }

    @Test
    void aSwappedLetterFindsTheKeyMeant() {
        Diagnostics d = check(MINI.replace("  title: Quy định thử", "  titel: Quy định thử"));
        assertEquals("title", d.all().stream().filter(x -> x.code().equals("E-UNKNOWN-KEY-SUGGEST")).findFirst().orElseThrow().args().get(2));
    }

    @Test
    void malformedYamlGivesLineAndColumn() {
        String yaml = MINI.replace("    max: 10\n", "    max: 10\n   bad: [\n");
        Diagnostics d = check(yaml);
        assertEquals("E-YAML-SYNTAX", codes(d).get(0));
        assertTrue(d.all().get(0).pos().line() > 0);
    }

    @Test
    void yamlSpecialNumbersAreNotPoints() {
        assertEquals(List.of("E-TYPE-VALUE"), codes(check(MINI.replace("total: 10", "total: .inf"))));
        assertEquals(List.of("E-TYPE-VALUE"), codes(check(MINI.replace("max: 6", "max: .nan"))));
    }

    @Test
    void duplicateKeysAreReported() {
        Diagnostics d = check(MINI.replace("    max: 10\n", "    max: 10\n    max: 11\n"));
        assertEquals(List.of("E-YAML-DUPLICATE-KEY"), codes(d));
    }

    @Test
    void missingFileIsAnError() {
        RubricLoader.Result r = RubricLoader.load(Path.of("no/such/rubric.yaml"));
        assertEquals(List.of("E-FILE-MISSING"), codes(r.diagnostics()));
    }

    @Test
    void textIsKeptVerbatimInNfc() {
        String decomposed = Normalizer.normalize("Không để xảy ra điểm nóng", Normalizer.Form.NFD);
        RubricLoader.Result r = RubricLoader.parse(Fixtures.FILE, MINI.replace("title: Không để xảy ra điểm nóng", "title: " + decomposed));
        String title = r.rubric().item("1.1").orElseThrow().title();
        assertEquals("Không để xảy ra điểm nóng", title);
        assertTrue(Normalizer.isNormalized(title, Normalizer.Form.NFC));
    }
}
