package vn.rubric.workbench.importers;

import vn.rubric.workbench.platform.Importer;
import vn.rubric.workbench.data.RawTable;
import vn.rubric.workbench.data.RawUnit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
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
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        List<RawTable.Row> rows = parse(file, text, separator(text), diagnostics);
        if (rows.isEmpty()) {
            if (!diagnostics.hasErrors()) diagnostics.add(Diagnostic.error("E-DATA-EMPTY-FILE", SourcePos.of(file)));
            return null;
        }
        RawTable.Row header = rows.get(0);
        return RawTable.of(file, header.pos(), header.cells(), rows.subList(1, rows.size()), diagnostics);
    }

    /** The file's text, or null with the reason reported: missing, unreadable, empty, or not UTF-8. */
    private static String decode(Path file, Diagnostics diagnostics) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            diagnostics.add(Diagnostic.error("E-FILE-MISSING", SourcePos.of(file), file));
            return null;
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("E-FILE-UNREADABLE", SourcePos.of(file), file, e.getMessage()));
            return null;
        }
        if (bytes.length == 0) {
            diagnostics.add(Diagnostic.error("E-DATA-EMPTY-FILE", SourcePos.of(file)));
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            diagnostics.add(Diagnostic.error("E-DATA-ENCODING", new SourcePos(file, firstBadLine(bytes), 0)));
            return null;
        }
    }

    /** The line of the first byte that is not UTF-8, so the user can find the cell an old editor wrote. */
    private static int firstBadLine(byte[] bytes) {
        int line = 1;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int length = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
            if (length == 0 || i + length > bytes.length) return line;
            for (int k = 1; k < length; k++) if ((bytes[i + k] & 0xC0) != 0x80) return line;
            if (b == '\n') line++;
            i += length;
        }
        return line;
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
                    // "abc"def: a quote inside a quoted cell was not doubled
                    if (!rowBroken) diagnostics.add(Diagnostic.error("E-DATA-QUOTE-TEXT", new SourcePos(file, line, j - lineStart + 1)));
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
