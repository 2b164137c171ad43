package vn.rubric.workbench.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.rubric.dsl.load.RubricLoader;
import vn.rubric.dsl.model.Amendment;
import vn.rubric.dsl.model.Amendment.Kind;
import vn.rubric.dsl.model.Amendment.Op;
import vn.rubric.dsl.model.Amendment.Target;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.score.ScoreSheet;
import vn.rubric.dsl.score.Unit;

/**
 * Each unit that changes class is explained by the regulation changes that moved it, each
 * with its article: an item's points, an item removed (said as such), a minimum raised past
 * its total, a bar added or lifted. The sheets are written by hand (no rule engine here).
 */
class MoverReasonsTest {

    static final String BASE = """
            regulation: { id: base, title: Quy định thử, cite: QĐ 1/2026, total: 10 }
            parameters:
              top: { value: 9 }
            evidence:
              hot_spot: { type: enum, values: { none: Không, unhandled: Chưa xử lý } }
              office: { type: share, default: 1 }
            criteria:
              - id: "1"
                title: Tiêu chí một
                max: 10
                items:
                  - id: "1.1"
                    title: Không để xảy ra điểm nóng
                    max: 6
                    pick-one:
                      - { label: không có, when: hot_spot == none, points: 6 }
                      - { label: có, otherwise: true, points: 0 }
                  - { id: "1.2", title: Công sở văn minh, max: 2, assessed: office }
                  - { id: "1.3", title: Nội dung sẽ bãi bỏ, max: 2, assessed: office }
            rating:
              - class: Xuất sắc
                min: top
                barred-if:
                  - { when: hot_spot == unhandled, because: Điểm nóng chưa xử lý }
              - { class: Khá, min: 5 }
              - { class: Yếu, otherwise: true }
            """;

    /** 1.3 removed and its points given to 1.2; the top minimum raised; the bar moved from Xuất sắc to Khá. */
    static final String DRAFT = BASE.replace("id: base", "id: draft").replace("top: { value: 9 }", "top: { value: 9.5 }")
            .replace("max: 2, assessed: office }\n      - { id: \"1.3\", title: Nội dung sẽ bãi bỏ, max: 2, assessed: office }", "max: 4, assessed: office }")
            .replace("    barred-if:\n      - { when: hot_spot == unhandled, because: Điểm nóng chưa xử lý }\n  - { class: Khá, min: 5 }",
                    "  - class: Khá\n    min: 5\n    barred-if:\n      - { when: office < 0.5, because: Công sở chưa văn minh }");

    static Rubric rubric(String yaml) {
        RubricLoader.Result r = RubricLoader.parse(Path.of("rubric.yaml"), yaml);
        assertTrue(r.ok(), () -> r.diagnostics().all().toString());
        return r.rubric();
    }

    static Rubric amended(Rubric effective) {
        List<Amendment.Change> changes = List.of(
                new Amendment.Change(new Target(Kind.ITEM, "1.2", null), Op.SET, List.of("max"), "Điều 1, khoản 1", null),
                new Amendment.Change(new Target(Kind.ITEM, "1.3", null), Op.REMOVE, List.of(), "Điều 1, khoản 2", null),
                new Amendment.Change(new Target(Kind.PARAMETER, "top", null), Op.SET, List.of("value"), "Điều 1, khoản 3", null),
                new Amendment.Change(new Target(Kind.RATING_CLASS, "Khá", null), Op.SET, List.of("barred-if"), "Điều 1, khoản 4", null),
                new Amendment.Change(new Target(Kind.RATING_CLASS, "Xuất sắc", null), Op.SET, List.of("barred-if"), "Điều 1, khoản 5", null));
        return new Rubric(effective.file(), effective.regulation(), effective.parameters(), effective.evidence(), effective.criteria(),
                effective.bonus(), effective.deductions(), effective.rating(), new Amendment(Path.of("base"), "base", changes, null));
    }

    /** A sheet: the points of 1.1, 1.2 and (when not null) 1.3, the class, and the bars. */
    static ScoreSheet sheet(String unit, double i1, double i2, Double i3, String ratingClass, ScoreSheet.Bar... bars) {
        List<ScoreSheet.ItemLine> items = new ArrayList<>();
        items.add(new ScoreSheet.ItemLine("1.1", "1", "Không để xảy ra điểm nóng", i1, 6, "", Map.of(), null));
        items.add(new ScoreSheet.ItemLine("1.2", "1", "Công sở văn minh", i2, i3 == null ? 4 : 2, "", Map.of(), null));
        if (i3 != null) items.add(new ScoreSheet.ItemLine("1.3", "1", "Nội dung sẽ bãi bỏ", i3, 2, "", Map.of(), null));
        double total = i1 + i2 + (i3 == null ? 0 : i3);
        return new ScoreSheet(new Unit(unit, unit, Map.of(), null), items, List.of(new ScoreSheet.Subtotal("1", "Tiêu chí một", total, 10)),
                null, null, total, ratingClass, List.of(bars));
    }

    @Test
    void eachMoverIsExplainedByTheChangesThatMovedItWithTheirArticles() {
        Rubric base = rubric(BASE), draft = amended(rubric(DRAFT));
        ScoreSheet.Bar hotSpot = new ScoreSheet.Bar("Xuất sắc", "Điểm nóng chưa xử lý"), office = new ScoreSheet.Bar("Khá", "Công sở chưa văn minh");
        List<ScoreSheet> before = List.of(sheet("a", 6, 2, 1.0, "Xuất sắc"), sheet("b", 6, 2, 2.0, "Khá", hotSpot),
                sheet("c", 3, 1, 1.0, "Khá"), sheet("d", 0, 2, 2.0, "Yếu"));
        List<ScoreSheet> after = List.of(sheet("a", 6, 3, null, "Khá"), sheet("b", 6, 4, null, "Xuất sắc"),
                sheet("c", 3, 2, null, "Yếu", office), sheet("d", 0, 4, null, "Yếu"));
        Comparison c = Comparison.of(base, before, draft, after);

        assertEquals(List.of(
                new Reason(Reason.Kind.ITEM_POINTS, "1.2", "Công sở văn minh", 2.0, 3.0, "Điều 1, khoản 1"),
                // removed, not "−1 point": the unit did no worse, the item is gone
                new Reason(Reason.Kind.ITEM_REMOVED, "1.3", "Nội dung sẽ bãi bỏ", 1.0, null, "Điều 1, khoản 2"),
                // 9 reached the old minimum and is under the new one, which the parameter's change raised
                new Reason(Reason.Kind.UNDER_NEW_MIN, "Xuất sắc", null, 9.0, 9.5, "Điều 1, khoản 3")), reasons(c, "a"));
        assertEquals(List.of(
                new Reason(Reason.Kind.ITEM_POINTS, "1.2", "Công sở văn minh", 2.0, 4.0, "Điều 1, khoản 1"),
                new Reason(Reason.Kind.ITEM_REMOVED, "1.3", "Nội dung sẽ bãi bỏ", 2.0, null, "Điều 1, khoản 2"),
                new Reason(Reason.Kind.BAR_LIFTED, "Xuất sắc", "Điểm nóng chưa xử lý", null, null, "Điều 1, khoản 5")), reasons(c, "b"));
        assertEquals(List.of(
                new Reason(Reason.Kind.ITEM_POINTS, "1.2", "Công sở văn minh", 1.0, 2.0, "Điều 1, khoản 1"),
                new Reason(Reason.Kind.ITEM_REMOVED, "1.3", "Nội dung sẽ bãi bỏ", 1.0, null, "Điều 1, khoản 2"),
                new Reason(Reason.Kind.BARRED, "Khá", "Công sở chưa văn minh", null, null, "Điều 1, khoản 4")), reasons(c, "c"));
        // a unit that keeps its class needs no reasons
        assertEquals(List.of(), reasons(c, "d"));
    }

    @Test
    void aFullCopyWithoutCitationsGivesTheSameReasonsWithoutArticles() {
        Rubric base = rubric(BASE), draft = rubric(DRAFT);
        Comparison c = Comparison.of(base, List.of(sheet("a", 6, 2, 1.0, "Xuất sắc")), draft, List.of(sheet("a", 6, 3, null, "Khá")));
        assertEquals(List.of(Reason.Kind.ITEM_POINTS, Reason.Kind.ITEM_REMOVED, Reason.Kind.UNDER_NEW_MIN),
                reasons(c, "a").stream().map(Reason::kind).toList());
        assertTrue(reasons(c, "a").stream().allMatch(r -> r.cite() == null), () -> reasons(c, "a").toString());
    }

    static List<Reason> reasons(Comparison c, String unit) {
        return c.units().stream().filter(u -> u.unit().id().equals(unit)).findFirst().orElseThrow().reasons();
    }
}
