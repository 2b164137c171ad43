package vn.rubric.workbench.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.source.SourcePos;

/**
 * A data file as read, before any rubric: its columns (header cells, or the keys a JSON file
 * uses) with their positions, and its units as raw cells. One table can be typed for
 * several rubrics ({@link #type}), so a diff reads its data once.
 *
 * @param header where the column names are (the header row), for errors about a whole column
 */
public record RawTable(Path file, SourcePos header, List<Column> columns, List<RawUnit> rows) {

    /** A column name as written (NFC, stripped) and where. */
    public record Column(String name, SourcePos pos) {}

    /** A row of cells as a tabular file holds it, and where the row starts. */
    public record Row(SourcePos pos, List<RawUnit.Cell> cells) {}

    /**
     * Types the units for {@code rubric}: profile columns, then every evidence field, with
     * defaults where the rubric gives them (listed in {@link UnitData#defaulted()}). A column
     * in {@code alsoKnownColumns} (an evidence field of another rubric read from the same
     * file) is skipped without a word. Every problem goes to {@code diagnostics}; a unit with
     * any is left out. See docs/unit-data.md for the rules.
     */
    public UnitData type(Rubric rubric, Set<String> alsoKnownColumns, Diagnostics diagnostics) {
        return new UnitTyping(this, rubric, alsoKnownColumns, diagnostics).type();
    }

    /**
     * The table of a header row and data rows (CSV, a spreadsheet). A header needs a unit_id
     * and no name twice; a column without a name must be empty throughout (spreadsheets and
     * their CSV exports often trail empty columns). A row with more or fewer cells than the
     * header is reported and left out; rows are otherwise kept, for typing to check.
     */
    public static RawTable of(Path file, SourcePos headerPos, List<RawUnit.Cell> headerCells, List<Row> rows, Diagnostics diagnostics) {
        List<RawUnit.Cell> header = withoutTrailingBlanks(headerCells, 0);
        List<Column> columns = new ArrayList<>();
        Map<String, SourcePos> seen = new LinkedHashMap<>();
        boolean ok = true;
        for (RawUnit.Cell c : header) {
            String name = c.text();
            if (name == null) continue;
            if (seen.putIfAbsent(name, c.pos()) != null) {
                diagnostics.add(Diagnostic.error("E-DATA-DUPLICATE-COLUMN", c.pos(), name));
                ok = false;
            }
            columns.add(new Column(name, c.pos()));
        }
        if (!seen.containsKey(UnitColumns.ID)) {
            diagnostics.add(Diagnostic.error("E-DATA-NO-ID-COLUMN", headerPos));
            ok = false;
        }
        if (!ok) return null;
        List<RawUnit> units = new ArrayList<>();
        Set<Integer> reportedBlankColumns = new HashSet<>();
        for (Row row : rows) {
            List<RawUnit.Cell> cells = withoutTrailingBlanks(row.cells(), header.size());
            if (cells.size() != header.size()) {
                diagnostics.add(Diagnostic.error("E-DATA-CELLS", row.pos(), cells.size(), header.size()));
                continue;
            }
            RawUnit.Cell id = null, name = null;
            Map<String, RawUnit.Cell> fields = new LinkedHashMap<>(2 * header.size());
            boolean rowOk = true;
            for (int i = 0; i < header.size(); i++) {
                String column = header.get(i).text();
                RawUnit.Cell cell = cells.get(i);
                if (column == null) {
                    if (cell.text() != null) {
                        if (reportedBlankColumns.add(i)) diagnostics.add(Diagnostic.error("E-DATA-BLANK-COLUMN", cell.pos(), header.get(i).pos()));
                        rowOk = false;
                    }
                } else if (column.equals(UnitColumns.ID)) {
                    id = cell;
                } else if (column.equals(UnitColumns.NAME)) {
                    name = cell;
                } else {
                    fields.put(column, cell);
                }
            }
            if (rowOk) units.add(new RawUnit(id, name, fields, row.pos()));
        }
        // no rows after a reading error (a quote never closed) is that error, not an empty file
        if (rows.isEmpty() && !diagnostics.hasErrors()) diagnostics.add(Diagnostic.error("E-DATA-EMPTY", headerPos));
        return new RawTable(file, headerPos, List.copyOf(columns), List.copyOf(units));
    }

    /** The cells without the empty ones at the end, keeping at least {@code keep}. */
    private static List<RawUnit.Cell> withoutTrailingBlanks(List<RawUnit.Cell> cells, int keep) {
        int n = cells.size();
        while (n > keep && cells.get(n - 1).text() == null) n--;
        return cells.subList(0, n);
    }
}
