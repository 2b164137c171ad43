package vn.rubric.workbench.importers;

import vn.rubric.workbench.platform.Importer;
import vn.rubric.workbench.data.RawTable;
import vn.rubric.workbench.data.RawUnit;
import vn.rubric.workbench.data.UnitColumns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.source.SourcePos;

/**
 * Reads units from the first sheet of an Excel workbook (.xlsx, and the older .xls). The
 * header is the first row that has a unit_id cell, so a title row or two above the table is
 * fine. Cells are read as Excel holds them: text, number or yes/no; a formula by its last
 * computed value. Positions are spreadsheet cells: {@code units.xlsx!Sheet1!D37}.
 */
public final class XlsxImporter implements Importer {

    /** How far down the header row is looked for. */
    private static final int HEADER_SEARCH_ROWS = 20;

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public List<String> extensions() {
        return List.of("xlsx", "xls");
    }

    @Override
    public RawTable readTable(Path file, Diagnostics diagnostics) {
        try {
            if (Files.size(file) == 0) {
                diagnostics.add(Diagnostic.error("E-DATA-EMPTY-FILE", SourcePos.of(file)));
                return null;
            }
        } catch (NoSuchFileException e) {
            diagnostics.add(Diagnostic.error("E-FILE-MISSING", SourcePos.of(file), file));
            return null;
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("E-FILE-UNREADABLE", SourcePos.of(file), file, e.getMessage()));
            return null;
        }
        Workbook workbook;
        try {
            workbook = WorkbookFactory.create(file.toFile(), null, true);
        } catch (EncryptedDocumentException e) {
            diagnostics.add(Diagnostic.error("E-DATA-XLSX-PASSWORD", SourcePos.of(file)));
            return null;
        } catch (IOException | RuntimeException e) {
            // POI says "not an OOXML file", "unsupported file type", or finds a broken zip, in many ways
            diagnostics.add(Diagnostic.error("E-DATA-NOT-XLSX", SourcePos.of(file), file.getFileName()));
            return null;
        }
        try (workbook) {
            if (workbook.getNumberOfSheets() == 0) {
                diagnostics.add(Diagnostic.error("E-DATA-EMPTY-FILE", SourcePos.of(file)));
                return null;
            }
            // a workbook of filled scoring sheets (rubric export's layout) reads one unit per sheet
            if (ScoringSheetReader.holdsScoringSheets(workbook)) return ScoringSheetReader.read(file, workbook, diagnostics);
            return read(file, workbook.getSheetAt(0), diagnostics);
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("E-FILE-UNREADABLE", SourcePos.of(file), file, e.getMessage()));
            return null;
        }
    }

    private RawTable read(Path file, Sheet sheet, Diagnostics diagnostics) {
        String name = sheet.getSheetName();
        int headerRow = headerRow(sheet);
        if (headerRow < 0) {
            diagnostics.add(Diagnostic.error("E-DATA-EMPTY-FILE", SourcePos.cell(file, name, 0, 0)));
            return null;
        }
        DataFormatter formatter = new DataFormatter();
        List<RawUnit.Cell> header = cells(file, name, sheet.getRow(headerRow), -1, formatter, diagnostics);
        List<RawTable.Row> rows = new ArrayList<>();
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) continue;
            List<RawUnit.Cell> cells = cells(file, name, row, header.size(), formatter, diagnostics);
            if (cells.stream().allMatch(c -> c.text() == null)) continue; // a formatted but empty row
            rows.add(new RawTable.Row(SourcePos.cell(file, name, r + 1, 0), cells));
        }
        return RawTable.of(file, SourcePos.cell(file, name, headerRow + 1, 0), header, rows, diagnostics);
    }

    /** The 0-based index of the first row with a unit_id cell, else of the first row with anything; -1 for an empty sheet. */
    private static int headerRow(Sheet sheet) {
        int firstFilled = -1;
        for (int r = Math.max(0, sheet.getFirstRowNum()); r <= sheet.getLastRowNum() && r < HEADER_SEARCH_ROWS; r++) {
            Row row = sheet.getRow(r);
            if (row == null) continue;
            for (Cell c : row) {
                if (c.getCellType() != CellType.STRING) continue;
                String text = c.getStringCellValue().strip();
                if (text.equals(UnitColumns.ID)) return r;
                if (!text.isEmpty() && firstFilled < 0) firstFilled = r;
            }
        }
        return firstFilled;
    }

    /**
     * The row's cells from column A, as many as {@code width} (the header's), or up to its
     * last cell when {@code width} is -1. A cell holding an Excel error (#DIV/0!) is
     * reported and read as empty.
     */
    private static List<RawUnit.Cell> cells(Path file, String sheet, Row row, int width, DataFormatter formatter, Diagnostics diagnostics) {
        int last = width >= 0 ? Math.max(width, row.getLastCellNum()) : row.getLastCellNum();
        List<RawUnit.Cell> cells = new ArrayList<>();
        for (int c = 0; c < last; c++) {
            Cell cell = row.getCell(c);
            SourcePos pos = SourcePos.cell(file, sheet, row.getRowNum() + 1, c + 1);
            Object value = null;
            if (cell != null) {
                CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
                value = switch (type) {
                    case STRING -> Normalizer.normalize(cell.getStringCellValue(), Normalizer.Form.NFC);
                    case BOOLEAN -> cell.getBooleanCellValue();
                    // a date is text as the sheet shows it: no column of ours is a date, and the message should show what the user sees
                    case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                            ? formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString())
                            : (Object) cell.getNumericCellValue();
                    case ERROR -> {
                        diagnostics.add(Diagnostic.error("E-DATA-CELL-ERROR", pos, FormulaError.forInt(cell.getErrorCellValue()).getString()));
                        yield null;
                    }
                    default -> null;
                };
            }
            cells.add(new RawUnit.Cell(value, pos));
        }
        return cells;
    }
}
