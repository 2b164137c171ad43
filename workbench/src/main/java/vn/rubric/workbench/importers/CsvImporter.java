package vn.rubric.workbench.importers;

import vn.rubric.workbench.platform.Importer;
import vn.rubric.workbench.data.RawTable;
import vn.rubric.workbench.data.RawUnit;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.source.InputLimit;
import vn.rubric.dsl.source.InputText;
import vn.rubric.dsl.source.SourcePos;

/**
 * Reads units from CSV as RFC 4180 has it (double-quoted cells may hold separators, quotes
 * and line breaks), UTF-8 with or without a byte-order mark, line ends LF or CRLF. The
 * separator is a comma or a semicolon, whichever the header line uses more outside quotes:
 * Excel writes semicolons where the decimal mark is a comma, as on Vietnamese machines.
 * Every cell keeps its line and column, so an error names them.
 */
public final class CsvImporter implements Importer {

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public List<String> extensions() {
        return List.of("csv");
    }

    @Override
    public RawTable readTable(Path file, Diagnostics diagnostics) {
        String text = decode(file, diagnostics);
        if (text == null) return null;
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        List<RawTable.Row> rows = parse(file, text, separator(text), diagnostics);
        if (rows.isEmpty()) {
            if (!diagnostics.hasErrors()) diagnostics.add(Diagnostic.error("E-DATA-EMPTY-FILE", SourcePos.of(file)));
            return null;
        }
        RawTable.Row header = rows.get(0);
        return RawTable.of(file, header.pos(), header.cells(), rows.subList(1, rows.size()), diagnostics);
    }

    /**
     * The file's text, or null with the reason reported: missing, unreadable, larger than the
     * data limit, empty, not UTF-8 (at the line, column and byte offset of the first wrong
     * byte), or holding a control character (each at its line and column).
     */
    private static String decode(Path file, Diagnostics diagnostics) {
        byte[] bytes = InputText.bytes(file, InputLimit.DATA, diagnostics);
        if (bytes == null) return null;
        if (bytes.length == 0) {
            diagnostics.add(Diagnostic.error("E-DATA-EMPTY-FILE", SourcePos.of(file)));
            return null;
        }
        String text = InputText.decode(file, bytes, "E-DATA-ENCODING", diagnostics);
        if (text == null || !controlCharacters(file, text, diagnostics)) return null;
        return text;
    }

    /** At most this many control characters are reported: a binary file would give thousands. */
    private static final int MAX_REPORTED = 10;

    /**
     * False, with each reported, when the text holds control characters other than tab and
     * line ends: invisible, they would make a header name or a value differ from what the
     * user sees ("unit_name" with a NUL in it is not unit_name).
     */
    private static boolean controlCharacters(Path file, String text, Diagnostics diagnostics) {
        int line = 1, lineStart = 0, found = 0;
        for (int i = 0; i < text.length() && found < MAX_REPORTED; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7F) {
                diagnostics.add(Diagnostic.error("E-DATA-CONTROL-CHAR", new SourcePos(file, line, i - lineStart + 1), String.format("U+%04X", (int) c)));
                found++;
            }
        }
        return found == 0;
    }

    /** ';' when the header line has more semicolons than commas outside quotes, else ','. */
    static char separator(String text) {
        int commas = 0, semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') quoted = !quoted; // a doubled quote flips twice: no harm
            else if (!quoted && (c == '\n' || c == '\r')) break;
            else if (!quoted && c == ',') commas++;
            else if (!quoted && c == ';') semicolons++;
        }
        return semicolons > commas ? ';' : ',';
    }

    /**
     * Rows of cells, each cell with its line and column; blank lines are skipped. A quote
     * never closed ends the reading (the rest of the file would be one cell); text after a
     * closing quote spoils only its row. An unquoted cell is cut out whole rather than
     * copied a character at a time: files of 100,000 units are read too.
     */
    static List<RawTable.Row> parse(Path file, String text, char separator, Diagnostics diagnostics) {
        List<RawTable.Row> rows = new ArrayList<>();
        List<RawUnit.Cell> row = new ArrayList<>();
        int n = text.length();
        int i = 0, line = 1, lineStart = 0;
        boolean rowBroken = false;
        while (true) {
            int cellLine = line, cellColumn = i - lineStart + 1;
            String value;
            if (i < n && text.charAt(i) == '"') {
                StringBuilder quoted = new StringBuilder();
                int j = i + 1;
                while (true) {
                    if (j >= n) {
                        diagnostics.add(Diagnostic.error("E-DATA-QUOTE", new SourcePos(file, cellLine, cellColumn)));
                        return rows;
                    }
                    char c = text.charAt(j);
                    if (c == '"' && j + 1 < n && text.charAt(j + 1) == '"') {
                        quoted.append('"');
                        j += 2;
                        continue;
                    }
                    if (c == '"') {
                        j++;
                        break;
                    }
                    if (c == '\n') {
                        line++;
                        lineStart = j + 1;
                    }
                    quoted.append(c);
                    j++;
                }
                while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) j++; // spaces after a closing quote are layout
                if (j < n && !endsCell(text.charAt(j), separator)) {
                    // "abc"def: a quote inside a quoted cell was not doubled; when the quote that
                    // closed it is on a later line, the mistake is the quote that opened it
                    if (!rowBroken) diagnostics.add(line > cellLine
                            ? Diagnostic.error("E-DATA-QUOTE-CLOSED-LATE", new SourcePos(file, cellLine, cellColumn), line)
                            : Diagnostic.error("E-DATA-QUOTE-TEXT", new SourcePos(file, line, j - lineStart + 1)));
                    rowBroken = true;
                    int k = j;
                    while (k < n && !endsCell(text.charAt(k), separator)) k++;
                    quoted.append(text, j, k);
                    j = k;
                }
                value = quoted.toString();
                i = j;
            } else {
                int j = i;
                while (j < n && !endsCell(text.charAt(j), separator)) j++;
                value = text.substring(i, j).strip();
                i = j;
            }
            row.add(new RawUnit.Cell(value, new SourcePos(file, cellLine, cellColumn)));
            if (i < n && text.charAt(i) == separator) {
                i++;
                continue;
            }
            boolean blank = row.size() == 1 && row.get(0).text() == null;
            if (!blank && !rowBroken) rows.add(new RawTable.Row(new SourcePos(file, row.get(0).pos().line(), 1), row));
            row = new ArrayList<>();
            rowBroken = false;
            if (i >= n) return rows;
            if (text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
            i++;
            line++;
            lineStart = i;
            if (i >= n) return rows;
        }
    }

    private static boolean endsCell(char c, char separator) {
        return c == separator || c == '\n' || c == '\r';
    }
}
