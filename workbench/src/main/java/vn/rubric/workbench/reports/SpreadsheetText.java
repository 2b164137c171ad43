package vn.rubric.workbench.reports;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Text a spreadsheet must not take for a formula (CSV/formula injection, OWASP): a unit name,
 * id or class that begins with {@code = + - @}, a tab or a carriage return would run as a
 * formula in Excel ({@code =cmd|' /C calc'!A0}). Such text is marked as text: in CSV with a
 * leading {@code '} (OWASP's advice; Excel shows the rest), in XLSX with the cell's "quote
 * prefix" flag, which is what Excel itself records when someone types {@code 'text}: the
 * cell's value stays exactly the text, Vietnamese included. A plain number ({@code -2.5})
 * is no formula and is left as it is, so negative points stay numbers.
 */
public final class SpreadsheetText {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private SpreadsheetText() {}

    /** Whether a spreadsheet could read this text as a formula. */
    public static boolean formulaLike(String text) {
        return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(text).matches();
    }

    /** The text for a CSV cell: {@code '} before formula-like text, the rest as it is. */
    public static String csv(String text) {
        return formulaLike(text) ? "'" + text : text;
    }

    /**
     * Sets text cells of one workbook, a formula-like text with a quote-prefixed copy of its
     * style (one copy per style, not per cell: a workbook holds at most 64,000 styles).
     */
    public static final class Cells {
        private final Workbook wb;
        private final Map<CellStyle, CellStyle> quoted = new HashMap<>();

        public Cells(Workbook wb) {
            this.wb = wb;
        }

        /** Sets {@code value} as text with {@code style} (null: the workbook's default style). */
        public void text(Cell cell, String value, CellStyle style) {
            cell.setCellValue(value);
            if (formulaLike(value)) cell.setCellStyle(quoted(style == null ? wb.getCellStyleAt(0) : style));
            else if (style != null) cell.setCellStyle(style);
        }

        /** The style to give a cell whose text (set elsewhere, e.g. rich text) is {@code value}. */
        public CellStyle style(String value, CellStyle style) {
            return formulaLike(value) ? quoted(style) : style;
        }

        private CellStyle quoted(CellStyle style) {
            return quoted.computeIfAbsent(style, s -> {
                CellStyle copy = wb.createCellStyle();
                copy.cloneStyleFrom(s);
                copy.setQuotePrefixed(true);
                return copy;
            });
        }
    }
}
