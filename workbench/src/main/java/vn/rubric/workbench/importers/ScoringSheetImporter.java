package vn.rubric.workbench.importers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.model.EvidenceField;
import vn.rubric.dsl.model.FieldType;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.source.SourcePos;
import vn.rubric.workbench.exporters.ScoringSheetWriter;

/**
 * Reads filled scoring sheets (the .xlsx that {@code rubric export} writes) back as units.
 * Every visible sheet with a {@code unit_id} row is one unit, so units can send their own
 * workbook, or a collector can gather many copies of the sheet into one workbook. On each
 * row the key column names the field and the value column holds what the unit filled in;
 * an enumeration may be given by its label (the drop-down) or by its key.
 *
 * <p>A position names the cell as a spreadsheet user finds it:
 * {@code units.xlsx!Bảng chấm điểm!G27} (file, sheet, cell), carried as the file part of a
 * {@link SourcePos} with no line.
 */
public final class ScoringSheetImporter implements Importer {

    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public List<String> extensions() {
        return List.of("xlsx");
    }

    @Override
    public ImportResult read(Path file, Rubric rubric) {
        Diagnostics diagnostics = new Diagnostics();
        if (!Files.isRegularFile(file)) {
            diagnostics.add(Diagnostic.error("E-FILE-MISSING", SourcePos.of(file), file));
            return new ImportResult(List.of(), diagnostics);
        }
        List<RawUnit> raws = new ArrayList<>();
        Map<String, SourcePos> names = new LinkedHashMap<>();
        // read-only: a filled sheet is never written back
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                if (wb.isSheetHidden(s) || wb.isSheetVeryHidden(s)) continue;
                RawUnit unit = unit(file, wb.getSheetAt(s), rubric, names, diagnostics);
                if (unit != null) raws.add(unit);
            }
        } catch (IOException | RuntimeException e) {
            // POI says "not OOXML", "zero-length", "invalid zip" through several exception types
            diagnostics.add(Diagnostic.error("E-XLSX-UNREADABLE", SourcePos.of(file), file, String.valueOf(e.getMessage()).strip()));
            return new ImportResult(List.of(), diagnostics);
        }
        if (raws.isEmpty() && !diagnostics.hasErrors()) {
            diagnostics.add(Diagnostic.error("E-XLSX-NO-SHEET", SourcePos.of(file), file,
                    CellReference.convertNumToColString(ScoringSheetWriter.KEY), ScoringSheetWriter.UNIT_ID));
        }
        RawUnit.checkNames(names, rubric, diagnostics);
        if (diagnostics.hasErrors()) return new ImportResult(List.of(), diagnostics);
        return new ImportResult(RawUnit.toUnits(withoutDuplicates(raws, diagnostics), rubric, diagnostics), diagnostics);
    }

    /** The unit on one sheet, or null when the sheet is not a scoring sheet (no unit_id row). */
    private RawUnit unit(Path file, Sheet sheet, Rubric rubric, Map<String, SourcePos> names, Diagnostics diagnostics) {
        Map<String, RawUnit.Cell> values = new LinkedHashMap<>();
        Map<String, SourcePos> keys = new HashMap<>();
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
            values.put(key, new RawUnit.Cell(byLabel(rubric.evidence().get(key), value), valuePos));
        }
        if (!keys.containsKey(ScoringSheetWriter.UNIT_ID)) return null;
        keys.forEach(names::putIfAbsent);
        RawUnit.Cell id = values.remove(ScoringSheetWriter.UNIT_ID);
        RawUnit.Cell name = values.remove(ScoringSheetWriter.UNIT_NAME);
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

    /** The drop-down shows an enumeration's labels; the rules read its keys. */
    private static Object byLabel(EvidenceField f, Object value) {
        if (f == null || f.type() != FieldType.ENUM || !(value instanceof String text)) return value;
        for (Map.Entry<String, String> v : f.values().entrySet()) {
            if (Normalizer.normalize(v.getValue(), Normalizer.Form.NFC).strip().equals(text)) return v.getKey();
        }
        return value;
    }

    /** Drops a second sheet with a unit id already seen, naming both sheets' cells. */
    private static List<RawUnit> withoutDuplicates(List<RawUnit> raws, Diagnostics diagnostics) {
        Map<String, SourcePos> seen = new HashMap<>();
        List<RawUnit> out = new ArrayList<>();
        for (RawUnit r : raws) {
            String id = r.id() == null || r.id().value() == null ? "" : r.id().value().toString().strip();
            SourcePos first = id.isEmpty() ? null : seen.putIfAbsent(id, r.id().pos());
            if (first != null) diagnostics.add(Diagnostic.error("E-XLSX-DUPLICATE-UNIT", r.id().pos(), id, first));
            else out.add(r);
        }
        return out;
    }

    static SourcePos pos(Path file, Sheet sheet, int row, int column) {
        return SourcePos.of(Path.of(file + "!" + sheet.getSheetName() + "!" + new CellReference(row, column).formatAsString()));
    }
}
