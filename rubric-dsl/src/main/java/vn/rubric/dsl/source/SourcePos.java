package vn.rubric.dsl.source;

import java.nio.file.Path;

/**
 * Where something was written: a file, a 1-based line and a 1-based column (0 when unknown).
 * In a spreadsheet, {@code sheet} names the sheet, the line is the row and the column the
 * column's number (A = 1), and the position reads as the spreadsheet names a cell:
 * {@code units.xlsx!Sheet1!D37}.
 */
public record SourcePos(Path file, String sheet, int line, int column) {

    public SourcePos(Path file, int line, int column) {
        this(file, null, line, column);
    }

    public static SourcePos of(Path file) {
        return new SourcePos(file, 0, 0);
    }

    /** A spreadsheet cell: its 1-based row and column. */
    public static SourcePos cell(Path file, String sheet, int row, int column) {
        return new SourcePos(file, sheet, row, column);
    }

    /** The position {@code offset} characters further along the same line. */
    public SourcePos plusColumns(int offset) {
        return new SourcePos(file, sheet, line, column == 0 ? 0 : column + offset);
    }

    @Override
    public String toString() {
        String name = file == null ? "<input>" : file.toString();
        if (sheet != null) {
            if (line <= 0) return name + "!" + sheet;
            // a whole row reads as the spreadsheet writes it: 37:37
            return name + "!" + sheet + "!" + (column <= 0 ? line + ":" + line : columnLetters(column) + line);
        }
        if (line <= 0) return name;
        return column <= 0 ? name + ":" + line : name + ":" + line + ":" + column;
    }

    /** 1 → A, 26 → Z, 27 → AA: the spreadsheet's name for a column. */
    public static String columnLetters(int column) {
        StringBuilder sb = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) sb.insert(0, (char) ('A' + (c - 1) % 26));
        return sb.toString();
    }
}
