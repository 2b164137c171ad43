package vn.rubric.workbench.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.dsl.model.Criterion;
import vn.rubric.dsl.model.Item;
import vn.rubric.dsl.model.Points;
import vn.rubric.dsl.model.RatingClass;
import vn.rubric.dsl.model.Regulation;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.model.Scoring;
import vn.rubric.dsl.model.Section;
import vn.rubric.dsl.model.Tier;
import vn.rubric.workbench.platform.Report;
import vn.rubric.workbench.platform.Reporter;
import vn.rubric.workbench.reports.TextLayout;

/**
 * The decision's appendix, "Phụ lục: Bảng chấm điểm": the scoring sheet as the decision prints
 * it, made from the rubric so the two cannot drift. One row per criterion, item and tier (a
 * tier is a sub-row without a number, its points in the max column), then the total, with
 * empty columns for the self-scored and appraised points; then the rating classes with their
 * points and bars. {@link SheetReader} reads this layout back.
 */
public final class AppendixDocument implements Reporter {

    /** STT | content | max | self-scored | appraised, on A4 portrait (165 mm of text width). */
    static final int[] WIDTHS = {850, 4804, 1200, 1250, 1250};
    private static final List<Integer> CENTRED = List.of(0, 2, 3, 4);

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public boolean writes(Class<? extends Report> kind) {
        return kind == Report.Sheet.class;
    }

    @Override
    public Optional<String> fileExtension() {
        return Optional.of("docx");
    }

    @Override
    public void write(Report report, Messages text, OutputStream out) throws IOException {
        Rubric rubric = ((Report.Sheet) report).rubric();
        DecimalFormat n = TextLayout.points(text.locale());
        try (Docx d = new Docx(false)) {
            d.title(text.get("doc.appendix.title"));
            d.title(text.get("doc.appendix.sheet"));
            d.subtitle(attachedTo(rubric.regulation(), text));
            Docx.Table t = d.table(WIDTHS);
            t.header(text.get("doc.col.no"), text.get("doc.col.content"), text.get("doc.col.max"), text.get("doc.col.self"), text.get("doc.col.appraised"));
            for (Criterion c : rubric.criteria()) {
                t.row(true, CENTRED, c.id(), TextLayout.oneLine(c.title()), n.format(c.max()), "", "");
                for (Item i : c.items()) item(t, i, rubric, n, text);
            }
            for (Section s : rubric.sections().toList()) {
                t.row(true, CENTRED, "", TextLayout.oneLine(s.title() != null ? s.title() : text.get("target." + s.kind().name().replace("DEDUCTION", "DEDUCTIONS"))),
                        n.format(s.max()), "", "");
                for (Item i : s.items()) item(t, i, rubric, n, text);
            }
            t.row(true, CENTRED, "", text.get("doc.total"), n.format(rubric.regulation().total()), "", "");
            rating(d, rubric, n, text);
            d.write(text.get("doc.appendix.sheet") + ": " + rubric.regulation().id(), out);
        }
    }

    private static void item(Docx.Table t, Item i, Rubric rubric, DecimalFormat n, Messages text) {
        List<Docx.Piece> content = new ArrayList<>();
        content.add(Docx.Piece.plain(TextLayout.oneLine(i.title())));
        if (i.scoring() instanceof Scoring.PickOne p) {
            content.add(Docx.Piece.plain("\n"));
            content.add(new Docx.Piece(text.get("doc.pick-one", p.tiers().size()), Docx.Mark.ITALIC));
        }
        t.marked(CENTRED, List.of(List.of(Docx.Piece.plain(i.id())), content, List.of(Docx.Piece.plain(n.format(i.max()))),
                List.of(Docx.Piece.plain("")), List.of(Docx.Piece.plain(""))));
        if (i.scoring() instanceof Scoring.PickOne p) {
            for (Tier tier : p.tiers()) {
                String words = tier.text() != null ? tier.text() : tier.label();
                t.row(false, CENTRED, "", "- " + TextLayout.oneLine(words), n.format(value(tier.points(), rubric)), "", "");
            }
        }
    }

    /** The rating classes: each with the totals that reach it and what keeps a unit out of it. */
    private static void rating(Docx d, Rubric rubric, DecimalFormat n, Messages text) {
        if (rubric.rating().isEmpty()) return;
        d.heading(text.get("doc.rating"));
        Docx.Table t = d.table(2900, 2454, 4000);
        t.header(text.get("doc.rating.class"), text.get("doc.rating.points"), text.get("doc.rating.barred"));
        Double above = null;
        for (RatingClass c : rubric.rating()) {
            String points;
            if (c.isFallback()) points = above == null ? text.get("doc.rating.rest") : text.get("doc.rating.below", n.format(above));
            else if (above == null) points = text.get("doc.rating.from", n.format(value(c.min(), rubric)));
            else points = text.get("doc.rating.between", n.format(value(c.min(), rubric)), n.format(above));
            List<String> bars = new ArrayList<>();
            for (RatingClass.Bar b : c.barredIf()) bars.add("- " + (b.because() != null ? b.because() : vn.rubric.dsl.expr.ExpressionText.of(b.when())));
            if (c.quota() != null) bars.add("- " + text.get("doc.rating.quota", n.format(value(c.quota().percent(), rubric))));
            t.row(false, List.of(1), c.name(), points, String.join("\n", bars));
            if (!c.isFallback()) above = value(c.min(), rubric);
        }
    }

    /** Points or a threshold: the number written, or the value of the parameter it is written as. */
    static double value(Points p, Rubric rubric) {
        if (p.parameter() != null && rubric.parameters().containsKey(p.parameter())) return rubric.parameters().get(p.parameter()).value();
        return p.value();
    }

    /** "(Kèm theo Quyết định số 02/2020/QĐ-UBND ngày 08/01/2020 của UBND tỉnh Hưng Yên)", with what the regulation names. */
    static String attachedTo(Regulation r, Messages text) {
        String decision = r.decision() != null ? r.decision() : TextLayout.oneLine(r.title());
        String date = r.decisionDate() == null ? "" : " " + text.get("doc.dated", dmy(r.decisionDate()));
        String by = r.authority() == null ? "" : " " + text.get("doc.of", r.authority());
        return "(" + text.get("doc.attached", decision + date + by) + ")";
    }

    /** 2020-01-08 → 08/01/2020, as Vietnamese documents write dates; anything else as written. */
    static String dmy(String iso) {
        return iso.matches("\\d{4}-\\d{2}-\\d{2}") ? iso.substring(8) + "/" + iso.substring(5, 7) + "/" + iso.substring(0, 4) : iso;
    }
}
