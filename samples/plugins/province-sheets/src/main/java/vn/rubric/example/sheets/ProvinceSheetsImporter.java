package vn.rubric.example.sheets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.source.SourcePos;
import vn.rubric.workbench.data.RawTable;
import vn.rubric.workbench.data.RawUnit;
import vn.rubric.workbench.data.UnitColumns;
import vn.rubric.workbench.platform.Importer;

/**
 * Reads the province's workbook ({@link Layout}): every visible sheet with the table header
 * (STT, Điểm tự chấm, Minh chứng) is one unit. Its identity comes from the labelled cells
 * above the table (the sheet's name when there is no "Mã đơn vị"), its evidence from the
 * "Minh chứng" cells of the item rows, and its own total (the "Tổng điểm" row's "Điểm tự
 * chấm") becomes the recorded self-score, which simulate compares with the rules' total.
 * Positions are cells: {@code units.xlsx!vg-ttyt!E12}.
 */
public final class ProvinceSheetsImporter implements Importer {

    @Override
    public String format() {
        return "province-sheets";
    }

    @Override
    public List<String> extensions() {
        return List.of("xlsx");
    }

    /** Its own layout: some visible sheet has the table header with "Điểm tự chấm" and "Minh chứng". */
    @Override
    public boolean recognizes(Path file) {
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                if (!wb.isSheetHidden(s) && !wb.isSheetVeryHidden(s) && header(wb.getSheetAt(s)) != null) return true;
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false; // not a workbook this importer can open: the built-in importer will say why
        }
    }

    /** Where the table's columns are. */
    private record Header(int row, int no, int self, int evidence, int content) {}

    private static Header header(Sheet sheet) {
        for (Row row : sheet) {
            int no = -1, self = -1, evidence = -1, content = -1;
            for (Cell c : row) {
                String t = text(c);
                if (Layout.is(t, Layout.NO)) no = c.getColumnIndex();
                else if (Layout.is(t, Layout.SELF)) self = c.getColumnIndex();
                else if (Layout.is(t, Layout.EVIDENCE)) evidence = c.getColumnIndex();
                else if (Layout.is(t, Layout.CONTENT)) content = c.getColumnIndex();
            }
            if (no >= 0 && self >= 0 && evidence >= 0) return new Header(row.getRowNum(), no, self, evidence, content < 0 ? no + 1 : content);
        }
        return null;
    }

    @Override
    public RawTable readTable(Path file, Diagnostics diagnostics) {
        if (!Files.isRegularFile(file)) {
            diagnostics.add(Diagnostic.error("E-FILE-MISSING", SourcePos.of(file), file));
            return null;
        }
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            List<RawUnit> units = new ArrayList<>();
            Map<String, SourcePos> columns = new LinkedHashMap<>();
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                if (wb.isSheetHidden(s) || wb.isSheetVeryHidden(s)) continue;
                Sheet sheet = wb.getSheetAt(s);
                Header h = header(sheet);
                if (h != null) units.add(unit(file, sheet, h, columns, diagnostics));
            }
            if (units.isEmpty()) {
                diagnostics.add(Diagnostic.error("E-DATA-EMPTY", SourcePos.of(file)));
                return null;
            }
            List<RawTable.Column> cols = new ArrayList<>();
            columns.forEach((name, pos) -> cols.add(new RawTable.Column(name, pos)));
            return new RawTable(file, SourcePos.of(file), List.copyOf(cols), List.copyOf(units));
        } catch (IOException | RuntimeException e) {
            diagnostics.add(Diagnostic.error("E-DATA-NOT-XLSX", SourcePos.of(file), file.getFileName()));
            return null;
        }
    }

    private static RawUnit unit(Path file, Sheet sheet, Header h, Map<String, SourcePos> columns, Diagnostics diagnostics) {
        Map<String, RawUnit.Cell> fields = new LinkedHashMap<>();
        RawUnit.Cell id = null, name = null;
        // the labelled cells above the table: label in one cell, value in the next
        for (Row row : sheet) {
            if (row.getRowNum() >= h.row()) break;
            for (Cell c : row) {
                String label = text(c);
                if (label == null) continue;
                RawUnit.Cell value = cell(file, sheet, row.getRowNum(), c.getColumnIndex() + 1, row.getCell(c.getColumnIndex() + 1), diagnostics);
                if (Layout.is(label, Layout.ID)) id = value;
                else if (Layout.is(label, Layout.NAME)) name = value;
                else if (Layout.is(label, Layout.KIND)) put(fields, columns, UnitColumns.KIND, value);
                else if (Layout.is(label, Layout.PARENT)) put(fields, columns, UnitColumns.PARENT, value);
                else if (Layout.is(label, Layout.YEAR)) put(fields, columns, UnitColumns.YEAR, value);
            }
        }
        if (id == null || id.value() == null) id = new RawUnit.Cell(sheet.getSheetName(), pos(file, sheet, 0, 0));
        for (Row row : sheet) {
            if (row.getRowNum() <= h.row()) continue;
            if (Layout.is(text(row.getCell(h.content())), Layout.TOTAL)) {
                RawUnit.Cell self = cell(file, sheet, row.getRowNum(), h.self(), row.getCell(h.self()), diagnostics);
                if (self.value() != null) put(fields, columns, UnitColumns.SELF_SCORE, self);
                continue;
            }
            String evidence = text(row.getCell(h.evidence()));
            if (evidence == null) continue;
            SourcePos at = pos(file, sheet, row.getRowNum(), h.evidence());
            for (String part : evidence.split("[;\\n]")) {
                if (part.isBlank()) continue;
                int eq = part.indexOf('=');
                // a part without "=" names no value: kept as a column of that name, so typing says it is unknown, here
                String field = (eq < 0 ? part : part.substring(0, eq)).strip();
                String value = eq < 0 ? null : part.substring(eq + 1).strip();
                if (fields.containsKey(field)) {
                    diagnostics.add(Diagnostic.error("E-XLSX-DUPLICATE-FIELD", at, field, fields.get(field).pos()));
                    continue;
                }
                put(fields, columns, field, new RawUnit.Cell(value == null || value.isEmpty() ? null : value, at));
            }
        }
        return new RawUnit(id, name, fields, SourcePos.cell(file, sheet.getSheetName(), 0, 0));
    }

    private static void put(Map<String, RawUnit.Cell> fields, Map<String, SourcePos> columns, String column, RawUnit.Cell value) {
        fields.put(column, value);
        columns.putIfAbsent(column, value.pos());
    }

    /** A cell as a raw value: text (NFC), a number, a yes/no, or null when empty. */
    private static RawUnit.Cell cell(Path file, Sheet sheet, int row, int column, Cell c, Diagnostics diagnostics) {
        SourcePos pos = pos(file, sheet, row, column);
        if (c == null) return new RawUnit.Cell(null, pos);
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (type) {
            case STRING -> new RawUnit.Cell(text(c), pos);
            case NUMERIC -> new RawUnit.Cell(c.getNumericCellValue(), pos);
            case BOOLEAN -> new RawUnit.Cell(c.getBooleanCellValue(), pos);
            case ERROR -> {
                diagnostics.add(Diagnostic.error("E-XLSX-CELL-ERROR", pos, org.apache.poi.ss.usermodel.FormulaError.forInt(c.getErrorCellValue()).getString()));
                yield new RawUnit.Cell(null, pos);
            }
            default -> new RawUnit.Cell(null, pos);
        };
    }

    /** A cell's text (NFC, stripped), or null when it holds none. */
    static String text(Cell c) {
        if (c == null) return null;
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        if (type != CellType.STRING) return null;
        String s = Normalizer.normalize(c.getStringCellValue(), Normalizer.Form.NFC).strip();
        return s.isEmpty() ? null : s;
    }

    static SourcePos pos(Path file, Sheet sheet, int row, int column) {
        return SourcePos.cell(file, sheet.getSheetName(), row + 1, column + 1);
    }
}
