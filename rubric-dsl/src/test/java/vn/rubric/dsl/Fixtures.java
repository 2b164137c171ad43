package vn.rubric.dsl;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.load.RubricLoader;
import vn.rubric.dsl.score.Unit;
import vn.rubric.dsl.source.SourceTexts;
import vn.rubric.dsl.validate.Validator;

/** A small valid rubric to start tests from, and helpers to load variants of it. */
public final class Fixtures {

    public static final String MINI = """
            regulation:
              id: mini
              title: Quy định thử
              decision: Quyết định số 1/2026/QĐ-UBND
              cite: QĐ 1/2026
              total: 10
            parameters:
              top: { value: 9, label: Điểm tối thiểu xếp loại xuất sắc }
            evidence:
              hot_spot:
                label: Điểm nóng
                type: enum
                values: { none: Không xảy ra, handled: Đã xử lý, unhandled: Chưa xử lý }
              office:
                label: Văn hóa công sở
                type: share
                default: 1
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
                      - { label: đã xử lý, when: hot_spot == handled, points: 3 }
                      - { label: chưa xử lý, otherwise: true, points: 0 }
                  - id: "1.2"
                    title: Công sở văn minh
                    max: 4
                    assessed: office
                    round-to: 0.25
            rating:
              - class: Xuất sắc
                min: top
                barred-if:
                  - when: hot_spot == unhandled
                    because: Điểm nóng chưa xử lý
              - class: Khá
                min: 5
              - class: Yếu
                otherwise: true
            """;

    public static final Path FILE = Path.of("rubric.yaml");

    private Fixtures() {}

    /** Loads and, when loading succeeded, validates; returns every diagnostic, fixes written against {@code yaml}. */
    public static Diagnostics check(String yaml) {
        return check(yaml, null);
    }

    /** As {@link #check(String)}, trying the tiers on {@code units} (typed evidence of each unit). */
    public static Diagnostics check(String yaml, List<Unit> units) {
        RubricLoader.Result r = RubricLoader.parse(FILE, yaml);
        if (r.rubric() == null) return r.diagnostics();
        Diagnostics all = new Diagnostics();
        all.addAll(r.diagnostics().all());
        all.addAll(Validator.validate(r.rubric(), Map.of(), units, SourceTexts.of(FILE, yaml)).all());
        return all;
    }

    /** A unit of the given evidence (field, value, field, value, ...). */
    public static Unit unit(String id, Object... evidence) {
        Map<String, Object> e = new java.util.LinkedHashMap<>();
        for (int i = 0; i < evidence.length; i += 2) e.put((String) evidence[i], evidence[i + 1]);
        return new Unit(id, id, e, vn.rubric.dsl.source.SourcePos.of(FILE));
    }

    public static List<String> codes(Diagnostics d) {
        return d.sorted().stream().map(Diagnostic::code).toList();
    }

    /** The line (1-based) of the first line of {@code yaml} containing {@code text}. */
    public static int lineOf(String yaml, String text) {
        String[] lines = yaml.split("\n");
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(text)) return i + 1;
        throw new IllegalArgumentException(text);
    }
}
