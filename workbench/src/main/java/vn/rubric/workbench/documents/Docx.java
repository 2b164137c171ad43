package vn.rubric.workbench.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;
import vn.rubric.workbench.reports.ReproducibleZip;

/**
 * A Word document in the form of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ
 * lục I): A4, Times New Roman, margins top and bottom 20 mm, left 30 mm, right 15 mm, the page
 * number at the top centre. Tables have a fixed layout, their widths in twentieths of a point,
 * and their header row repeated on every page. All text is written in NFC.
 */
final class Docx implements AutoCloseable {

    static final String FONT = "Times New Roman";
    /** 13 pt throughout, tables included: the smallest size the decree allows for the text of a document. */
    static final int TEXT_SIZE = 13;
    static final int TABLE_SIZE = 13;
    /** The blocks of a bar in a table-drawn chart: a drawing, not text. */
    static final int BAR_SIZE = 9;
    /** A millimetre in twips (1/1440 inch). */
    private static final double MM = 1440 / 25.4;

    private final XWPFDocument doc = new XWPFDocument();
    private final boolean landscape;

    Docx(boolean landscape) {
        this.landscape = landscape;
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        doc.createStyles().setDefaultFonts(fonts);
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        long a4w = Math.round(210 * MM), a4h = Math.round(297 * MM);
        size.setW(BigInteger.valueOf(landscape ? a4h : a4w));
        size.setH(BigInteger.valueOf(landscape ? a4w : a4h));
        if (landscape) size.setOrient(STPageOrientation.LANDSCAPE);
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        // landscape keeps the binding edge: the 30 mm margin stays on the long edge that is bound
        margins.setTop(twips(landscape ? 30 : 20));
        margins.setBottom(twips(landscape ? 15 : 20));
        margins.setLeft(twips(landscape ? 20 : 30));
        margins.setRight(twips(landscape ? 20 : 15));
        margins.setHeader(twips(10));
        margins.setFooter(twips(10));
        pageNumbers();
    }

    /** The width a table may take: the page less its margins, in twips. */
    int textWidth() {
        return (int) Math.round((landscape ? 297 - 40 : 210 - 45) * MM);
    }

    private static BigInteger twips(double mm) {
        return BigInteger.valueOf(Math.round(mm * MM));
    }

    /** The page number, centred at the top of each page (the decree's place for it), as a field the reader fills in. */
    private void pageNumbers() {
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr("PAGE");
        var r = field.addNewR();
        r.addNewRPr().addNewRFonts().setAscii(FONT);
        r.getRPr().getRFontsArray(0).setHAnsi(FONT);
        r.getRPr().addNewSz().setVal(BigInteger.valueOf(TEXT_SIZE * 2));
        r.addNewT().setStringValue("1");
    }

    void title(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(60);
        run(p, text, TEXT_SIZE + 1, true, false);
    }

    /** A centred line under the title: the regulation it belongs to, in italics. */
    void subtitle(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(120);
        run(p, text, TEXT_SIZE, false, true);
    }

    void heading(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(240);
        p.setSpacingAfter(120);
        p.setKeepNext(true);
        run(p, text, TEXT_SIZE, true, false);
    }

    void paragraph(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(60);
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setSpacingAfter(60);
        run(p, text, TEXT_SIZE, false, false);
    }

    /** A table of fixed column widths (twips), its first row the header, repeated on every page. */
    Table table(int... widths) {
        XWPFTable t = doc.createTable(1, widths.length);
        CTTblPr pr = t.getCTTbl().getTblPr() == null ? t.getCTTbl().addNewTblPr() : t.getCTTbl().getTblPr();
        CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        int total = 0;
        for (int w : widths) total += w;
        t.setWidthType(TableWidthType.DXA);
        t.setWidth(String.valueOf(total));
        CTTblGrid grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) grid.removeGridCol(0);
        for (int w : widths) grid.addNewGridCol().setW(BigInteger.valueOf(w));
        return new Table(t, widths);
    }

    /** The document, whole: the same content gives the same bytes (no time stamps). */
    void write(String title, OutputStream out) throws IOException {
        var core = doc.getProperties().getCoreProperties();
        core.setTitle(nfc(title));
        core.setCreator("Rubric Workbench");
        core.setCreated(Optional.empty());
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        doc.write(raw);
        out.write(ReproducibleZip.normalize(raw.toByteArray()));
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }

    static String nfc(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        String[] lines = nfc(text).split("\n", -1);
        for (int k = 0; k < lines.length; k++) {
            if (k > 0) r.addBreak();
            r.setText(lines[k], k);
        }
        return r;
    }

    /** How a piece of a cell's text is marked: plain, or removed (struck out) or added (bold, underlined) in a comparison. */
    enum Mark { PLAIN, BOLD, ITALIC, REMOVED, ADDED, BAR, DRAFT_BAR }

    /** A part of a cell's text with its mark. */
    record Piece(String text, Mark mark) {
        static Piece plain(String text) {
            return new Piece(text, Mark.PLAIN);
        }
    }

    /** A table being filled row by row. */
    static final class Table {
        private final XWPFTable table;
        private final int[] widths;
        private boolean first = true;

        private Table(XWPFTable table, int[] widths) {
            this.table = table;
            this.widths = widths;
        }

        /** The header row: bold, centred, repeated at the top of every page the table runs onto. */
        Table header(String... cells) {
            XWPFTableRow row = nextRow();
            row.setRepeatHeader(true);
            row.setCantSplitRow(true);
            for (int k = 0; k < cells.length; k++) fill(row.getCell(k), k, List.of(new Piece(cells[k], Mark.BOLD)), ParagraphAlignment.CENTER);
            return this;
        }

        /** A row of plain text; {@code centred} columns are centred (numbers, the STT). */
        Table row(boolean bold, List<Integer> centred, String... cells) {
            XWPFTableRow row = nextRow();
            for (int k = 0; k < cells.length; k++) {
                fill(row.getCell(k), k, List.of(new Piece(cells[k], bold ? Mark.BOLD : Mark.PLAIN)),
                        centred.contains(k) ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            }
            return this;
        }

        /** A row whose cells are made of marked pieces; each inner list is one cell's paragraphs' pieces, a "\n" piece text breaks the line. */
        Table marked(List<Integer> centred, List<List<Piece>> cells) {
            XWPFTableRow row = nextRow();
            for (int k = 0; k < cells.size(); k++) {
                fill(row.getCell(k), k, cells.get(k), centred.contains(k) ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            }
            return this;
        }

        /** A row is never split over two pages: a reader keeps an item and its points together. */
        private XWPFTableRow nextRow() {
            XWPFTableRow row;
            if (first) {
                first = false;
                row = table.getRow(0);
            } else {
                row = table.createRow();
            }
            row.setCantSplitRow(true);
            return row;
        }

        private void fill(XWPFTableCell cell, int column, List<Piece> pieces, ParagraphAlignment align) {
            cell.setWidthType(TableWidthType.DXA);
            cell.setWidth(String.valueOf(widths[column]));
            cell.getCTTc().getTcPr().addNewVAlign().setVal(STVerticalJc.CENTER);
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setAlignment(align);
            p.setSpacingAfter(0);
            for (Piece piece : pieces) {
                if (piece.text().equals("\n")) {
                    p = cell.addParagraph();
                    p.setAlignment(align);
                    p.setSpacingAfter(0);
                    continue;
                }
                XWPFRun r = run(p, piece.text(), TABLE_SIZE, piece.mark() == Mark.BOLD || piece.mark() == Mark.ADDED, piece.mark() == Mark.ITALIC);
                if (piece.mark() == Mark.REMOVED) r.setStrikeThrough(true);
                // a bar of a chart drawn in a table: smaller blocks, grey for the regulation in force, dark blue for the draft
                if (piece.mark() == Mark.BAR || piece.mark() == Mark.DRAFT_BAR) {
                    r.setFontSize(BAR_SIZE);
                    r.setColor(piece.mark() == Mark.BAR ? "8C8C8C" : "1F4E79");
                }
                if (piece.mark() == Mark.ADDED) r.setUnderline(UnderlinePatterns.SINGLE);
            }
        }
    }
}
