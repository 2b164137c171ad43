package vn.rubric.workbench.documents;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The rubric.yaml of a pack started from a province's scoring table: titles, points and tier
 * wording as the sheet gives them, and, for what a sheet cannot say, a marked placeholder: each
 * tier's condition (and each bar of a rating class) is a name that is not declared,
 * {@code can_quyet_dinh_...}, with the sheet's wording right above it, so that {@code rubric
 * validate} lists exactly the conditions left to write, each at its line. An item without tiers
 * is scored as the appraisal team's share of its points, as most items of a sheet are.
 */
final class PackFromSheet {

    /** Every placeholder name starts with this ("to be decided"): easy to search for. */
    static final String PLACEHOLDER = "can_quyet_dinh_";

    private PackFromSheet() {}

    static String yaml(ScoringTable table, String id, String source) {
        DecimalFormat n = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        StringBuilder y = new StringBuilder();
        y.append("# Gói quy định lập từ bảng chấm điểm ").append(oneLine(source)).append(" (rubric import-sheet).\n");
        y.append("# Tên, điểm và lời văn của từng mức lấy nguyên văn từ bảng. Còn phải quyết định (rubric validate liệt kê):\n");
        y.append("# điều kiện của từng mức chấm và của từng trường hợp không được xếp loại, ghi là ").append(PLACEHOLDER).append("…;\n");
        y.append("# nội dung không chia mức được chấm theo mức độ đạt do đoàn thẩm định đánh giá (0–1), sửa nếu cần.\n\n");
        y.append("regulation:\n");
        y.append("  id: ").append(id).append('\n');
        y.append("  title: ").append(quote(table.title())).append('\n');
        y.append("  cite: ").append(quote("Bảng chấm điểm (" + source + ")")).append('\n');
        double sum = table.criteria().stream().mapToDouble(ScoringTable.Criterion::max).sum();
        y.append("  total: ").append(n.format(table.total() != null ? table.total() : sum)).append("\n\n");

        boolean assessed = table.criteria().stream().flatMap(c -> c.items().stream()).anyMatch(i -> i.tiers().isEmpty());
        if (assessed) {
            y.append("evidence:\n");
            for (ScoringTable.Criterion c : table.criteria()) {
                for (ScoringTable.Item i : c.items()) {
                    if (!i.tiers().isEmpty()) continue;
                    y.append("  ").append(share(i)).append(":\n");
                    y.append("    label: ").append(quote("Mức độ đạt nội dung " + i.id() + " (đoàn thẩm định đánh giá, 0–1)")).append('\n');
                    y.append("    type: share\n    default: 1\n");
                }
            }
            y.append('\n');
        }

        y.append("criteria:\n");
        for (ScoringTable.Criterion c : table.criteria()) {
            y.append("  - id: ").append(quote(c.id())).append('\n');
            y.append("    title: ").append(quote(c.title())).append('\n');
            y.append("    max: ").append(n.format(c.max())).append('\n');
            y.append("    items:\n");
            for (ScoringTable.Item i : c.items()) {
                y.append("      - id: ").append(quote(i.id())).append('\n');
                y.append("        title: ").append(quote(i.title())).append('\n');
                y.append("        max: ").append(n.format(i.max())).append('\n');
                if (i.tiers().isEmpty()) {
                    y.append("        assessed: ").append(share(i)).append('\n');
                    continue;
                }
                y.append("        pick-one:                # chấm 1 trong ").append(i.tiers().size()).append('\n');
                for (int k = 0; k < i.tiers().size(); k++) {
                    ScoringTable.Tier t = i.tiers().get(k);
                    y.append("          - label: ").append(quote("mức " + (k + 1))).append('\n');
                    y.append("            text: ").append(quote(t.text())).append('\n');
                    y.append("            when: ").append(PLACEHOLDER).append(name(i.id())).append("_muc_").append(k + 1)
                            .append("   # CẦN QUYẾT ĐỊNH: điều kiện của mức này (lời văn ở text: bên trên)\n");
                    y.append("            points: ").append(n.format(t.points())).append('\n');
                }
            }
        }

        y.append('\n');
        if (table.rating().isEmpty()) {
            y.append("# CẦN QUYẾT ĐỊNH: bảng không có các mức xếp loại; thêm rating: (mỗi loại với class:, min: hoặc otherwise: true).\n");
            return y.toString();
        }
        y.append("rating:\n");
        for (int k = 0; k < table.rating().size(); k++) {
            ScoringTable.RatingClass r = table.rating().get(k);
            y.append("  - class: ").append(quote(r.name())).append('\n');
            if (r.min() == null) y.append("    otherwise: true\n");
            else y.append("    min: ").append(n.format(r.min())).append('\n');
            if (r.bars().isEmpty()) continue;
            y.append("    barred-if:\n");
            for (int b = 0; b < r.bars().size(); b++) {
                y.append("      - when: ").append(PLACEHOLDER).append("xep_loai_").append(k + 1).append('_').append(b + 1)
                        .append("   # CẦN QUYẾT ĐỊNH: điều kiện của trường hợp này (lời văn ở because:)\n");
                y.append("        because: ").append(quote(r.bars().get(b))).append('\n');
            }
        }
        return y.toString();
    }

    private static String share(ScoringTable.Item i) {
        return "a_" + name(i.id());
    }

    /** An id as part of a name: 4.1 → 4_1. */
    private static String name(String id) {
        return id.replaceAll("[^A-Za-z0-9]+", "_");
    }

    /** A pack id from a folder name: lower case, no marks, words joined by hyphens ("Hưng Yên 2020" → hung-yen-2020). */
    static String id(String folder) {
        String plain = Normalizer.normalize(folder.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String id = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return id.isEmpty() ? "imported" : id;
    }

    /** Single-quoted YAML, on one line: a quote inside is written twice. */
    static String quote(String s) {
        return "'" + oneLine(s).replace("'", "''") + "'";
    }

    private static String oneLine(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }
}
