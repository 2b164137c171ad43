package vn.rubric.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.rubric.dsl.Fixtures.MINI;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.rubric.dsl.change.RegulationChange;
import vn.rubric.dsl.change.RegulationChange.Amount;
import vn.rubric.dsl.change.RegulationChange.Kind;
import vn.rubric.dsl.change.RegulationChange.Method;
import vn.rubric.dsl.change.RegulationChange.TierRule;
import vn.rubric.dsl.change.RegulationChanges;
import vn.rubric.dsl.change.WordDiff;
import vn.rubric.dsl.change.WordDiff.Op;
import vn.rubric.dsl.change.WordDiff.Piece;
import vn.rubric.dsl.load.RubricLoader;
import vn.rubric.dsl.model.Amendment;
import vn.rubric.dsl.model.Amendment.Target;
import vn.rubric.dsl.model.Rounding;
import vn.rubric.dsl.model.Rubric;

/** The list of what changed from a regulation to its draft: what is listed, in which order, with which citation. */
class RegulationChangesTest {

    static final Target REGULATION = new Target(Amendment.Kind.REGULATION, null, null);

    static Rubric rubric(String yaml) {
        RubricLoader.Result r = RubricLoader.parse(Fixtures.FILE, yaml);
        assertTrue(r.ok(), () -> r.diagnostics().all().toString());
        return r.rubric();
    }

    static Target target(Amendment.Kind kind, String id) {
        return new Target(kind, id, null);
    }

    static Target tier(String item, String label) {
        return new Target(Amendment.Kind.TIER, item, label);
    }

    static RegulationChange changed(Target t, String key, Object before, Object after) {
        return new RegulationChange(Kind.CHANGED, t, key, before, after, List.of(), List.of(), null);
    }

    static Rubric amending(Rubric effective, Amendment.Change... changes) {
        return new Rubric(effective.file(), effective.regulation(), effective.parameters(), effective.evidence(), effective.criteria(),
                effective.bonus(), effective.deductions(), effective.rating(), new Amendment(Path.of("../base/rubric.yaml"), "mini", List.of(changes), null));
    }

    static Amendment.Change change(Target t, Amendment.Op op, List<String> keys, String cite) {
        return new Amendment.Change(t, op, keys, cite, null);
    }

    @Test
    void theHungYenDraftIsTheRegulationWithTheseChangesInTheRegulationsOrder() {
        Rubric base = RubricLoader.load(Path.of("..", "samples", "hung-yen-02-2020", "rubric.yaml")).rubric();
        Rubric draft = RubricLoader.load(Path.of("..", "samples", "hung-yen-draft", "rubric.yaml")).rubric();
        // an amending pack: every change carries the article of the change that makes it
        String k1 = "Điều 1, khoản 1", k2 = "Điều 1, khoản 2", k3 = "Điều 1, khoản 3", k4 = "Điều 1, khoản 4";
        String decision = "Dự thảo Quyết định sửa đổi, bổ sung Quyết định số 02/2020/QĐ-UBND (chưa ban hành)";
        List<RegulationChange> expected = List.of(
                changed(REGULATION, "id", "hung-yen-02-2020", "hung-yen-draft"),
                new RegulationChange(Kind.CHANGED, REGULATION, "decision", "Quyết định số 02/2020/QĐ-UBND", decision,
                        List.of(new Piece(Op.ADDED, "Dự thảo "), new Piece(Op.SAME, "Quyết định "), new Piece(Op.ADDED, "sửa đổi, bổ sung Quyết định "),
                                new Piece(Op.SAME, "số 02/2020/QĐ-UBND "), new Piece(Op.ADDED, "(chưa ban hành)")), List.of(), null),
                changed(REGULATION, "decision-date", "2020-01-08", null),
                changed(REGULATION, "effective-from", "2020-01-18", null),
                changed(REGULATION, "effective-until", "2025-02-14", null),
                changed(REGULATION, "version", "2022", "dự thảo 1"),
                new RegulationChange(Kind.CHANGED, REGULATION, "cite", "Quyết định 02/2020/QĐ-UBND, Phụ lục bảng chấm điểm", "Dự thảo sửa đổi Quyết định 02/2020/QĐ-UBND",
                        List.of(new Piece(Op.ADDED, "Dự thảo sửa đổi "), new Piece(Op.SAME, "Quyết định 02/2020/QĐ-UBND"), new Piece(Op.REMOVED, ", Phụ lục bảng chấm điểm")),
                        List.of(), null),
                added(target(Amendment.Kind.PARAMETER, "sipas_full_pct"), null, 90.0, k1),
                added(target(Amendment.Kind.PARAMETER, "sipas_zero_pct"), null, 50.0, k1),
                added(target(Amendment.Kind.PARAMETER, "top_class_quota"), null, 20.0, k4),
                new RegulationChange(Kind.REMOVED, target(Amendment.Kind.EVIDENCE, "a_3_8_sipas"), null,
                        "Mức độ đạt nội dung 3.8 (đoàn thẩm định đánh giá, 0–1)", null, List.of(), List.of(), k1),
                added(target(Amendment.Kind.EVIDENCE, "sipas_satisfaction_pct"), null, draft.evidence().get("sipas_satisfaction_pct").label(), k1),
                added(target(Amendment.Kind.EVIDENCE, "online_dialogue_channel"), null, draft.evidence().get("online_dialogue_channel").label(), k3),
                new RegulationChange(Kind.CHANGED, target(Amendment.Kind.ITEM, "3.8"), "scoring", new Method("assessed", "a_3_8_sipas"),
                        new Method("formula", "2 * (sipas_satisfaction_pct - sipas_zero_pct) / (sipas_full_pct - sipas_zero_pct)"), List.of(), List.of(), k1),
                new RegulationChange(Kind.CHANGED, target(Amendment.Kind.ITEM, "3.8"), "rounding", new Rounding(0.25, Rounding.Mode.NEAREST),
                        new Rounding(0.25, Rounding.Mode.DOWN), List.of(), List.of(), k1),
                new RegulationChange(Kind.CHANGED, tier("5.2", "kiểm điểm, phê bình"), "points", new Amount(2, null), new Amount(1, null),
                        List.of(), List.of(), k2),
                added(target(Amendment.Kind.BONUS, null), null, 1.0, k3),
                added(target(Amendment.Kind.ITEM, "T.1"), null, draft.item("T.1").orElseThrow().title(), k3),
                added(target(Amendment.Kind.RATING_CLASS, "Hoàn thành xuất sắc nhiệm vụ"), "quota", new Amount(20, "top_class_quota"), k4));
        assertEquals(expected, RegulationChanges.between(base, draft));
        assertEquals(List.of(), RegulationChanges.between(base, base));
    }

    static RegulationChange added(Target t, String key, Object after, String cite) {
        return new RegulationChange(Kind.ADDED, t, key, null, after, List.of(), List.of(), cite);
    }

    static RegulationChange removed(Target t, String key, Object before, String cite) {
        return new RegulationChange(Kind.REMOVED, t, key, before, null, List.of(), List.of(), cite);
    }

    @Test
    void aChangedParameterIsOneChangeThatSaysWhatItMoves() {
        Rubric base = rubric(MINI.replace("points: 3 }", "points: top }"));
        Rubric draft = rubric(MINI.replace("points: 3 }", "points: top }").replace("value: 9,", "value: 8,"));
        // the tier and the class written as "top" are not listed again: the parameter moves them
        assertEquals(List.of(new RegulationChange(Kind.CHANGED, target(Amendment.Kind.PARAMETER, "top"), "value", 9.0, 8.0, List.of(),
                        List.of(tier("1.1", "đã xử lý"), target(Amendment.Kind.RATING_CLASS, "Xuất sắc")), null)),
                RegulationChanges.between(base, draft));
        // written as a number instead of the parameter: the text changed though the value did not
        Rubric asNumber = rubric(MINI.replace("min: top", "min: 9"));
        assertEquals(List.of(changed(target(Amendment.Kind.RATING_CLASS, "Xuất sắc"), "min", new Amount(9, "top"), new Amount(9, null))),
                RegulationChanges.between(rubric(MINI), asNumber));
    }

    @Test
    void itemsAndTiersAddedRemovedAndRewordedAreListedWhereTheSheetHasThem() {
        String draftYaml = MINI
                .replace("title: Không để xảy ra điểm nóng", "title: Không để xảy ra điểm nóng, khiếu nại đông người")
                .replace("      - { label: đã xử lý, when: hot_spot == handled, points: 3 }\n",
                        "      - { label: đã xử lý, when: hot_spot == handled or hot_spot == none, points: 3 }\n"
                                + "          - { label: đang xử lý, when: hot_spot == unhandled, points: 1 }\n")
                .replace("  - id: \"1.2\"\n        title: Công sở văn minh\n        max: 4\n        assessed: office\n        round-to: 0.25\n",
                        "  - id: \"1.3\"\n        title: Nội dung mới\n        max: 4\n        formula: office * 4\n");
        List<RegulationChange> changes = RegulationChanges.between(rubric(MINI), rubric(draftYaml));
        Target item11 = target(Amendment.Kind.ITEM, "1.1");
        assertEquals(List.of(
                new RegulationChange(Kind.CHANGED, item11, "title", "Không để xảy ra điểm nóng", "Không để xảy ra điểm nóng, khiếu nại đông người",
                        List.of(new Piece(Op.SAME, "Không để xảy ra điểm nóng"), new Piece(Op.ADDED, ", khiếu nại đông người")), List.of(), null),
                changed(tier("1.1", "đã xử lý"), "when", "hot_spot == handled", "hot_spot == handled or hot_spot == none"),
                added(tier("1.1", "đang xử lý"), null, new TierRule("đang xử lý", "hot_spot == unhandled", new Amount(1, null)), null),
                // replaced in place: what was there first, then what the draft puts there
                removed(target(Amendment.Kind.ITEM, "1.2"), null, "Công sở văn minh", null),
                added(target(Amendment.Kind.ITEM, "1.3"), null, "Nội dung mới", null)), changes);
    }

    @Test
    void wordsKeptRemovedAndAddedAreMarkedInReadingOrder() {
        List<Piece> pieces = WordDiff.of("Cơ quan không có cán bộ vi phạm kỷ luật trong năm", "Cơ quan  không có cán bộ vi phạm pháp luật trong năm, kể cả tạm giữ");
        assertEquals(List.of(new Piece(Op.SAME, "Cơ quan không có cán bộ vi phạm "), new Piece(Op.REMOVED, "kỷ "), new Piece(Op.ADDED, "pháp "),
                new Piece(Op.SAME, "luật trong năm"), new Piece(Op.ADDED, ", kể cả tạm giữ")), pieces);
        assertEquals("Cơ quan không có cán bộ vi phạm pháp luật trong năm, kể cả tạm giữ", joined(pieces, Op.ADDED));
        assertEquals("Cơ quan không có cán bộ vi phạm kỷ luật trong năm", joined(pieces, Op.REMOVED));
        // a word removed at the end keeps the space before it
        assertEquals(List.of(new Piece(Op.SAME, "a b "), new Piece(Op.REMOVED, "c")), WordDiff.of("a b c", "a b"));
        assertTrue(WordDiff.sameWords("a  b\n c", "a b c"));
        assertTrue(WordDiff.sameWords("Nội vụ", java.text.Normalizer.normalize("Nội vụ", java.text.Normalizer.Form.NFD)));
    }

    private static String joined(List<Piece> pieces, Op side) {
        return pieces.stream().filter(p -> p.op() == Op.SAME || p.op() == side).map(Piece::text).reduce("", String::concat).strip();
    }

    @Test
    void classesBarsAndQuotasAreComparedOnTheirOwn() {
        String draftYaml = MINI
                .replace("      - when: hot_spot == unhandled\n        because: Điểm nóng chưa xử lý\n",
                        "      - when: hot_spot == unhandled\n        because: Để điểm nóng chưa xử lý\n      - when: office < 0.5\n        because: Công sở chưa văn minh\n"
                                + "    quota: { at-most-percent: 20, tie-break: [\"1\"] }\n")
                .replace("min: 5", "min: 6");
        Target top = target(Amendment.Kind.RATING_CLASS, "Xuất sắc");
        List<RegulationChange> changes = RegulationChanges.between(rubric(MINI), rubric(draftYaml));
        assertEquals(List.of(
                // "Điểm" and "điểm" are different words
                new RegulationChange(Kind.CHANGED, top, "barred-if", "Điểm nóng chưa xử lý", "Để điểm nóng chưa xử lý",
                        List.of(new Piece(Op.REMOVED, "Điểm "), new Piece(Op.ADDED, "Để điểm "), new Piece(Op.SAME, "nóng chưa xử lý")), List.of(), null),
                added(top, "barred-if", "Công sở chưa văn minh", null),
                added(top, "quota", new Amount(20, null), null),
                changed(target(Amendment.Kind.RATING_CLASS, "Khá"), "min", new Amount(5, null), new Amount(6, null))), changes);
    }

    @Test
    void anAmendingPackCitesTheArticleAimedAtTheChangeOrAtWhatHoldsIt() {
        Rubric base = rubric(MINI);
        Rubric effective = rubric(MINI.replace("points: 3 }", "points: 2 }").replace("max: 4\n        assessed: office\n        round-to: 0.25",
                "max: 4\n        assessed: office\n        round-to: 0.5").replace("min: 5", "min: 6").replace("value: 9,", "value: 8,"));
        Rubric draft = amending(effective,
                change(target(Amendment.Kind.ITEM, "1.1"), Amendment.Op.REPLACE, List.of(), "Điều 1, khoản 1"),
                change(target(Amendment.Kind.CRITERION, "1"), Amendment.Op.SET, List.of("title"), "Điều 1, khoản 2"),
                change(target(Amendment.Kind.RATING_CLASS, "Khá"), Amendment.Op.SET, List.of("barred-if"), "Điều 1, khoản 3"),
                change(target(Amendment.Kind.RATING_CLASS, "Khá"), Amendment.Op.SET, List.of("min"), "Điều 1, khoản 4"),
                change(target(Amendment.Kind.RATING_CLASS, "Xuất sắc"), Amendment.Op.SET, List.of("min"), "Điều 1, khoản 5"));
        List<RegulationChange> changes = RegulationChanges.between(base, draft);
        // the parameter: cited by the change aimed at the class it moves; the tier: by the item replaced;
        // 1.2's rounding: by its criterion's only change (it sets another key, so it is the fallback);
        // Khá's minimum: by the change that sets "min", not the one that sets its bars
        assertEquals(List.of("top=Điều 1, khoản 5", "1.1/đã xử lý=Điều 1, khoản 1", "1.2=Điều 1, khoản 2", "Khá=Điều 1, khoản 4"),
                changes.stream().map(c -> (c.target().tier() != null ? c.target().id() + "/" + c.target().tier() : c.target().id()) + "=" + c.cite()).toList());
    }

    @Test
    void aFullCopyCitesTheDraftsNewCitationOfTheChangedItemAndListsNoCitationOnItsOwn() {
        String cited = MINI.replace("    title: Công sở văn minh\n", "    title: Công sở văn minh\n        cite: Dự thảo, Điều 1, khoản 2\n");
        Rubric draft = rubric(cited.replace("round-to: 0.25", "round-to: 0.5"));
        assertEquals(List.of("Dự thảo, Điều 1, khoản 2"), RegulationChanges.between(rubric(MINI), draft).stream().map(RegulationChange::cite).toList());
        // the citation alone changed: nothing to list
        assertEquals(List.of(), RegulationChanges.between(rubric(MINI), rubric(cited)));
        // an unchanged citation cites nothing
        assertEquals(java.util.Arrays.asList((String) null),
                RegulationChanges.between(rubric(MINI), rubric(MINI.replace("round-to: 0.25", "round-to: 0.5"))).stream().map(RegulationChange::cite).toList());
    }

    @Test
    void anItemMovedToAnotherCriterionIsAChangeOfItsCriterion() {
        String two = MINI.replace("    max: 10\n    items:", "    max: 6\n    items:")
                .replace("      - id: \"1.2\"\n        title: Công sở văn minh\n        max: 4\n        assessed: office\n        round-to: 0.25\n", "")
                .replace("rating:", "  - id: \"2\"\n    title: Tiêu chí hai\n    max: 4\n    items:\n      - id: \"1.2\"\n        title: Công sở văn minh\n        max: 4\n        assessed: office\n        round-to: 0.25\nrating:");
        assertEquals(List.of(changed(target(Amendment.Kind.CRITERION, "1"), "max", 10.0, 6.0), added(target(Amendment.Kind.CRITERION, "2"), null, "Tiêu chí hai", null),
                        changed(target(Amendment.Kind.ITEM, "1.2"), "criterion", "1", "2")),
                RegulationChanges.between(rubric(MINI), rubric(two)));
    }
}
