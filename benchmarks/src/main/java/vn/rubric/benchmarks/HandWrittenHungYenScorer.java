package vn.rubric.benchmarks;

import java.util.List;
import java.util.Map;

/**
 * The Hưng Yên sheet (Quyết định 02/2020/QĐ-UBND, samples/hung-yen-02-2020/rubric.yaml)
 * written by hand in plain Java: the floor the rule engine is measured against.
 *
 * <p>Everything is hard-coded on purpose — field names, item maxima, tiers, thresholds,
 * bars — copied from the rubric.yaml, so that agreeing with the Drools scorer on many
 * generated units shows both implement the same sheet. It reads the same evidence map a
 * {@link vn.rubric.dsl.score.Unit} carries (Boolean, String enum keys, Double shares).
 *
 * <ul>
 *   <li>Assessed items: share × max, rounded to the nearest 0.25, half up (as
 *       {@code vn.rubric.dsl.model.Rounding.apply}, with its 1e-9 tolerance).</li>
 *   <li>Pick-one items 4.1, 4.4, 5.2, 8.2: the first tier whose condition holds.</li>
 *   <li>Criterion subtotals are plain sums (no cap); the total is their sum (no bonus,
 *       no deductions on this sheet).</li>
 *   <li>Rating: ≥ 90 Hoàn thành xuất sắc unless disciplined staff or an unhandled hot
 *       spot bars it; then ≥ 70 Hoàn thành tốt; ≥ 50 Hoàn thành; else Không hoàn thành.</li>
 * </ul>
 */
public final class HandWrittenHungYenScorer {

    public static final String TOP = "Hoàn thành xuất sắc nhiệm vụ";
    public static final String GOOD = "Hoàn thành tốt nhiệm vụ";
    public static final String PASS = "Hoàn thành nhiệm vụ";
    public static final String FAIL = "Không hoàn thành nhiệm vụ";

    public static final String BAR_DISCIPLINED = "Có cán bộ, công chức, viên chức, người lao động bị kỷ luật từ khiển trách trở lên";
    public static final String BAR_HOT_SPOT = "Để xảy ra điểm nóng, khiếu nại, tố cáo đông người chưa được xử lý kịp thời, ổn thỏa";

    /** The sheet's 28 items, in order; {@link Sheet#items()} follows this order. */
    public static final List<String> ITEM_IDS = List.of(
            "1.1", "1.2", "1.3", "1.4", "1.5",
            "2.1", "2.2",
            "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8",
            "4.1", "4.2", "4.3", "4.4",
            "5.1", "5.2",
            "6.1", "6.2",
            "7.1", "7.2", "7.3",
            "8.1", "8.2");

    /** The 8 criteria, in order; {@link Sheet#criteria()} follows this order. */
    public static final List<String> CRITERION_IDS = List.of("1", "2", "3", "4", "5", "6", "7", "8");

    /** One unit's result. {@code barred}: the reasons the top class was refused (empty when it was not). */
    public record Sheet(double[] items, double[] criteria, double total, String ratingClass, List<String> barred) {}

    public Sheet score(Map<String, Object> e) {
        double[] it = new double[28];
        // 1. Tổ chức triển khai thực hiện và thể chế hóa các văn bản (14)
        it[0] = assessed(e, "a_1_1_ctr24", 2);
        it[1] = assessed(e, "a_1_2_briefing", 2);
        it[2] = assessed(e, "a_1_3_kh20_ct03", 2);
        it[3] = assessed(e, "a_1_4_nq4_ct05", 2);
        it[4] = assessed(e, "a_1_5_own_documents", 6);
        // 2. Mức độ hoàn thành nhiệm vụ chính trị (10)
        it[5] = assessed(e, "a_2_1_socio_economic", 5);
        it[6] = assessed(e, "a_2_2_social_security", 5);
        // 3. Cải cách hành chính (15)
        it[7] = assessed(e, "a_3_1_par_direction", 2);
        it[8] = assessed(e, "a_3_2_legal_documents", 2);
        it[9] = assessed(e, "a_3_3_procedures", 3);
        it[10] = assessed(e, "a_3_4_apparatus", 2);
        it[11] = assessed(e, "a_3_5_staff_quality", 2);
        it[12] = assessed(e, "a_3_6_public_finance", 1);
        it[13] = assessed(e, "a_3_7_e_government", 1);
        it[14] = assessed(e, "a_3_8_sipas", 2);
        // 4. Tiếp xúc, đối thoại; tiếp công dân, khiếu nại, tố cáo (23)
        boolean held = (Boolean) e.get("dialogue_held");
        boolean timely = (Boolean) e.get("dialogue_followup_timely");
        it[15] = held && timely ? 7 : held && !timely ? 3 : 0;
        it[16] = assessed(e, "a_4_2_front_conclusions", 3);
        it[17] = assessed(e, "a_4_3_complaints", 7);
        String hotSpot = (String) e.get("hot_spot");
        it[18] = hotSpot.equals("none") ? 6 : hotSpot.equals("handled") ? 3 : 0;
        // 5. Cơ quan, công sở văn minh (8)
        it[19] = assessed(e, "a_5_1_civilized_office", 3);
        String discipline = (String) e.get("discipline");
        it[20] = discipline.equals("none") ? 5 : discipline.equals("reproved") ? 2 : 0;
        // 6. Tuyên truyền vận động Nhân dân (10)
        it[21] = assessed(e, "a_6_1_mobilization", 5);
        it[22] = assessed(e, "a_6_2_yearly_activity", 5);
        // 7. Xây dựng chính quyền; giám sát, phản biện; phối hợp (10)
        it[23] = assessed(e, "a_7_1_participation", 4);
        it[24] = assessed(e, "a_7_2_coordination", 4);
        it[25] = assessed(e, "a_7_3_inspection_mediation", 2);
        // 8. Thực hiện dân chủ (10)
        it[26] = assessed(e, "a_8_1_internal_democracy", 5);
        boolean rulesIssued = (Boolean) e.get("democracy_rules_issued");
        boolean noViolation = e.get("conduct_violation").equals("none");
        it[27] = rulesIssued && noViolation ? 5 : rulesIssued ? 3 : 0;

        double[] c = new double[8];
        c[0] = it[0] + it[1] + it[2] + it[3] + it[4];
        c[1] = it[5] + it[6];
        c[2] = it[7] + it[8] + it[9] + it[10] + it[11] + it[12] + it[13] + it[14];
        c[3] = it[15] + it[16] + it[17] + it[18];
        c[4] = it[19] + it[20];
        c[5] = it[21] + it[22];
        c[6] = it[23] + it[24] + it[25];
        c[7] = it[26] + it[27];
        double total = c[0] + c[1] + c[2] + c[3] + c[4] + c[5] + c[6] + c[7];

        List<String> barred = List.of();
        String ratingClass;
        if (total >= 90) {
            boolean disciplined = discipline.equals("disciplined");
            boolean unhandled = hotSpot.equals("unhandled");
            if (!disciplined && !unhandled) {
                ratingClass = TOP;
            } else {
                barred = disciplined && unhandled ? List.of(BAR_DISCIPLINED, BAR_HOT_SPOT)
                        : disciplined ? List.of(BAR_DISCIPLINED) : List.of(BAR_HOT_SPOT);
                ratingClass = GOOD; // total >= 90 >= 70
            }
        } else if (total >= 70) {
            ratingClass = GOOD;
        } else if (total >= 50) {
            ratingClass = PASS;
        } else {
            ratingClass = FAIL;
        }
        return new Sheet(it, c, total, ratingClass, barred);
    }

    /** share × max, to the nearest 0.25 (half up, 1e-9 tolerance: Rounding NEAREST 0.25). */
    private static double assessed(Map<String, Object> e, String field, double max) {
        double q = (Double) e.get(field) * max / 0.25;
        return Math.floor(q + 0.5 + 1e-9) * 0.25;
    }
}
