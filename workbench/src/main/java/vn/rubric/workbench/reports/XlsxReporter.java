package vn.rubric.workbench.reports;

import vn.rubric.workbench.platform.Reporter;
import vn.rubric.workbench.platform.Report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.rubric.dsl.change.RegulationChange;
import vn.rubric.dsl.change.WordDiff;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.dsl.model.Criterion;
import vn.rubric.dsl.model.Item;
import vn.rubric.dsl.model.Regulation;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.model.Section;
import vn.rubric.dsl.score.ScoreSheet;
import vn.rubric.workbench.simulate.Comparison;
import vn.rubric.workbench.simulate.Histogram;
import vn.rubric.workbench.simulate.MissingEvidence;
import vn.rubric.workbench.simulate.Stats;
import vn.rubric.workbench.simulate.Summary;
import vn.rubric.workbench.simulate.Sweep;

/**
 * An Excel workbook (opens in LibreOffice too): a summary sheet and, for score sheets and
 * simulations, one sheet per unit laid out as the regulation's BẢNG CHẤM ĐIỂM (STT, nội
 * dung tiêu chí, thang điểm, điểm, căn cứ), with the rule that fired and the evidence it
 * read beside each item. Points are numbers, not text. The same report gives the same bytes.
 */
public final class XlsxReporter implements Reporter {

    /**
     * Beyond this many units the per-unit sheets stop (a workbook of 100,000 sheets helps
     * no one); the units sheet still lists every unit, and the summary says so.
     */
    static final int MAX_UNIT_SHEETS = 1000;

    /** The height of one line of the default font (Calibri 11), in points. */
    private static final float LINE_POINTS = 15f;

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public boolean writes(Class<? extends Report> kind) {
        return kind != null;
    }

    @Override
    public Optional<String> fileExtension() {
        return Optional.of("xlsx");
    }

    @Override
    public void write(Report report, Messages text, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Book book = new Book(wb, Styles.of(wb), text, TextLayout.points(text.locale()), new SheetNames(), new SpreadsheetText.Cells(wb));
            String title;
            if (report instanceof Report.Simulation s) {
                title = text.get("report.simulation.title") + ": " + HtmlReporter.regulationName(s.rubric());
                book.simulation(s, title);
            } else if (report instanceof Report.Diff d) {
                title = text.get("report.diff.title") + ": " + d.base().regulation().id() + " → " + d.draft().regulation().id();
                book.diff(d, title);
            } else if (report instanceof Report.SweepRun s) {
                title = text.get("report.sweep.title") + ": " + HtmlReporter.regulationName(s.rubric()) + " · " + s.sweep().parameter();
                book.sweep(s, title);
            } else if (report instanceof Report.Changes c) {
                title = text.get("report.changes.title") + ": " + c.base().regulation().id() + " → " + c.draft().regulation().id();
                book.changesSheet(title, c.base(), c.draft(), c.changes());
            } else {
                Report.Scores s = (Report.Scores) report;
                title = text.get("report.scores.title") + ": " + HtmlReporter.regulationName(s.rubric());
                book.scores(s, title);
            }
            var core = wb.getProperties().getCoreProperties();
            core.setTitle(title);
            core.setCreator("Rubric Workbench");
            core.setCreated(Optional.empty()); // POI stamps the current time; a report carries no date so it is reproducible
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            wb.write(raw);
            out.write(ReproducibleZip.normalize(raw.toByteArray()));
        }
    }

    /** The cell styles of one workbook, made once (a workbook holds a limited number). */
    private record Styles(CellStyle title, CellStyle bold, CellStyle text, CellStyle wrap, CellStyle number, CellStyle share,
            CellStyle header, CellStyle group, CellStyle groupNumber, CellStyle total, CellStyle totalNumber, CellStyle link,
            CellStyle boldNumber, CellStyle center, CellStyle centerWrap, CellStyle centerText, CellStyle decimal, CellStyle boldDecimal,
            Font removed, Font added) {

        static Styles of(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            Font link = wb.createFont();
            link.setUnderline(Font.U_SINGLE);
            link.setColor(IndexedColors.BLUE.getIndex());
            short shareFormat = wb.createDataFormat().getFormat("0.0%");
            // points keep the General format (90, 94.25); means get two decimals (83.13, not 83.1250000001)
            short decimalFormat = wb.createDataFormat().getFormat("0.00");

            CellStyle title = style(wb, big, false);
            CellStyle center = style(wb, big, true);
            center.setAlignment(HorizontalAlignment.CENTER);
            CellStyle header = style(wb, bold, true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            fill(header, IndexedColors.GREY_25_PERCENT);
            borders(header);
            CellStyle group = style(wb, bold, true);
            fill(group, IndexedColors.LEMON_CHIFFON);
            borders(group);
            CellStyle groupNumber = style(wb, bold, false);
            fill(groupNumber, IndexedColors.LEMON_CHIFFON);
            borders(groupNumber);
            CellStyle wrap = style(wb, null, true);
            borders(wrap);
            CellStyle number = style(wb, null, false);
            borders(number);
            CellStyle share = style(wb, null, false);
            share.setDataFormat(shareFormat);
            borders(share);
            CellStyle total = style(wb, bold, true);
            total.setBorderTop(BorderStyle.MEDIUM);
            total.setBorderBottom(BorderStyle.MEDIUM);
            CellStyle totalNumber = style(wb, bold, false);
            totalNumber.setBorderTop(BorderStyle.MEDIUM);
            totalNumber.setBorderBottom(BorderStyle.MEDIUM);
            CellStyle linkStyle = style(wb, link, false);
            borders(linkStyle);
            CellStyle boldNumber = style(wb, bold, false);
            borders(boldNumber);
            CellStyle centerWrap = style(wb, null, true);
            centerWrap.setAlignment(HorizontalAlignment.CENTER);
            CellStyle centerText = style(wb, null, false);
            centerText.setAlignment(HorizontalAlignment.CENTER);
            CellStyle decimal = style(wb, null, false);
            decimal.setDataFormat(decimalFormat);
            borders(decimal);
            CellStyle boldDecimal = style(wb, bold, false);
            boldDecimal.setDataFormat(decimalFormat);
            borders(boldDecimal);
            // words a draft removes are struck out in red, words it adds underlined in green, as a word processor marks changes
            Font removed = wb.createFont();
            removed.setStrikeout(true);
            removed.setColor(IndexedColors.RED.getIndex());
            Font added = wb.createFont();
            added.setUnderline(Font.U_SINGLE);
            added.setColor(IndexedColors.GREEN.getIndex());
            return new Styles(title, style(wb, bold, false), style(wb, null, false), wrap, number, share, header, group, groupNumber,
                    total, totalNumber, linkStyle, boldNumber, center, centerWrap, centerText, decimal, boldDecimal, removed, added);
        }

        private static CellStyle style(XSSFWorkbook wb, Font font, boolean wrap) {
            CellStyle s = wb.createCellStyle();
            if (font != null) s.setFont(font);
            s.setWrapText(wrap);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        }

        private static void fill(CellStyle s, IndexedColors color) {
            s.setFillForegroundColor(color.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }

        private static void borders(CellStyle s) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
    }

    /** One workbook being written. */
    private record Book(XSSFWorkbook wb, Styles st, Messages text, DecimalFormat n, SheetNames names, SpreadsheetText.Cells cells) {

        // ------------------------------------------------------------ simulation and score sheets

        void simulation(Report.Simulation sim, String title) {
            Sheet sheet = summarySheet(new int[] {12, 60, 13, 13, 13, 13, 50});
            Writer w = new Writer(sheet);
            heading(w, title, sim.rubric());
            w.row().text(0, text.get("report.data", sim.data(), sim.summary().units()));
            missing(w, text.get("report.missing"), sim.missing());
            summary(w, sim.summary());
            unitSheets(w, sim.rubric(), sim.sheets());
        }

        void scores(Report.Scores scores, String title) {
            Sheet sheet = summarySheet(new int[] {12, 60, 13, 13, 13, 13, 50});
            Writer w = new Writer(sheet);
            heading(w, title, scores.rubric());
            w.row().text(0, text.get("report.sheets", scores.sheets().size()));
            summary(w, Summary.of(scores.rubric(), scores.sheets()));
            unitSheets(w, scores.rubric(), scores.sheets());
        }

        private void summary(Writer w, Summary s) {
            w.skip();
            w.row().styled(0, text.get("report.classes"), st.bold);
            w.row().header(1, text.get("report.class"), text.get("report.units"), text.get("report.share"));
            for (Summary.ClassCount c : s.classes()) w.row().cell(1, c.ratingClass(), st.wrap).number(2, c.count()).share(3, c.share());

            w.skip();
            w.row().styled(0, text.get("report.totals"), st.bold);
            Stats t = s.totals();
            w.row().cell(1, text.get("report.mean"), st.wrap).decimal(2, t.mean());
            w.row().cell(1, text.get("report.median"), st.wrap).decimal(2, t.median());
            w.row().cell(1, text.get("report.lowest"), st.wrap).number(2, t.min());
            w.row().cell(1, text.get("report.highest"), st.wrap).number(2, t.max());
            w.skip();
            w.row().header(1, text.get("report.total"), text.get("report.units"));
            List<Histogram.Bin> bins = s.histogram().bins();
            for (int i = 0; i < bins.size(); i++) {
                Histogram.Bin b = bins.get(i);
                String range = "[" + n.format(b.from()) + "–" + n.format(b.to()) + (i == bins.size() - 1 ? "]" : ")");
                w.row().cell(1, range, st.wrap).number(2, b.count());
            }

            w.skip();
            w.row().styled(0, text.get("report.criteria"), st.bold);
            w.row().header(0, text.get("sheet.no"), text.get("sheet.content"), text.get("sheet.max"), text.get("report.mean"),
                    text.get("report.lowest"), text.get("report.highest"));
            for (Summary.CriterionStats c : s.criteria()) {
                w.row().cell(0, c.id(), st.wrap).cell(1, TextLayout.oneLine(c.title()), st.wrap).number(2, c.max())
                        .decimal(3, c.points().mean()).number(4, c.points().min()).number(5, c.points().max());
            }
            w.skip();
            w.row().styled(0, text.get("report.items"), st.bold);
            w.row().header(0, text.get("sheet.no"), text.get("sheet.content"), text.get("sheet.max"), text.get("report.mean"),
                    text.get("report.lowest"), text.get("report.highest"), text.get("report.tiers"));
            for (Summary.ItemStats i : s.items()) {
                String tiers = i.tiers().size() > 1 ? i.tiers().stream().map(tc -> tc.rule() + ": " + tc.units()).collect(Collectors.joining("\n")) : "";
                w.row().cell(0, i.id(), st.wrap).cell(1, TextLayout.oneLine(i.title()), st.wrap).number(2, i.max())
                        .decimal(3, i.points().mean()).number(4, i.points().min()).number(5, i.points().max()).cell(6, tiers, st.wrap);
            }
        }

        private void missing(Writer w, String heading, List<MissingEvidence> missing) {
            w.skip();
            w.row().styled(0, heading, st.bold);
            if (missing.isEmpty()) {
                w.row().text(0, text.get("report.missing.none"));
                return;
            }
            missingTable(w, missing);
        }

        private void missingTable(Writer w, List<MissingEvidence> missing) {
            w.row().header(0, text.get("report.missing.field"), text.get("report.missing.label"), text.get("report.missing.units"),
                    text.get("report.missing.default"));
            for (MissingEvidence e : missing) {
                w.row().cell(0, e.field(), st.wrap).cell(1, TextLayout.oneLine(e.label()), st.wrap).number(2, e.units())
                        .value(3, e.defaultValue());
            }
        }

        /** The units sheet (every unit, linked to its own sheet) and one scoring sheet per unit, up to {@link #MAX_UNIT_SHEETS}. */
        private void unitSheets(Writer summary, Rubric rubric, List<ScoreSheet> sheets) {
            String listName = names.take(text.get("xlsx.units"));
            Sheet list = wb.createSheet(listName);
            widths(list, 20, 50, 13, 32);
            printOnA4(list, false);
            Writer w = new Writer(list);
            w.row().header(0, text.get("report.unit-id"), text.get("report.unit-name"), text.get("report.total"), text.get("report.class"));
            list.createFreezePane(0, 1);
            int written = Math.min(sheets.size(), MAX_UNIT_SHEETS);
            if (written < sheets.size()) {
                summary.skip();
                summary.row().text(0, text.get("xlsx.units-capped", written, sheets.size(), listName));
            }
            for (int i = 0; i < sheets.size(); i++) {
                ScoreSheet s = sheets.get(i);
                Writer row = w.row();
                if (i < written) {
                    String name = names.take(s.unit().id());
                    scoringSheet(wb.createSheet(name), rubric, s);
                    row.link(0, s.unit().id(), name);
                } else {
                    row.cell(0, s.unit().id(), st.wrap);
                }
                row.cell(1, s.unit().name(), st.wrap).number(2, s.total()).cell(3, s.ratingClass(), st.wrap);
            }
        }

        /** BẢNG CHẤM ĐIỂM as the seed prints it, with the rule that fired and the evidence it read in two more columns. */
        private void scoringSheet(Sheet sheet, Rubric rubric, ScoreSheet s) {
            widths(sheet, 8, 62, 11, 10, 36, 30, 40);
            Writer w = new Writer(sheet);
            Regulation r = rubric.regulation();
            // as the seed: the unit at the head, then the sheet's title and the regulation it applies
            w.row().merged(s.unit().name() + " (" + s.unit().id() + ")", st.bold, 7);
            w.row().merged(text.get("xlsx.title"), st.center, 7);
            w.row().merged(TextLayout.oneLine(r.title()), st.centerWrap, 7);
            String issued = Stream.of(r.decision(), r.decisionDate(), r.authority()).filter(x -> x != null).collect(Collectors.joining(" · "));
            if (!issued.isEmpty()) w.row().merged(issued, st.centerText, 7);
            w.skip();
            int headerRow = w.next;
            w.row().header(0, text.get("sheet.no"), text.get("sheet.content"), text.get("sheet.max"), text.get("sheet.points"),
                    text.get("report.cite"), text.get("report.rule"), text.get("report.read"));
            sheet.createFreezePane(0, headerRow + 1);
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0, 6));
            for (Criterion c : rubric.criteria()) {
                ScoreSheet.Subtotal sub = s.criterion(c.id());
                w.row().group(roman(c.id()), text.get("report.criterion-row", c.id(), TextLayout.oneLine(c.title())), c.max(),
                        sub == null ? 0 : sub.points(), c.cite());
                for (Item item : c.items()) itemRow(w, s.item(item.id()));
            }
            rubric.sections().forEach(sec -> {
                boolean bonus = sec.kind() == Section.Kind.BONUS;
                Double points = bonus ? s.bonus() : s.deductions();
                double p = points == null ? 0 : points;
                w.row().group("", text.get(bonus ? "sheet.bonus" : "sheet.deductions") + (sec.title() == null ? "" : ": " + TextLayout.oneLine(sec.title())),
                        sec.max(), bonus ? p : -p, null);
                for (Item item : sec.items()) itemRow(w, s.item(item.id()));
            });
            w.row().cell(0, "", st.total).cell(1, text.get("sheet.total"), st.total).cell(2, r.total(), st.totalNumber)
                    .cell(3, s.total(), st.totalNumber).cell(4, "", st.total).cell(5, "", st.total).cell(6, "", st.total);
            w.row().styled(1, text.get("sheet.class", s.ratingClass()), st.bold);
            for (ScoreSheet.Bar b : s.barred()) w.row().styled(1, text.get("sheet.barred", b.ratingClass(), b.reason()), st.text);
            printOnA4(sheet, true);
        }

        private void itemRow(Writer w, ScoreSheet.ItemLine line) {
            if (line == null) return;
            String read = line.read().entrySet().stream().map(e -> e.getKey() + " = " + show(e.getValue())).collect(Collectors.joining("\n"));
            w.row().cell(0, line.id(), st.wrap).cell(1, TextLayout.oneLine(line.title()), st.wrap).number(2, line.max())
                    .number(3, line.points()).cell(4, line.citation() == null ? "" : line.citation(), st.wrap)
                    .cell(5, line.rule(), st.wrap).cell(6, read, st.wrap);
        }

        // ------------------------------------------------------------ diff

        void diff(Report.Diff diff, String title) {
            Comparison c = diff.comparison();
            String baseId = diff.base().regulation().id(), draftId = diff.draft().regulation().id();
            // the first sheet, the one a workbook opens on: what changed in the regulation
            changesSheet(text.get("report.changes.title"), diff.base(), diff.draft(), diff.changes());
            Sheet sheet = summarySheet(new int[] {16, 50, 16, 16, 16, 30, 30, 60});
            Writer w = new Writer(sheet);
            w.row().styled(0, title, st.title);
            w.row().styled(0, text.get("report.base") + ": " + HtmlReporter.regulationName(diff.base()), st.text);
            w.row().styled(0, text.get("report.draft") + ": " + HtmlReporter.regulationName(diff.draft()), st.text);
            w.row().text(0, text.get("report.data", diff.data(), c.units().size()));
            if (diff.baseMissing().isEmpty() && diff.draftMissing().isEmpty()) {
                missing(w, text.get("report.missing"), List.of());
            }
            if (!diff.baseMissing().isEmpty()) missing(w, text.get("report.missing.in", baseId), diff.baseMissing());
            if (!diff.draftMissing().isEmpty()) missing(w, text.get("report.missing.in", draftId), diff.draftMissing());

            w.skip();
            w.row().styled(0, text.get("report.matrix"), st.bold);
            Comparison.Transitions t = c.transitions();
            List<String> head = new ArrayList<>(List.of(text.get("xlsx.transition-rows", baseId, draftId)));
            head.addAll(t.draftClasses());
            head.add("Σ");
            w.row().header(1, head.toArray(String[]::new));
            int[] columnTotals = new int[t.draftClasses().size()];
            for (int i = 0; i < t.baseClasses().size(); i++) {
                Writer row = w.row().cell(1, t.baseClasses().get(i), st.wrap);
                int sum = 0;
                for (int j = 0; j < t.draftClasses().size(); j++) {
                    int k = t.counts()[i][j];
                    // the diagonal (the class kept) in bold, as the heat map outlines it
                    row.cell(2 + j, k, t.baseClasses().get(i).equals(t.draftClasses().get(j)) ? st.boldNumber : st.number);
                    sum += k;
                    columnTotals[j] += k;
                }
                row.number(2 + t.draftClasses().size(), sum);
            }
            Writer totals = w.row().cell(1, "Σ", st.wrap);
            for (int j = 0; j < columnTotals.length; j++) totals.number(2 + j, columnTotals[j]);

            w.skip();
            w.row().styled(0, text.get("report.class-counts", baseId, draftId), st.bold);
            w.row().header(1, text.get("report.class"), text.get("report.under", baseId), text.get("report.under", draftId));
            Set<String> classes = new LinkedHashSet<>(t.baseClasses());
            classes.addAll(t.draftClasses());
            for (String name : classes) w.row().cell(1, name, st.wrap).number(2, count(c.base(), name)).number(3, count(c.draft(), name));

            List<Comparison.UnitChange> movers = c.movers();
            w.skip();
            w.row().styled(0, text.get("report.movers", movers.size(), c.units().size()), st.bold);
            if (movers.isEmpty()) {
                w.row().text(0, text.get("report.movers.none"));
            } else {
                w.row().header(0, text.get("report.unit-id"), text.get("report.unit-name"), text.get("report.total-under", baseId),
                        text.get("report.total-under", draftId), text.get("report.change"), text.get("report.class-under", baseId),
                        text.get("report.class-under", draftId), text.get("report.moved-by"));
                ChangeText words = new ChangeText(text);
                for (Comparison.UnitChange u : movers) {
                    String items = u.reasons().isEmpty() ? text.get("diff.same-points")
                            : u.reasons().stream().map(words::reason).collect(Collectors.joining("\n"));
                    w.row().cell(0, u.unit().id(), st.wrap).cell(1, u.unit().name(), st.wrap).number(2, u.baseTotal()).number(3, u.draftTotal())
                            .number(4, u.delta()).cell(5, u.baseClass(), st.wrap).cell(6, u.draftClass(), st.wrap).cell(7, items, st.wrap);
                }
            }
            shifts(w, text.get("report.criteria-shift"), c.criteria().stream().map(SvgCharts.Shift::of).toList());
            shifts(w, text.get("report.items-shift"), c.items().stream().map(SvgCharts.Shift::of).toList());

            Sheet units = wb.createSheet(names.take(text.get("xlsx.units")));
            widths(units, 20, 50, 14, 32, 14, 32, 14);
            printOnA4(units, true);
            Writer u = new Writer(units);
            u.row().header(0, text.get("report.unit-id"), text.get("report.unit-name"), text.get("report.total-under", baseId),
                    text.get("report.class-under", baseId), text.get("report.total-under", draftId), text.get("report.class-under", draftId),
                    text.get("report.change"));
            units.createFreezePane(0, 1);
            for (Comparison.UnitChange x : c.units()) {
                u.row().cell(0, x.unit().id(), st.wrap).cell(1, x.unit().name(), st.wrap).number(2, x.baseTotal()).cell(3, x.baseClass(), st.wrap)
                        .number(4, x.draftTotal()).cell(5, x.draftClass(), x.movesClass() ? st.group : st.wrap).number(6, x.delta());
            }
        }

        /** The criteria or items whose points moved. */
        private void shifts(Writer w, String heading, List<SvgCharts.Shift> all) {
            w.skip();
            w.row().styled(0, heading, st.bold);
            List<SvgCharts.Shift> moved = all.stream().filter(SvgCharts.Shift::moved).toList();
            if (moved.isEmpty()) {
                w.row().text(0, text.get("report.no-shift"));
                return;
            }
            w.row().header(0, text.get("sheet.no"), text.get("sheet.content"), text.get("report.gained-points"), text.get("report.gained-units"),
                    text.get("report.lost-points"), text.get("report.lost-units"));
            for (SvgCharts.Shift s : moved) {
                w.row().cell(0, s.id(), st.wrap).cell(1, TextLayout.oneLine(s.title()), st.wrap).number(2, s.gained()).number(3, s.unitsGained())
                        .number(4, s.lost()).number(5, s.unitsLost());
            }
        }

        // ------------------------------------------------------------ regulation changes

        /** A sheet of the changes in the regulation's order: number, change (reworded words marked), article. */
        void changesSheet(String title, Rubric base, Rubric draft, List<RegulationChange> changes) {
            Sheet sheet = wb.createSheet(names.take(text.get("xlsx.changes")));
            widths(sheet, 6, 90, 45);
            printOnA4(sheet, true);
            Writer w = new Writer(sheet);
            w.row().styled(0, title, st.title);
            w.row().styled(0, text.get("report.base") + ": " + HtmlReporter.regulationName(base), st.text);
            w.row().styled(0, text.get("report.draft") + ": " + HtmlReporter.regulationName(draft), st.text);
            w.skip();
            if (changes.isEmpty()) {
                w.row().text(0, text.get("changes.none"));
                return;
            }
            w.row().header(0, text.get("report.changes.no"), text.get("report.changes.change"), text.get("report.cite"));
            ChangeText words = new ChangeText(text);
            for (int k = 0; k < changes.size(); k++) {
                RegulationChange c = changes.get(k);
                Writer row = w.row().number(0, k + 1);
                if (c.words().isEmpty()) row.cell(1, TextLayout.oneLine(words.what(c) + words.moves(c)), st.wrap);
                else row.marked(1, words.head(c) + " ", c.words(), words.moves(c));
                row.cell(2, c.cite() == null ? "" : c.cite(), st.wrap);
            }
        }

        // ------------------------------------------------------------ sweep

        void sweep(Report.SweepRun run, String title) {
            Sweep s = run.sweep();
            int classes = s.points().isEmpty() ? 0 : s.points().get(0).classes().size();
            int[] widths = new int[classes + 3];
            java.util.Arrays.fill(widths, 16);
            Sheet sheet = summarySheet(widths);
            Writer w = new Writer(sheet);
            heading(w, title, run.rubric());
            w.row().text(0, text.get("report.sweep.parameter", s.parameter(), s.label() == null ? "" : TextLayout.oneLine(s.label()), n.format(s.current())));
            w.row().text(0, text.get("report.data", run.data(), s.points().isEmpty() ? 0 : s.points().get(0).totals().count()));
            if (s.points().isEmpty()) return;
            w.skip();
            List<String> head = new ArrayList<>(List.of(text.get("report.sweep.value", s.parameter())));
            s.points().get(0).classes().forEach(c -> head.add(c.ratingClass()));
            head.add(text.get("report.sweep.mean"));
            head.add(text.get("xlsx.current-column"));
            w.row().header(0, head.toArray(String[]::new));
            sheet.createFreezePane(1, w.next);
            for (Sweep.Point p : s.points()) {
                boolean current = Math.abs(p.value() - s.current()) < 1e-9;
                CellStyle style = current ? st.boldNumber : st.number;
                Writer row = w.row().cell(0, p.value(), style);
                for (int k = 0; k < p.classes().size(); k++) row.cell(1 + k, p.classes().get(k).count(), style);
                row.cell(1 + classes, p.totals().mean(), current ? st.boldDecimal : st.decimal).cell(2 + classes, current ? text.get("xlsx.current") : "", current ? st.group : st.wrap);
            }
        }

        // ------------------------------------------------------------ shared

        private Sheet summarySheet(int[] widths) {
            Sheet sheet = wb.createSheet(names.take(text.get("xlsx.summary")));
            widths(sheet, widths);
            printOnA4(sheet, false);
            return sheet;
        }

        /** Printed on A4, as wide as the page, as many pages long as it takes. */
        private static void printOnA4(Sheet sheet, boolean landscape) {
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(landscape);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);
        }

        private void heading(Writer w, String title, Rubric rubric) {
            w.row().styled(0, title, st.title);
            w.row().styled(0, TextLayout.oneLine(rubric.regulation().title()), st.text);
        }

        private static void widths(Sheet sheet, int... characters) {
            for (int i = 0; i < characters.length; i++) sheet.setColumnWidth(i, characters[i] * 256);
        }

        private static int count(Summary s, String name) {
            return s.classes().stream().filter(c -> c.ratingClass().equals(name)).mapToInt(Summary.ClassCount::count).sum();
        }

        private String show(Object v) {
            if (v == null) return "—";
            return v instanceof Number x ? n.format(x.doubleValue()) : String.valueOf(v);
        }

        private String signed(double x) {
            if (Math.abs(x) < 1e-9) return "0";
            return (x > 0 ? "+" : "−") + n.format(Math.abs(x));
        }

        /** I, II, ... for a criterion numbered 1 to 39, as the seed's sheet numbers them; any other id as written. */
        static String roman(String id) {
            if (!id.matches("[1-9][0-9]?")) return id;
            int v = Integer.parseInt(id);
            if (v >= 40) return id;
            String[] tens = {"", "X", "XX", "XXX"}, ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
            return tens[v / 10] + ones[v % 10];
        }

        /** Writes rows one under another. */
        private final class Writer {
            private final Sheet sheet;
            private int next;
            private Row row;

            Writer(Sheet sheet) {
                this.sheet = sheet;
            }

            Writer row() {
                row = sheet.createRow(next++);
                return this;
            }

            void skip() {
                next++;
            }

            Writer text(int column, String value) {
                return styled(column, value, st.text);
            }

            /** A cell whose text may run on over the empty cells to its right (headings, notes). */
            Writer styled(int column, String value, CellStyle style) {
                cells.text(row.createCell(column), value, style);
                if (style.getWrapText()) fit(value, sheet.getColumnWidth(column) / 256, style);
                return this;
            }

            /**
             * Makes the row tall enough for wrapped text. Neither Excel nor LibreOffice grows
             * a row to its wrapped text when opening a file, so the height is set here, by
             * wrapping at words. A column's width counts digits; Vietnamese text runs about
             * 1.2 letters to a digit (measured in LibreOffice, DejaVu Sans standing in for
             * Calibri); 1.15 leaves a little room, bold text (headers) gets 0.95.
             */
            private void fit(String value, int widthInCharacters, CellStyle style) {
                boolean bold = wb.getFontAt(style.getFontIndex()).getBold();
                int perLine = Math.max(4, (int) (widthInCharacters * (bold ? 0.95 : 1.15)) - 1), lines = 0;
                for (String paragraph : value.split("\n", -1)) lines += paragraph.isBlank() ? 1 : TextLayout.wrap(paragraph, perLine).size();
                float height = lines * LINE_POINTS + 2;
                if (lines > 1 && height > row.getHeightInPoints()) row.setHeightInPoints(Math.min(409, height));
            }

            Writer cell(int column, String value, CellStyle style) {
                return styled(column, value, style);
            }

            Writer cell(int column, double value, CellStyle style) {
                Cell c = row.createCell(column);
                c.setCellValue(value);
                c.setCellStyle(style);
                return this;
            }

            Writer number(int column, double value) {
                return cell(column, value, st.number);
            }

            Writer decimal(int column, double value) {
                return cell(column, value, st.decimal);
            }

            Writer share(int column, double value) {
                return cell(column, value, st.share);
            }

            /** A number as a number, anything else as its text. */
            Writer value(int column, Object value) {
                return value instanceof Number x ? number(column, x.doubleValue()) : cell(column, String.valueOf(value), st.wrap);
            }

            Writer header(int firstColumn, String... titles) {
                for (int i = 0; i < titles.length; i++) cell(firstColumn + i, titles[i], st.header);
                return this;
            }

            Writer group(String no, String title, double max, double points, String cite) {
                cell(0, no, st.group).cell(1, title, st.group).cell(2, max, st.groupNumber).cell(3, points, st.groupNumber)
                        .cell(4, cite == null ? "" : cite, st.group).cell(5, "", st.group).cell(6, "", st.group);
                return this;
            }

            /** Text across the first {@code columns} columns (the sheet's title lines). */
            Writer merged(String value, CellStyle style, int columns) {
                cells.text(row.createCell(0), value, style);
                sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, columns - 1));
                int width = 0;
                for (int i = 0; i < columns; i++) width += sheet.getColumnWidth(i) / 256;
                if (style.getWrapText()) fit(value, width, style);
                return this;
            }


            /** Text whose reworded words are marked: removed ones struck out, added ones underlined. */
            Writer marked(int column, String head, List<WordDiff.Piece> pieces, String tail) {
                StringBuilder plain = new StringBuilder(head);
                List<int[]> runs = new ArrayList<>();
                for (WordDiff.Piece p : pieces) {
                    int start = plain.length();
                    plain.append(p.text());
                    if (p.op() != WordDiff.Op.SAME) runs.add(new int[] {start, start + p.text().stripTrailing().length(), p.op().ordinal()});
                }
                String value = plain.toString().stripTrailing() + tail;
                XSSFRichTextString rich = new XSSFRichTextString(value);
                for (int[] r : runs) rich.applyFont(r[0], r[1], r[2] == WordDiff.Op.REMOVED.ordinal() ? st.removed : st.added);
                Cell c = row.createCell(column);
                c.setCellValue(rich);
                c.setCellStyle(cells.style(value, st.wrap));
                fit(value, sheet.getColumnWidth(column) / 256, st.wrap);
                return this;
            }

            Writer link(int column, String value, String sheetName) {
                Cell c = row.createCell(column);
                cells.text(c, value, st.link);
                Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                link.setAddress(SheetNames.reference(sheetName));
                c.setHyperlink(link);
                return this;
            }
        }
    }
}
