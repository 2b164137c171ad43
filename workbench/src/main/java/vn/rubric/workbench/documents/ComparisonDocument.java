package vn.rubric.workbench.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.rubric.dsl.change.RegulationChange;
import vn.rubric.dsl.change.WordDiff;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.workbench.platform.Report;
import vn.rubric.workbench.platform.Reporter;
import vn.rubric.workbench.reports.ChangeText;
import vn.rubric.workbench.reports.TextLayout;

/**
 * The comparison table ("bảng so sánh") that goes with an amendment to the leadership: every
 * change of the draft in the regulation's order, one row each: what is changed, the current
 * text, the amended text, and the article of the amending decision. In a reworded text the
 * removed words are struck out in the current text and the added words bold and underlined in
 * the amended one. Landscape, so the two texts stand side by side.
 */
public final class ComparisonDocument implements Reporter {

    /** No. | what | current text | amended text | article, on A4 landscape (257 mm of text width). */
    static final int[] WIDTHS = {850, 2800, 4450, 4450, 2020};
    private static final List<Integer> CENTRED = List.of(0);

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public boolean writes(Class<? extends Report> kind) {
        return kind == Report.Changes.class;
    }

    @Override
    public Optional<String> fileExtension() {
        return Optional.of("docx");
    }

    @Override
    public void write(Report report, Messages text, OutputStream out) throws IOException {
        Report.Changes c = (Report.Changes) report;
        ChangeText words = new ChangeText(text);
        try (Docx d = new Docx(true)) {
            d.title(text.get("doc.compare.title"));
            d.subtitle(text.get("doc.compare.between", ImpactDocument.name(c.base()), ImpactDocument.name(c.draft())));
            if (c.changes().isEmpty()) {
                d.paragraph(text.get("changes.none"));
            } else {
                Docx.Table t = d.table(WIDTHS);
                t.header(text.get("doc.col.no"), text.get("doc.compare.what"), text.get("doc.compare.current"), text.get("doc.compare.amended"),
                        text.get("doc.compare.article"));
                for (int k = 0; k < c.changes().size(); k++) {
                    RegulationChange ch = c.changes().get(k);
                    t.marked(CENTRED, List.of(List.of(Docx.Piece.plain(String.valueOf(k + 1))), List.of(Docx.Piece.plain(what(ch, words))),
                            current(ch, words, text), amended(ch, words, text), List.of(Docx.Piece.plain(ch.cite() == null ? "" : ch.cite()))));
                }
            }
            d.write(text.get("doc.compare.title") + ": " + c.base().regulation().id() + " → " + c.draft().regulation().id(), out);
        }
    }

    /** What the change is aimed at: "nội dung 5.2, mức "kiểm điểm, phê bình": điểm". */
    static String what(RegulationChange c, ChangeText words) {
        String target = words.target(c.target());
        String what = c.key() == null ? target : target + ": " + words.key(c.key());
        // a cell of a table starts a sentence
        return what.isEmpty() ? what : what.substring(0, 1).toUpperCase(java.util.Locale.forLanguageTag("vi")) + what.substring(1);
    }

    /** The text in force: a reworded one with its removed words struck out; nothing for an addition. */
    static List<Docx.Piece> current(RegulationChange c, ChangeText words, Messages text) {
        if (!c.words().isEmpty()) return pieces(c.words(), WordDiff.Op.REMOVED, Docx.Mark.REMOVED);
        if (c.kind() == RegulationChange.Kind.ADDED) return List.of(new Docx.Piece(text.get("doc.compare.not-there"), Docx.Mark.ITALIC));
        return List.of(Docx.Piece.plain(shown(c, words.value(c, c.before()))));
    }

    /** The amended text: a reworded one with its added words bold and underlined; "(bãi bỏ)" for a removal. */
    static List<Docx.Piece> amended(RegulationChange c, ChangeText words, Messages text) {
        List<Docx.Piece> out = new ArrayList<>();
        if (!c.words().isEmpty()) out.addAll(pieces(c.words(), WordDiff.Op.ADDED, Docx.Mark.ADDED));
        else if (c.kind() == RegulationChange.Kind.REMOVED) out.add(new Docx.Piece(text.get("doc.compare.repealed"), Docx.Mark.ITALIC));
        else if (c.kind() == RegulationChange.Kind.ADDED && c.after() == null) out.add(new Docx.Piece(text.get("doc.compare.added"), Docx.Mark.ITALIC));
        else out.add(Docx.Piece.plain(shown(c, words.value(c, c.after()))));
        String moves = words.moves(c).strip();
        if (!moves.isEmpty()) {
            out.add(Docx.Piece.plain("\n"));
            out.add(new Docx.Piece(moves, Docx.Mark.ITALIC));
        }
        return out;
    }

    /** A value on one line; a date of the regulation as a document writes it (08/01/2020, not 2020-01-08). */
    private static String shown(RegulationChange c, String value) {
        String v = TextLayout.oneLine(value);
        return c.key() != null && c.key().startsWith("decision-date") || c.key() != null && c.key().startsWith("effective") ? AppendixDocument.dmy(v) : v;
    }

    /** The words of one side: those both texts share, and this side's own, marked. */
    private static List<Docx.Piece> pieces(List<WordDiff.Piece> words, WordDiff.Op own, Docx.Mark mark) {
        List<Docx.Piece> out = new ArrayList<>();
        for (WordDiff.Piece p : words) {
            if (p.op() == WordDiff.Op.SAME) out.add(Docx.Piece.plain(p.text()));
            else if (p.op() == own) {
                // the space after a word stays unmarked, so a struck or underlined run ends at the word
                String w = p.text().stripTrailing();
                out.add(new Docx.Piece(w, mark));
                if (w.length() < p.text().length()) out.add(Docx.Piece.plain(p.text().substring(w.length())));
            }
        }
        return out;
    }
}
