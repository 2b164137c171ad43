package vn.rubric.workbench.importers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.source.SourcePos;

/**
 * Reads units from CSV (RFC 4180: comma-separated, double-quoted cells may hold commas,
 * quotes and line breaks). The header names the columns: unit_id, unit_name and evidence
 * field names. Every cell keeps its line and column, so an error names them.
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
    public ImportResult read(Path file, Rubric rubric) {
        Diagnostics diagnostics = new Diagnostics();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            diagnostics.add(Diagnostic.error("E-FILE-MISSING", SourcePos.of(file), file));
            return new ImportResult(List.of(), diagnostics);
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("E-FILE-UNREADABLE", SourcePos.of(file), file, e.getMessage()));
            return new ImportResult(List.of(), diagnostics);
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        List<List<RawUnit.Cell>> rows = parse(file, Normalizer.normalize(text, Normalizer.Form.NFC), diagnostics);
        if (rows.isEmpty()) {
            if (!diagnostics.hasErrors()) diagnostics.add(Diagnostic.error("E-DATA-EMPTY", SourcePos.of(file)));
            return new ImportResult(List.of(), diagnostics);
        }
        List<RawUnit.Cell> header = rows.get(0);
        Map<String, SourcePos> names = new LinkedHashMap<>();
        for (RawUnit.Cell c : header) {
            String name = c.value().toString().strip();
            if (names.containsKey(name)) diagnostics.add(Diagnostic.error("E-DATA-DUPLICATE-COLUMN", c.pos(), name));
            names.put(name, c.pos());
        }
        RawUnit.checkNames(names, rubric, diagnostics);
        if (!names.containsKey(RawUnit.ID)) diagnostics.add(Diagnostic.error("E-DATA-NO-ID-COLUMN", new SourcePos(file, 1, 1)));
        if (diagnostics.hasErrors()) return new ImportResult(List.of(), diagnostics);
        List<RawUnit> raws = new ArrayList<>();
        for (List<RawUnit.Cell> row : rows.subList(1, rows.size())) {
            SourcePos rowPos = new SourcePos(file, row.get(0).pos().line(), 1);
            if (row.size() != header.size()) {
                diagnostics.add(Diagnostic.error("E-DATA-CELLS", rowPos, row.size(), header.size()));
                continue;
            }
            Map<String, RawUnit.Cell> fields = new LinkedHashMap<>();
            RawUnit.Cell id = null, name = null;
            for (int i = 0; i < header.size(); i++) {
                String column = header.get(i).value().toString().strip();
                RawUnit.Cell cell = row.get(i);
                if (column.equals(RawUnit.ID)) id = cell;
                else if (column.equals(RawUnit.NAME)) name = cell;
                else fields.put(column, cell);
            }
            raws.add(new RawUnit(id, name, fields, rowPos));
        }
        return new ImportResult(RawUnit.toUnits(raws, rubric, diagnostics), diagnostics);
    }

    /** Rows of cells; blank lines are skipped. */
    static List<List<RawUnit.Cell>> parse(Path file, String text, Diagnostics diagnostics) {
        List<List<RawUnit.Cell>> rows = new ArrayList<>();
        List<RawUnit.Cell> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1, col = 1, cellLine = 1, cellCol = 1;
        boolean quoted = false, wasQuoted = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            boolean end = i == text.length();
            if (quoted && !end) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                        col += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    cell.append(c);
                }
                if (c == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
                continue;
            }
            if (quoted) {
                diagnostics.add(Diagnostic.error("E-DATA-QUOTE", new SourcePos(file, cellLine, cellCol)));
                return rows;
            }
            if (c == '"' && cell.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                col++;
                continue;
            }
            if (c == ',' || c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') continue;
                row.add(new RawUnit.Cell(cell.toString(), new SourcePos(file, cellLine, cellCol)));
                cell.setLength(0);
                wasQuoted = false;
                if (c == ',') {
                    col++;
                } else {
                    boolean blank = row.size() == 1 && row.get(0).value().toString().isBlank();
                    if (!blank) rows.add(row);
                    row = new ArrayList<>();
                    line++;
                    col = 1;
                }
                cellLine = line;
                cellCol = col;
                continue;
            }
            cell.append(c);
            col++;
        }
        return rows;
    }
}
