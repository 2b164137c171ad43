package vn.rubric.workbench.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.source.InputLimit;
import vn.rubric.dsl.source.InputText;
import vn.rubric.dsl.source.SourcePos;
import vn.rubric.dsl.util.Nfc;
import vn.rubric.workbench.workspace.Outcome;

/**
 * Reads a regulation's scoring table from a Word (.docx) or Excel (.xlsx) file: the first table
 * (or sheet) whose header names the number (STT), the content and the maximum points. Rows are
 * told apart by their number: "1" (or "I") a criterion, "1.1" an item, an empty number (or "-",
 * "a)", "1.1.1") a tier of the item above; "Tổng" ends the table. A table of rating classes
 * (class, points, bars), as the appendix prints it, is read too. A row it cannot read is an input
 * error at its table, row and cell, and nothing is read.
 */
public final class SheetReader {

    private static final Pattern CRITERION = Pattern.compile("(\\d+)\\.?");
    private static final Pattern ROMAN = Pattern.compile("([IVXL]+)\\.?");
    private static final Pattern ITEM = Pattern.compile("(\\d+\\.\\d+)\\.?");
    private static final Pattern TIER = Pattern.compile("|[-+–•]|[a-zđ]\\)|\\d+\\.\\d+\\.\\d+\\.?");
    private static final Pattern NUMBER = Pattern.compile("(\\d+(?:[.,]\\d+)?)");
    /** The sheet's remark "(Chấm 1 trong 3 tiêu chí sau)" under an item: it says the item has tiers, it is not its title. */
    private static final Pattern PICK_ONE_REMARK = Pattern.compile("\\(\\s*(chấm\\s+1\\s+trong|score\\s+1\\s+of).*\\)\\s*", Pattern.CASE_INSENSITIVE);

    private SheetReader() {}

    /** A table as cells of text: each knows whether it is merged with its neighbours. */
    private record Grid(String name, List<List<GridCell>> rows, String before) {}

    private record GridCell(String text, boolean merged) {}

    public static Outcome<ScoringTable> read(Path file) {
        if (!Files.isRegularFile(file)) return Outcome.failed(Outcome.Failure.INPUT, Diagnostic.error("E-FILE-MISSING", SourcePos.of(file), file));
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean docx = name.endsWith(".docx");
        if (!docx && !name.endsWith(".xlsx")) return Outcome.failed(Outcome.Failure.INPUT, Diagnostic.error("E-SHEET-FORMAT", SourcePos.of(file), file.getFileName()));
        List<Grid> grids;
        try {
            long size = Files.size(file);
            if (size == 0) return Outcome.failed(Outcome.Failure.INPUT, Diagnostic.error("E-SHEET-EMPTY-FILE", SourcePos.of(file)));
            // bounded as a data file is (POI itself refuses entries that inflate past its ratio)
            if (size > InputLimit.DATA.bytes()) return Outcome.failed(Outcome.Failure.INPUT, InputText.tooLarge(file, InputLimit.DATA, size));
            grids = docx ? docxGrids(file) : xlsxGrids(file);
        } catch (IOException | RuntimeException e) {
            // POI says "not a zip", "no valid entries", "not an OOXML file" in many ways: the user needs to know it is not a sheet it can read
            return Outcome.failed(Outcome.Failure.INPUT, Diagnostic.error("E-SHEET-UNREADABLE", SourcePos.of(file), file.getFileName(),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("")));
        }
        for (Grid g : grids) {
            Header h = header(g);
            if (h == null) continue;
            Diagnostics problems = new Diagnostics();
            List<ScoringTable.Criterion> criteria = new ArrayList<>();
            Double total = parse(file, g, h, criteria, problems);
            if (problems.hasErrors()) return Outcome.failed(Outcome.Failure.INPUT, problems);
            if (criteria.isEmpty()) {
                return Outcome.failed(Outcome.Failure.INPUT, Diagnostic.error("E-SHEET-NO-CRITERIA", SourcePos.cell(file, g.name(), h.row + 1, 0)));
            }
            List<ScoringTable.RatingClass> rating = new ArrayList<>();
            for (Grid r : grids) {
                if (r != g && rating.isEmpty()) rating(file, r, rating);
            }
            String title = g.before().isBlank() ? file.getFileName().toString() : g.before();
            return Outcome.ok(new ScoringTable(title, List.copyOf(criteria), total, List.copyOf(rating)), problems);
        }
        return Outcome.failed(Outcome.Failure.INPUT, Diagnostic.error(grids.isEmpty() ? "E-SHEET-NO-TABLE" : "E-SHEET-NO-HEADER", SourcePos.of(file),
                file.getFileName(), grids.size()));
    }

    /** Where the columns are, and the header's row (0-based). */
    private record Header(int row, int no, int content, int max) {}

    private static Header header(Grid g) {
        for (int r = 0; r < Math.min(g.rows().size(), 12); r++) {
            int no = -1, content = -1, max = -1;
            List<GridCell> cells = g.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                String t = norm(cells.get(c).text());
                if (no < 0 && (t.equals("stt") || t.equals("tt") || t.equals("số tt") || t.equals("no.") || t.equals("no"))) no = c;
                else if (max < 0 && (t.contains("tối đa") || t.contains("thang điểm") || t.contains("điểm chuẩn") || t.contains("maximum") || t.equals("điểm") || t.equals("số điểm"))) max = c;
                else if (content < 0 && (t.contains("nội dung") || t.contains("tiêu chí") || t.contains("criteri") || t.contains("content"))) content = c;
            }
            if (no >= 0 && content >= 0 && max >= 0) return new Header(r, no, content, max);
        }
        return null;
    }

    /** Reads the rows under the header into criteria; gives the total row's points (null when there is none). */
    private static Double parse(Path file, Grid g, Header h, List<ScoringTable.Criterion> criteria, Diagnostics problems) {
        List<ScoringTable.Item> items = null;
        List<ScoringTable.Tier> tiers = null;
        String cid = null, ctitle = null;
        double cmax = 0;
        SourcePos cat = null;
        String iid = null, ititle = null;
        double imax = 0;
        SourcePos iat = null;
        Double total = null;
        int widest = Math.max(h.no, Math.max(h.content, h.max));
        for (int r = h.row + 1; r < g.rows().size(); r++) {
            List<GridCell> cells = g.rows().get(r);
            if (cells.stream().allMatch(c -> c.text().isBlank() && !c.merged())) continue;
            int row = r + 1;
            // the total row ends the table; provinces often merge its first cells, which is no harm there
            String first = cells.stream().map(c -> norm(c.text())).filter(t -> !t.isEmpty()).findFirst().orElse("");
            if ((first.startsWith("tổng") || first.startsWith("total"))) {
                Double last = null;
                for (int c = cells.size() - 1; c >= 0 && last == null; c--) {
                    if (!norm(cells.get(c).text()).startsWith("tổng") && !norm(cells.get(c).text()).startsWith("total")) last = number(cells.get(c).text());
                }
                total = h.max < cells.size() && number(cells.get(h.max).text()) != null ? number(cells.get(h.max).text()) : last;
                break;
            }
            if (cells.size() <= widest) {
                problems.add(Diagnostic.error("E-SHEET-CELLS", SourcePos.cell(file, g.name(), row, cells.size() + 1), cells.size(), widest + 1));
                return null;
            }
            for (int c = 0; c <= widest; c++) {
                if (cells.get(c).merged() && (c == h.no || c == h.content || c == h.max)) {
                    problems.add(Diagnostic.error("E-SHEET-MERGED", SourcePos.cell(file, g.name(), row, c + 1)));
                    return null;
                }
            }
            String no = cells.get(h.no).text().strip();
            String content = content(cells.get(h.content).text());
            String points = cells.get(h.max).text().strip();
            // a row with nothing in the number, content and points columns carries other columns only
            // (a second evidence line of an item, as the workbench's own blank scoring sheet writes it)
            if (no.isEmpty() && content.isEmpty() && points.isEmpty()) continue;
            SourcePos at = SourcePos.cell(file, g.name(), row, h.content + 1), pointsAt = SourcePos.cell(file, g.name(), row, h.max + 1);
            Matcher m;
            if ((m = ITEM.matcher(no)).matches()) {
                if (cid == null) {
                    problems.add(Diagnostic.error("E-SHEET-ORPHAN", SourcePos.cell(file, g.name(), row, h.no + 1), no));
                    return null;
                }
                if (iid != null) items.add(new ScoringTable.Item(iid, ititle, imax, List.copyOf(tiers), iat));
                Double max = points(points, pointsAt, problems);
                if (max == null) return null;
                iid = m.group(1);
                ititle = content;
                imax = max;
                iat = at;
                tiers = new ArrayList<>();
            } else if ((m = CRITERION.matcher(no)).matches() || (m = ROMAN.matcher(no)).matches()) {
                if (cid != null) criteria.add(criterion(cid, ctitle, cmax, items, iid, ititle, imax, tiers, cat, iat));
                Double max = points(points, pointsAt, problems);
                if (max == null) return null;
                cid = Character.isDigit(m.group(1).charAt(0)) ? m.group(1) : String.valueOf(roman(m.group(1)));
                ctitle = content;
                cmax = max;
                cat = at;
                items = new ArrayList<>();
                iid = null;
            } else if (TIER.matcher(no).matches()) {
                if (iid == null) {
                    problems.add(Diagnostic.error("E-SHEET-ORPHAN", SourcePos.cell(file, g.name(), row, h.no + 1), no.isEmpty() ? content : no));
                    return null;
                }
                Double p = points(points, pointsAt, problems);
                if (p == null) return null;
                tiers.add(new ScoringTable.Tier(content.replaceFirst("^[-+–•]\\s*", ""), p, at));
            } else {
                problems.add(Diagnostic.error("E-SHEET-ROW", SourcePos.cell(file, g.name(), row, h.no + 1), no));
                return null;
            }
        }
        if (cid != null) criteria.add(criterion(cid, ctitle, cmax, items, iid, ititle, imax, tiers, cat, iat));
        return total;
    }

    /** The criterion with its last item; a criterion the sheet gives no items is scored as one item of its own. */
    private static ScoringTable.Criterion criterion(String id, String title, double max, List<ScoringTable.Item> items,
                                                    String iid, String ititle, double imax, List<ScoringTable.Tier> tiers, SourcePos at, SourcePos iat) {
        List<ScoringTable.Item> all = new ArrayList<>(items);
        if (iid != null) all.add(new ScoringTable.Item(iid, ititle, imax, List.copyOf(tiers), iat));
        if (all.isEmpty()) all.add(new ScoringTable.Item(id + ".1", title, max, List.of(), at));
        return new ScoringTable.Criterion(id, title, max, List.copyOf(all), at);
    }

    /** The rating classes, from a table whose header names the class and the points (as the appendix prints them). */
    private static void rating(Path file, Grid g, List<ScoringTable.RatingClass> out) {
        if (g.rows().isEmpty()) return;
        List<GridCell> head = g.rows().get(0);
        int name = -1, points = -1, bars = -1;
        for (int c = 0; c < head.size(); c++) {
            String t = norm(head.get(c).text());
            if (name < 0 && (t.equals("xếp loại") || t.equals("class"))) name = c;
            else if (points < 0 && (t.contains("điểm") || t.contains("points"))) points = c;
            else if (bars < 0 && (t.contains("không được") || t.contains("not given"))) bars = c;
        }
        if (name < 0 || points < 0) return;
        for (int r = 1; r < g.rows().size(); r++) {
            List<GridCell> cells = g.rows().get(r);
            if (cells.size() <= Math.max(name, points) || cells.get(name).text().isBlank()) continue;
            String p = norm(cells.get(points).text());
            boolean rest = p.startsWith("dưới") || p.startsWith("under") || p.startsWith("các trường hợp") || p.startsWith("every other");
            Double min = rest ? null : number(p);
            List<String> because = new ArrayList<>();
            if (bars >= 0 && bars < cells.size()) {
                for (String line : cells.get(bars).text().split("\n")) {
                    String b = line.strip().replaceFirst("^[-+–•]\\s*", "");
                    if (!b.isEmpty()) because.add(b);
                }
            }
            out.add(new ScoringTable.RatingClass(cells.get(name).text().strip(), min, List.copyOf(because), SourcePos.cell(file, g.name(), r + 1, name + 1)));
        }
    }

    private static Double points(String text, SourcePos at, Diagnostics problems) {
        Double v = number(text);
        if (v == null) problems.add(Diagnostic.error("E-SHEET-POINTS", at, text));
        return v;
    }

    /** The first number in a cell, with a decimal comma or point: "0,25", "7 điểm", "Từ 90 điểm trở lên". */
    static Double number(String text) {
        Matcher m = NUMBER.matcher(text == null ? "" : text);
        return m.find() ? Double.valueOf(m.group(1).replace(',', '.')) : null;
    }

    /** A cell's text on one line, without the "chấm 1 trong" remark. */
    private static String content(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!PICK_ONE_REMARK.matcher(line.strip()).matches() && !line.isBlank()) lines.add(line.strip());
        }
        return String.join(" ", lines).replaceAll("\\s+", " ").strip();
    }

    private static String norm(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.forLanguageTag("vi")).replaceAll("\\s+", " ").strip();
    }

    private static int roman(String s) {
        int total = 0, last = 0;
        for (int k = s.length() - 1; k >= 0; k--) {
            int v = switch (s.charAt(k)) { case 'I' -> 1; case 'V' -> 5; case 'X' -> 10; default -> 50; };
            total += v < last ? -v : v;
            last = Math.max(last, v);
        }
        return total;
    }

    // ---- Word and Excel as grids ----------------------------------------------------------

    private static List<Grid> docxGrids(Path file) throws IOException {
        List<Grid> grids = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            StringBuilder before = new StringBuilder();
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    if (!p.getText().isBlank()) before.append(before.length() == 0 ? "" : " ").append(p.getText().strip());
                } else if (e instanceof XWPFTable t) {
                    List<List<GridCell>> rows = new ArrayList<>();
                    for (XWPFTableRow row : t.getRows()) {
                        List<GridCell> cells = new ArrayList<>();
                        for (XWPFTableCell c : row.getTableCells()) {
                            CTTcPr pr = c.getCTTc().getTcPr();
                            int span = pr != null && pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
                            boolean merged = span > 1 || (pr != null && pr.isSetVMerge()) || (pr != null && pr.isSetHMerge());
                            String text = String.join("\n", c.getParagraphs().stream().map(XWPFParagraph::getText).toList());
                            cells.add(new GridCell(Nfc.of(text), merged));
                            // a cell spanning columns stands for each of them, so the columns after it stay in place
                            for (int k = 1; k < span; k++) cells.add(new GridCell("", true));
                        }
                        rows.add(cells);
                    }
                    grids.add(new Grid("bảng " + (grids.size() + 1), rows, Nfc.of(before.toString())));
                    before.setLength(0);
                }
            }
        }
        return grids;
    }

    private static List<Grid> xlsxGrids(Path file) throws IOException {
        List<Grid> grids = new ArrayList<>();
        DataFormatter format = new DataFormatter(Locale.ROOT);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                List<CellRangeAddress> merged = sheet.getMergedRegions();
                List<List<GridCell>> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<GridCell> cells = new ArrayList<>();
                    int last = row == null ? 0 : Math.max(0, row.getLastCellNum());
                    for (int c = 0; c < last; c++) {
                        Cell cell = row.getCell(c);
                        String text = cell == null ? "" : format.formatCellValue(cell);
                        final int rr = r, cc = c;
                        cells.add(new GridCell(Nfc.of(text), merged.stream().anyMatch(m -> m.isInRange(rr, cc))));
                    }
                    rows.add(cells);
                }
                // a row's empty cells at its end are not stored: every row is as wide as the widest
                int width = rows.stream().mapToInt(List::size).max().orElse(0);
                for (List<GridCell> row : rows) while (row.size() < width) row.add(new GridCell("", false));
                grids.add(new Grid(sheet.getSheetName(), rows, ""));
            }
        }
        return grids;
    }

}
