package vn.rubric.workbench.importers;

import vn.rubric.workbench.data.RawTable;
import vn.rubric.workbench.data.RawUnit;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.source.SourcePos;
import vn.rubric.workbench.exporters.ScoringSheetWriter;

/**
 * Reads filled scoring sheets (the .xlsx that {@code rubric export} writes) back as raw
 * units, for {@link XlsxImporter} when a workbook holds them rather than a table.
 * Every visible sheet with a {@code unit_id} row is one unit, so units can send their own
 * workbook, or a collector can gather many copies of the sheet into one workbook. On each
 * row the key column names the field and the value column holds what the unit filled in;
 * an enumeration may be given by its label (the drop-down) or by its key (typing accepts both).
 *
 * <p>A position names the cell as a spreadsheet user finds it:
 * {@code units.xlsx!Bảng chấm điểm!G27} (file, sheet, cell), carried as the file part of a
 * {@link SourcePos} with no line.
 */
final class ScoringSheetReader {

    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private ScoringSheetReader() {}

    /** Whether the workbook holds scoring sheets: some visible sheet has a unit_id row in the key column. */
    static boolean holdsScoringSheets(Workbook wb) {
        for (int s = 0; s < wb.getNumberOfSheets(); s++) {
            if (wb.isSheetHidden(s) || wb.isSheetVeryHidden(s)) continue;
            for (Row row : wb.getSheetAt(s)) {
                Cell key = row.getCell(ScoringSheetWriter.KEY);
                if (key != null && key.getCellType() == CellType.STRING && key.getStringCellValue().strip().equals(ScoringSheetWriter.UNIT_ID)) return true;
            }
        }
        return false;
    }

    /** One raw unit per scoring sheet; the columns are the field keys met, where first met. Typing does the rest. */
    static RawTable read(Path file, Workbook wb, Diagnostics diagnostics) {
        List<RawUnit> raws = new ArrayList<>();
        Map<String, SourcePos> names = new LinkedHashMap<>();
        for (int s = 0; s < wb.getNumberOfSheets(); s++) {
            if (wb.isSheetHidden(s) || wb.isSheetVeryHidden(s)) continue;
            RawUnit unit = unit(file, wb.getSheetAt(s), names, diagnostics);
            if (unit != null) raws.add(unit);
        }
        List<RawTable.Column> columns = new ArrayList<>();
        names.forEach((name, pos) -> columns.add(new RawTable.Column(name, pos)));
        return new RawTable(file, SourcePos.of(file), List.copyOf(columns), List.copyOf(raws));
    }

    /** The unit on one sheet, or null when the sheet is not a scoring sheet (no unit_id row). */
    private static RawUnit unit(Path file, Sheet sheet, Map<String, SourcePos> names, Diagnostics diagnostics) {
        Map<String, RawUnit.Cell> values = new LinkedHashMap<>();
        Map<String, SourcePos> keys = new java.util.HashMap<>();
        for (Row row : sheet) {
            Cell keyCell = row.getCell(ScoringSheetWriter.KEY);
            if (keyCell == null || keyCell.getCellType() != CellType.STRING) continue;
            String key = keyCell.getStringCellValue().strip();
            // the header ("Mã trường") and notes are not keys; field names are identifiers
            if (!KEY.matcher(key).matches()) continue;
            SourcePos keyPos = pos(file, sheet, row.getRowNum(), ScoringSheetWriter.KEY);
            SourcePos first = keys.putIfAbsent(key, keyPos);
            if (first != null) {
                diagnostics.add(Diagnostic.error("E-XLSX-DUPLICATE-FIELD", keyPos, key, first));
                continue;
            }
            SourcePos valuePos = pos(file, sheet, row.getRowNum(), ScoringSheetWriter.VALUE);
            Object value = value(row.getCell(ScoringSheetWriter.VALUE), valuePos, diagnostics);
            values.put(key, new RawUnit.Cell(value, valuePos));
        }
        if (!keys.containsKey(ScoringSheetWriter.UNIT_ID)) return null;
        keys.forEach(names::putIfAbsent);
        RawUnit.Cell id = values.remove(ScoringSheetWriter.UNIT_ID);
        RawUnit.Cell name = values.remove(ScoringSheetWriter.UNIT_NAME);
        names.remove(ScoringSheetWriter.UNIT_ID);
        names.remove(ScoringSheetWriter.UNIT_NAME);
        return new RawUnit(id, name, values, SourcePos.of(Path.of(file + "!" + sheet.getSheetName())));
    }

    /** A cell's value as the importers' raw value: text (NFC), a number, a boolean, or null when empty. */
    private static Object value(Cell cell, SourcePos pos, Diagnostics diagnostics) {
        if (cell == null) return null;
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case STRING -> {
                String s = Normalizer.normalize(cell.getStringCellValue(), Normalizer.Form.NFC).strip();
                return s.isEmpty() ? null : s;
            }
            case NUMERIC -> { return cell.getNumericCellValue(); }
            case BOOLEAN -> { return cell.getBooleanCellValue(); }
            case ERROR -> {
                diagnostics.add(Diagnostic.error("E-XLSX-CELL-ERROR", pos, org.apache.poi.ss.usermodel.FormulaError.forInt(cell.getErrorCellValue()).getString()));
                return null;
            }
            default -> { return null; }
        }
    }

    static SourcePos pos(Path file, Sheet sheet, int row, int column) {
        return SourcePos.of(Path.of(file + "!" + sheet.getSheetName() + "!" + new CellReference(row, column).formatAsString()));
    }
}
