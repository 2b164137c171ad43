package vn.rubric.example.sheets;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The province's layout of a unit's sheet, shared by the importer and the command:
 *
 * <pre>
 *   BẢNG CHẤM ĐIỂM
 *   Tên cơ quan, đơn vị:  | Trung tâm Y tế huyện Văn Giang
 *   Mã đơn vị:            | vg-ttyt
 *   Loại hình:            | service-unit
 *   Trực thuộc:           | vg
 *   Năm:                  | 2024
 *   STT | Nội dung tiêu chí | Thang điểm | Điểm tự chấm | Minh chứng
 *   1   | Tổ chức triển khai…|   14       |  12          |
 *   1.1 | …                  |    4       |   4          | docs_issued = true
 *       | Tổng điểm          |  100       |  94,25       |
 * </pre>
 *
 * Labels are matched without case, accents kept, a trailing colon ignored. "Minh chứng"
 * holds the evidence the item's score rests on, as {@code field = value}, several separated
 * by ";" or line breaks.
 */
final class Layout {

    static final String TITLE = "BẢNG CHẤM ĐIỂM";
    static final String NAME = "Tên cơ quan, đơn vị";
    static final String ID = "Mã đơn vị";
    static final String KIND = "Loại hình";
    static final String PARENT = "Trực thuộc";
    static final String YEAR = "Năm";
    static final String NO = "STT";
    static final String CONTENT = "Nội dung tiêu chí";
    static final String MAX = "Thang điểm";
    static final String SELF = "Điểm tự chấm";
    static final String EVIDENCE = "Minh chứng";
    static final String TOTAL = "Tổng điểm";

    private Layout() {}

    /** A cell's text as compared with a label: NFC, lower case, stripped, without a trailing ':'. */
    static String key(String text) {
        if (text == null) return "";
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).strip().toLowerCase(Locale.forLanguageTag("vi"));
        return s.endsWith(":") ? s.substring(0, s.length() - 1).strip() : s;
    }

    static boolean is(String text, String label) {
        return key(text).equals(key(label));
    }
}
