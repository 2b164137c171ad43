package vn.rubric.workbench.exporters;

import vn.rubric.workbench.reports.SpreadsheetText;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.dsl.model.Criterion;
import vn.rubric.dsl.model.EvidenceField;
import vn.rubric.dsl.model.Item;
import vn.rubric.dsl.model.RatingClass;
import vn.rubric.dsl.model.Regulation;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.model.Section;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.dsl.score.Points;
import vn.rubric.workbench.Workbench;

/**
 * The blank scoring sheet (BẢNG CHẤM ĐIỂM) a unit fills: one row per item under its
 * criterion's group row (STT, nội dung tiêu chí, thang điểm, điểm, căn cứ), and beside each
 * item the evidence it is scored on: label, a cell to fill (with a drop-down list for
 * enumerations and yes/no, a range check for shares and counts), the allowed values, and
 * the field's key, by which the xlsx importer
 * reads a filled sheet back.
 *
 * <p>The sheet is an issued document: its texts are the Vietnamese bundle's whatever the
 * user's --lang, and its bytes are fixed (document dates and zip times), so one pack and
 * version always give the same checksum.
 */
public final class ScoringSheetWriter {

    /** Columns, 0-based. The importer reads {@link #VALUE} on every row whose {@link #KEY} names a field. */
    public static final int NO = 0, CONTENT = 1, MAX = 2, POINTS = 3, CITE = 4, EVIDENCE = 5, VALUE = 6, ALLOWED = 7, KEY = 8;
    /** The keys of the unit's own rows, as in the CSV and JSON data. */
    public static final String UNIT_ID = "unit_id", UNIT_NAME = "unit_name";

    private final Messages text = Messages.of(Workbench.CLI_BUNDLE, Messages.VIETNAMESE);

    private XSSFWorkbook wb;
    private SpreadsheetText.Cells cells;
    private Sheet sheet;
    private Sheet lists;
    private int listColumn;
    private CellStyle title, subtitle, header, group, body, number, groupNumber, fill, key, small;

    /** The .xlsx bytes of the pack's blank sheet. */
    public byte[] write(RulePack pack) throws IOException {
        Rubric rubric = pack.rubric();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            wb = workbook;
            cells = new SpreadsheetText.Cells(wb);
            styles();
            sheet = wb.createSheet(text.get("blank.xlsx.sheet"));
            lists = wb.createSheet(text.get("xlsx.lists"));
            listColumn = 0;
            int[] widths = {8, 70, 10, 10, 36, 48, 22, 34, 26};
            for (int c = 0; c < widths.length; c++) sheet.setColumnWidth(c, widths[c] * 256);

            Regulation reg = rubric.regulation();
            int r = 0;
            merged(r++, text.get("blank.xlsx.title"), title);
            String decision = reg.decision() == null ? reg.title() : reg.authority() == null ? reg.decision() : text.get("xlsx.regulation", reg.decision(), reg.authority());
            merged(r++, decision, subtitle);
            if (reg.decision() != null) merged(r++, reg.title(), subtitle);
            merged(r++, text.get("xlsx.pack", pack.id()), small);
            r++;
            r = fieldRow(r, text.get("xlsx.unit-id"), UNIT_ID, null, text.get("xlsx.allowed.unit-id"), null);
            r = fieldRow(r, text.get("xlsx.unit-name"), UNIT_NAME, null, text.get("xlsx.allowed.unit-name"), null);
            r++;
            int headerRow = r;
            Row h = sheet.createRow(r++);
            String[] heads = {text.get("sheet.no"), text.get("sheet.content"), text.get("sheet.max"), text.get("xlsx.points"),
                    text.get("xlsx.cite"), text.get("xlsx.evidence"), text.get("xlsx.value"), text.get("xlsx.allowed"), text.get("xlsx.key")};
            for (int c = 0; c < heads.length; c++) cell(h, c, heads[c], header);

            Map<String, List<String>> reads = pack.compiled().fieldsRead();
            Set<String> placed = new LinkedHashSet<>();
            for (Criterion c : rubric.criteria()) {
                r = groupRow(r, c.id(), c.title(), c.max(), c.cite());
                for (Item i : c.items()) r = itemRows(r, i, rubric, reads, placed);
            }
            for (Section s : List.of(Optional.ofNullable(rubric.bonus()), Optional.ofNullable(rubric.deductions())).stream().flatMap(Optional::stream).toList()) {
                String name = s.title() != null ? s.title() : text.get(s.kind() == Section.Kind.BONUS ? "sheet.bonus" : "sheet.deductions");
                r = groupRow(r, "", name, s.max(), null);
                for (Item i : s.items()) r = itemRows(r, i, rubric, reads, placed);
            }
            Row total = sheet.createRow(r++);
            cell(total, CONTENT, text.get("sheet.total"), group);
            numberCell(total, MAX, rubric.regulation().total(), groupNumber);
            for (int c : new int[] {NO, POINTS, CITE, EVIDENCE, VALUE, ALLOWED, KEY}) cell(total, c, "", group);

            // evidence no item reads (a bar of a rating class, or kept for later): still asked for, at the end
            List<EvidenceField> rest = rubric.evidence().values().stream().filter(f -> !placed.contains(f.name())).toList();
            if (!rest.isEmpty()) {
                r = groupRow(r, "", text.get("xlsx.other-evidence"), null, null);
                for (EvidenceField f : rest) r = evidenceRow(sheet.createRow(r), f) + 1;
            }
            r++;
            Row rh = sheet.createRow(r++);
            cell(rh, CONTENT, text.get("xlsx.rating"), group);
            for (RatingClass rc : rubric.rating()) {
                Row row = sheet.createRow(r++);
                cell(row, CONTENT, rc.isFallback() ? text.get("xlsx.rating.otherwise", rc.name())
                        : text.get("xlsx.rating.min", rc.name(), Points.format(PackJson.value(rc.min(), rubric))), body);
            }

            sheet.createFreezePane(0, headerRow + 1);
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
            sheet.getPrintSetup().setLandscape(true);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            wb.setSheetHidden(wb.getSheetIndex(lists), true);
            wb.setActiveSheet(0);

            // fixed document properties: POI would stamp the time of writing
            var core = wb.getProperties().getCoreProperties();
            Date fixed = Date.from(FixedZip.FIXED_TIME.toInstant(ZoneOffset.UTC));
            core.setCreated(Optional.of(fixed));
            core.setModified(Optional.of(fixed));
            core.setCreator("Rubric Workbench");
            core.setTitle(text.get("blank.xlsx.title") + " · " + pack.id());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            // and the zip entries' own times
            return FixedZip.write(FixedZip.read(out.toByteArray()));
        } finally {
            wb = null;
            cells = null;
            sheet = null;
            lists = null;
        }
    }

    private int groupRow(int r, String id, String name, Double max, String cite) {
        Row row = sheet.createRow(r);
        cell(row, NO, id, group);
        cell(row, CONTENT, name, group);
        if (max != null) numberCell(row, MAX, max, groupNumber);
        else cell(row, MAX, "", group);
        cell(row, POINTS, "", group);
        cell(row, CITE, cite == null ? "" : cite, group);
        for (int c : new int[] {EVIDENCE, VALUE, ALLOWED, KEY}) cell(row, c, "", group);
        return r + 1;
    }

    /** The item's row, with its first evidence field beside it; one more row per further field it reads first. */
    private int itemRows(int r, Item item, Rubric rubric, Map<String, List<String>> reads, Set<String> placed) {
        Row row = sheet.createRow(r);
        cell(row, NO, item.id(), body);
        cell(row, CONTENT, item.title(), body);
        numberCell(row, MAX, item.max(), number);
        cell(row, POINTS, "", fill);
        cell(row, CITE, item.cite() == null ? "" : item.cite(), body);
        List<EvidenceField> fields = new ArrayList<>();
        for (String name : reads.getOrDefault(item.id(), List.of())) {
            EvidenceField f = rubric.evidence().get(name);
            if (f != null && placed.add(name)) fields.add(f);
        }
        if (fields.isEmpty()) {
            for (int c : new int[] {EVIDENCE, VALUE, ALLOWED, KEY}) cell(row, c, "", body);
            return r + 1;
        }
        evidenceRow(row, fields.get(0));
        for (EvidenceField f : fields.subList(1, fields.size())) {
            Row more = sheet.createRow(++r);
            for (int c : new int[] {NO, CONTENT, MAX, POINTS, CITE}) cell(more, c, "", body);
            evidenceRow(more, f);
        }
        return r + 1;
    }

    /** Label, value cell with its check, allowed values and key of one field on {@code row}; returns the row index. */
    private int evidenceRow(Row row, EvidenceField f) {
        String allowed;
        DataValidationConstraint constraint;
        DataValidationHelper dv = sheet.getDataValidationHelper();
        switch (f.type()) {
            case BOOLEAN -> {
                allowed = text.get("xlsx.allowed.boolean", text.get("xlsx.yes"), text.get("xlsx.no"));
                constraint = dv.createExplicitListConstraint(new String[] {text.get("xlsx.yes"), text.get("xlsx.no")});
            }
            case ENUM -> {
                allowed = String.join("\n", f.values().values().stream().map(l -> "• " + l).toList());
                constraint = dv.createFormulaListConstraint(list(f));
            }
            case SHARE -> {
                allowed = text.get("xlsx.allowed.share");
                constraint = dv.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "1");
            }
            case COUNT -> {
                allowed = text.get("xlsx.allowed.count");
                constraint = dv.createIntegerConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
            }
            default -> {
                allowed = text.get("xlsx.allowed.number");
                constraint = null; // any number: nothing to check that Excel's own number entry does not
            }
        }
        if (f.defaultValue() != null) allowed += "\n" + text.get("xlsx.allowed.default", shown(f, f.defaultValue()));
        return fieldRow(row.getRowNum(), f.label(), f.name(), constraint, allowed, row);
    }

    private int fieldRow(int r, String label, String fieldKey, DataValidationConstraint constraint, String allowed, Row existing) {
        Row row = existing != null ? existing : sheet.createRow(r);
        CellStyle labelStyle = existing != null ? body : group;
        if (existing == null) for (int c : new int[] {NO, CONTENT, MAX, POINTS, CITE}) cell(row, c, "", null);
        cell(row, EVIDENCE, label, labelStyle);
        cell(row, VALUE, "", fill);
        cell(row, ALLOWED, allowed, small);
        cell(row, KEY, fieldKey, key);
        if (constraint != null) {
            DataValidation v = sheet.getDataValidationHelper().createValidation(constraint, new CellRangeAddressList(r, r, VALUE, VALUE));
            v.setErrorStyle(DataValidation.ErrorStyle.STOP);
            v.createErrorBox(text.get("xlsx.invalid"), allowed.length() > 255 ? allowed.substring(0, 255) : allowed);
            v.setShowErrorBox(true);
            v.setSuppressDropDownArrow(true);
            sheet.addValidationData(v);
        }
        return r + 1;
    }

    /** The hidden list sheet's range holding an enumeration's labels, for a drop-down. */
    private String list(EvidenceField f) {
        int col = listColumn++;
        int r = 0;
        Row head = lists.getRow(r) != null ? lists.getRow(r) : lists.createRow(r);
        cells.text(head.createCell(col), f.name(), null);
        for (String label : f.values().values()) {
            r++;
            Row row = lists.getRow(r) != null ? lists.getRow(r) : lists.createRow(r);
            cells.text(row.createCell(col), label, null);
        }
        String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(col);
        return "'" + lists.getSheetName() + "'!$" + letter + "$2:$" + letter + "$" + (r + 1);
    }

    private String shown(EvidenceField f, Object value) {
        return switch (f.type()) {
            case BOOLEAN -> text.get(Boolean.TRUE.equals(value) ? "xlsx.yes" : "xlsx.no");
            case ENUM -> f.values().getOrDefault(String.valueOf(value), String.valueOf(value));
            default -> value instanceof Number n ? Points.format(n.doubleValue()) : String.valueOf(value);
        };
    }

    private void merged(int r, String value, CellStyle style) {
        Row row = sheet.createRow(r);
        cell(row, NO, value, style);
        sheet.addMergedRegion(new CellRangeAddress(r, r, NO, KEY));
    }

    private void cell(Row row, int c, String value, CellStyle style) {
        cells.text(row.createCell(c), value, style);
    }

    private static void numberCell(Row row, int c, double value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private void styles() {
        Font bold = wb.createFont();
        bold.setBold(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        Font grey = wb.createFont();
        grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        grey.setFontHeightInPoints((short) 9);

        title = wb.createCellStyle();
        title.setFont(big);
        title.setAlignment(HorizontalAlignment.CENTER);
        subtitle = wb.createCellStyle();
        subtitle.setFont(bold);
        subtitle.setAlignment(HorizontalAlignment.CENTER);
        subtitle.setWrapText(true);
        small = bordered();
        small.setFont(grey);
        small.setWrapText(true);
        header = bordered();
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        group = bordered();
        group.setFont(bold);
        group.setWrapText(true);
        group.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        group.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        groupNumber = bordered();
        groupNumber.cloneStyleFrom(group);
        groupNumber.setAlignment(HorizontalAlignment.CENTER);
        body = bordered();
        body.setWrapText(true);
        number = bordered();
        number.setAlignment(HorizontalAlignment.CENTER);
        fill = bordered();
        fill.setLocked(false);
        fill.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        fill.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        key = bordered();
        key.setFont(grey);
    }

    private CellStyle bordered() {
        CellStyle s = wb.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }
}
