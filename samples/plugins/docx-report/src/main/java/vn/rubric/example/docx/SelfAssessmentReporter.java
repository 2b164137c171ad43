package vn.rubric.example.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.dsl.model.Regulation;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.score.Points;
import vn.rubric.dsl.score.ScoreSheet;
import vn.rubric.workbench.platform.Report;
import vn.rubric.workbench.platform.Reporter;

/**
 * {@code --format docx}: for each unit scored, the report a unit sends with its
 * self-assessment ("BÁO CÁO tự đánh giá, xếp loại công tác dân vận chính quyền", in the
 * outline Văn Giang sent its units in 2022): the heading of an official letter, the
 * regulation it is made under, the total, then each criterion with its points and what
 * the rules found done well and short, the bonus and deductions, and the class proposed.
 * One document; each unit begins on a new page. The document is Vietnamese whatever
 * {@code --lang} says: it is the official form.
 */
public final class SelfAssessmentReporter implements Reporter {

    static final Locale VI = Locale.forLanguageTag("vi");
    private static final String FONT = "Times New Roman";

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public boolean writes(Class<? extends Report> kind) {
        return kind == Report.Scores.class;
    }

    @Override
    public java.util.Optional<String> fileExtension() {
        return java.util.Optional.of("docx");
    }

    @Override
    public void write(Report report, Messages text, OutputStream out) throws IOException {
        Report.Scores scores = (Report.Scores) report;
        try (XWPFDocument doc = new XWPFDocument()) {
            boolean first = true;
            for (ScoreSheet sheet : scores.sheets()) {
                unit(doc, scores.rubric(), sheet, first);
                first = false;
            }
            doc.write(out);
        }
    }

    private void unit(XWPFDocument doc, Rubric rubric, ScoreSheet s, boolean first) {
        Regulation reg = rubric.regulation();
        String unit = s.unit().name() == null ? s.unit().id() : s.unit().name();
        String year = s.unit().profile().year() == null ? "....." : String.valueOf(s.unit().profile().year());

        // the heading of an official letter: the unit on the left, the national motto on the right
        XWPFTable head = doc.createTable(1, 2);
        head.removeBorders();
        cell(head, 0, unit.toUpperCase(VI), "Số:      /BC-.....");
        cell(head, 1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
        if (!first) head.getRow(0).getCell(0).getParagraphs().get(0).setPageBreak(true);
        line(doc, "....., ngày.....tháng.....năm " + year, false, ParagraphAlignment.RIGHT).getRuns().get(0).setItalic(true);
        if (s.unit().profile().parent() != null) line(doc, "Kính gửi: " + s.unit().profile().parent() + ".", false, ParagraphAlignment.CENTER);

        line(doc, "BÁO CÁO", true, ParagraphAlignment.CENTER);
        line(doc, "Tự đánh giá, xếp loại công tác dân vận chính quyền năm " + year, true, ParagraphAlignment.CENTER);

        String basis = String.join(" ", nonNull(reg.decision(), reg.decisionDate() == null ? null : "ngày " + date(reg.decisionDate()),
                reg.authority() == null ? null : "của " + reg.authority()));
        line(doc, "Căn cứ " + (basis.isEmpty() ? reg.cite() : basis) + " " + lowerFirst(reg.title()) + ", " + unit
                + " báo cáo kết quả tự đánh giá, xếp loại công tác dân vận chính quyền năm " + year + " như sau:", false, ParagraphAlignment.BOTH);

        line(doc, "Tổng số điểm thực hiện công tác dân vận chính quyền: " + points(s.total()) + " điểm, trong đó:", true, ParagraphAlignment.BOTH);
        for (ScoreSheet.Subtotal c : s.criteria()) {
            line(doc, "Tiêu chí số " + c.id() + ": " + c.title() + ": (" + points(c.points()) + " điểm)", true, ParagraphAlignment.BOTH);
            List<ScoreSheet.ItemLine> items = s.items().stream().filter(i -> c.id().equals(i.section())).toList();
            List<ScoreSheet.ItemLine> full = items.stream().filter(i -> i.points() >= i.max()).toList();
            List<ScoreSheet.ItemLine> short_ = items.stream().filter(i -> i.points() < i.max()).toList();
            line(doc, "- Những nội dung đã thực hiện tốt:" + (full.isEmpty() ? " không có." : ""), false, ParagraphAlignment.BOTH);
            for (ScoreSheet.ItemLine i : full) bullet(doc, i);
            line(doc, "- Những mặt còn hạn chế:" + (short_.isEmpty() ? " không có." : ""), false, ParagraphAlignment.BOTH);
            for (ScoreSheet.ItemLine i : short_) bullet(doc, i);
        }
        if (s.bonus() != null) line(doc, "Điểm thưởng: " + points(s.bonus()) + " điểm.", true, ParagraphAlignment.BOTH);
        if (s.deductions() != null) line(doc, "Điểm trừ: " + points(s.deductions()) + " điểm.", true, ParagraphAlignment.BOTH);

        line(doc, "Tổng số điểm đạt được là " + points(s.total()) + ", đề nghị mức xếp loại: "
                + (s.ratingClass() == null ? "....." : s.ratingClass()) + ".", true, ParagraphAlignment.BOTH);
        for (ScoreSheet.Bar b : s.barred()) {
            line(doc, "(Không đề nghị xếp loại \"" + b.ratingClass() + "\" vì: " + b.reason() + ".)", false, ParagraphAlignment.BOTH);
        }
        line(doc, "Trên đây là báo cáo tự đánh giá, xếp loại công tác dân vận của " + unit + " năm " + year + "./.", false, ParagraphAlignment.BOTH);

        XWPFTable foot = doc.createTable(1, 2);
        foot.removeBorders();
        cell(foot, 0, "Nơi nhận:", "- Như trên;", "- Lưu: VT.");
        cell(foot, 1, "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ", "(Ký, đóng dấu)");
    }

    /** An item: its number and title, points out of its maximum, and the rule that gave them. */
    private static void bullet(XWPFDocument doc, ScoreSheet.ItemLine i) {
        String why = i.rule() == null ? "" : " — " + i.rule();
        line(doc, "    + " + i.id() + ". " + i.title() + ": " + points(i.points()) + "/" + points(i.max()) + " điểm" + why + ";",
                false, ParagraphAlignment.BOTH);
    }

    private static XWPFParagraph line(XWPFDocument doc, String text, boolean bold, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        run(p, text, bold);
        return p;
    }

    private static void cell(XWPFTable table, int column, String... lines) {
        var cell = table.getRow(0).getCell(column);
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, lines[i], i == 0);
        }
    }

    private static void run(XWPFParagraph p, String text, boolean bold) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(13);
        r.setBold(bold);
        r.setText(text);
    }

    /** Points as a Vietnamese document writes them: 94,25. */
    static String points(double p) {
        return Points.format(p).replace('.', ',');
    }

    /** A date as the regulation gives it; an ISO date (2020-01-08) as a Vietnamese document writes it (08/01/2020). */
    static String date(String d) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})").matcher(d);
        return m.matches() ? m.group(3) + "/" + m.group(2) + "/" + m.group(1) : d;
    }

    private static String lowerFirst(String s) {
        return s == null || s.isEmpty() ? "" : s.substring(0, 1).toLowerCase(VI) + s.substring(1);
    }

    private static List<String> nonNull(String... parts) {
        return java.util.Arrays.stream(parts).filter(java.util.Objects::nonNull).toList();
    }
}
