package vn.rubric.workbench.reports;

import vn.rubric.workbench.platform.Reporter;
import vn.rubric.workbench.platform.Report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
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
import vn.rubric.workbench.simulate.MissingEvidence;
import vn.rubric.workbench.simulate.Reason;
import vn.rubric.workbench.simulate.Stats;
import vn.rubric.workbench.simulate.Summary;
import vn.rubric.workbench.simulate.Sweep;

/**
 * One self-contained HTML file: the style sheet inline, the charts inline SVG, no script,
 * font, image or link to anything outside, so it opens offline and prints on A4. The
 * same report gives the same bytes (no date, no random ids).
 */
public final class HtmlReporter implements Reporter {

    @Override
    public String format() {
        return "html";
    }

    @Override
    public boolean writes(Class<? extends Report> kind) {
        return kind != null;
    }

    @Override
    public Optional<String> fileExtension() {
        return Optional.of("html");
    }

    @Override
    public void write(Report report, Messages text, OutputStream out) throws IOException {
        Page page = new Page(new Markup(), text, TextLayout.points(text.locale()));
        if (report instanceof Report.Simulation s) {
            page.start(text.get("report.simulation.title") + ": " + regulationName(s.rubric()));
            page.simulation(s);
        } else if (report instanceof Report.Diff d) {
            page.start(text.get("report.diff.title") + ": " + d.base().regulation().id() + " → " + d.draft().regulation().id());
            page.diff(d);
        } else if (report instanceof Report.SweepRun s) {
            page.start(text.get("report.sweep.title") + ": " + regulationName(s.rubric()) + " · " + s.sweep().parameter());
            page.sweep(s);
        } else if (report instanceof Report.Scores s) {
            page.start(text.get("report.scores.title") + ": " + regulationName(s.rubric()));
            page.scores(s);
        } else if (report instanceof Report.Changes c) {
            page.start(text.get("report.changes.title") + ": " + c.base().regulation().id() + " → " + c.draft().regulation().id());
            page.changesPage(c);
        }
        out.write(page.finish().getBytes(StandardCharsets.UTF_8));
    }

    static String regulationName(Rubric rubric) {
        Regulation r = rubric.regulation();
        return (r.decision() == null ? TextLayout.oneLine(r.title()) : r.decision()) + " (" + r.id() + ")";
    }

    /** One page being written: the markup, the texts in the user's language, numbers as the user writes them. */
    private record Page(Markup m, Messages text, DecimalFormat n) {

        private Locale locale() {
            return text.locale();
        }

        void start(String title) {
            m.raw("<!DOCTYPE html>\n");
            m.open("html", "lang", locale().getLanguage()).newline();
            m.open("head").newline();
            m.empty("meta", "charset", "utf-8").newline();
            m.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
            m.empty("meta", "name", "generator", "content", "Rubric Workbench").newline();
            m.leaf("title", title).newline();
            m.open("style").raw(STYLE).close().newline();
            m.close().newline();
            m.open("body").newline();
            m.open("main");
        }

        String finish() {
            m.close().newline(); // main
            m.close().newline(); // body
            m.close().newline(); // html
            return m.toString();
        }

        // ---------------------------------------------------------------- simulation

        void simulation(Report.Simulation sim) {
            header(text.get("report.simulation.title"), sim.rubric());
            m.leaf("p", text.get("report.data", sim.data(), sim.summary().units()), "class", "meta").newline();
            missing(text.get("report.missing"), sim.missing());
            summary(sim.summary());
            unitList(sim.sheets());
        }

        /** A population summary: classes, the spread of totals, criteria and items against their maxima. */
        private void summary(Summary s) {
            m.open("section", "id", "classes").newline();
            m.leaf("h2", text.get("report.classes"));
            SvgCharts.classBars(m, text.get("report.classes"), s.classes(), locale());
            m.open("table", "class", "compact").open("thead").open("tr")
                    .leaf("th", text.get("report.class")).leaf("th", text.get("report.units"), "class", "num")
                    .leaf("th", text.get("report.share"), "class", "num").close().close().open("tbody");
            for (int i = 0; i < s.classes().size(); i++) {
                Summary.ClassCount c = s.classes().get(i);
                m.open("tr").open("td").leaf("span", "", "class", "swatch", "style", "background:" + SvgCharts.classColor(i)).text(c.ratingClass()).close()
                        .leaf("td", String.valueOf(c.count()), "class", "num")
                        .leaf("td", TextLayout.percent(c.share(), locale()), "class", "num").close();
            }
            m.close().close().newline().close().newline();

            m.open("section", "id", "totals").newline();
            m.leaf("h2", text.get("report.totals"));
            Stats t = s.totals();
            m.leaf("p", text.get("report.totals.stats", n.format(t.mean()), n.format(t.median()), n.format(t.min()), n.format(t.max())));
            SvgCharts.histogram(m, text.get("report.totals"), s.histogram(), text.get("report.total"), text.get("report.units"), n);
            m.close().newline();

            m.open("section", "id", "criteria").newline();
            m.leaf("h2", text.get("report.criteria"));
            statsHead(false);
            for (Summary.CriterionStats c : s.criteria()) statsRow(c.id(), c.title(), c.max(), c.points(), null);
            m.close().close().newline();
            m.leaf("p", text.get("report.spread.note"), "class", "note").close().newline();

            m.open("section", "id", "items").newline();
            m.leaf("h2", text.get("report.items"));
            statsHead(true);
            for (Summary.ItemStats i : s.items()) statsRow(i.id(), i.title(), i.max(), i.points(), i.tiers());
            m.close().close().newline();
            m.leaf("p", text.get("report.spread.note"), "class", "note").close().newline();
        }

        private void statsHead(boolean tiers) {
            m.open("table").open("thead").open("tr")
                    .leaf("th", text.get("sheet.no")).leaf("th", text.get("sheet.content"))
                    .leaf("th", text.get("sheet.max"), "class", "num").leaf("th", text.get("report.mean"), "class", "num")
                    .leaf("th", text.get("report.lowest"), "class", "num").leaf("th", text.get("report.highest"), "class", "num")
                    .leaf("th", text.get("report.spread"), "class", "spark");
            if (tiers) m.leaf("th", text.get("report.tiers"), "class", "tiers");
            m.close().close().open("tbody");
        }

        private void statsRow(String id, String title, double max, Stats p, List<Summary.TierCount> tiers) {
            m.open("tr").leaf("td", id, "class", "id").leaf("td", TextLayout.oneLine(title), "class", "title")
                    .leaf("td", n.format(max), "class", "num").leaf("td", n.format(p.mean()), "class", "num")
                    .leaf("td", n.format(p.min()), "class", "num").leaf("td", n.format(p.max()), "class", "num");
            m.open("td", "class", "spark");
            SvgCharts.range(m, id + ": " + n.format(p.min()) + "–" + n.format(p.max()) + ", " + text.get("report.mean") + " " + n.format(p.mean())
                    + " / " + n.format(max), p.min(), p.mean(), p.max(), max);
            m.close();
            if (tiers != null) {
                m.open("td", "class", "tiers");
                // an item one rule decides for every unit says nothing more; tiers that split units do
                if (tiers.size() > 1) {
                    m.open("ul");
                    for (Summary.TierCount tc : tiers) m.open("li").text(tc.rule() + ": ").leaf("b", String.valueOf(tc.units())).close();
                    m.close();
                }
                m.close();
            }
            m.close().newline();
        }

        private void missing(String heading, List<MissingEvidence> missing) {
            m.open("section", "id", "missing", "class", missing.isEmpty() ? "ok" : "warn").newline();
            m.leaf("h2", heading);
            if (missing.isEmpty()) {
                m.leaf("p", text.get("report.missing.none")).close().newline();
                return;
            }
            missingTable(missing);
            m.close().newline();
        }

        private void missingTable(List<MissingEvidence> missing) {
            m.open("table").open("thead").open("tr").leaf("th", text.get("report.missing.field")).leaf("th", text.get("report.missing.label"))
                    .leaf("th", text.get("report.missing.units"), "class", "num").leaf("th", text.get("report.missing.default"))
                    .close().close().open("tbody");
            for (MissingEvidence e : missing) {
                m.open("tr").leaf("td", e.field(), "class", "id").leaf("td", TextLayout.oneLine(e.label()))
                        .leaf("td", String.valueOf(e.units()), "class", "num").leaf("td", String.valueOf(e.defaultValue())).close();
            }
            m.close().close().newline();
        }

        private void unitList(List<ScoreSheet> sheets) {
            m.open("section", "id", "units").newline();
            m.leaf("h2", text.get("report.unit-list"));
            m.open("table").open("thead").open("tr").leaf("th", text.get("report.unit-id")).leaf("th", text.get("report.unit-name"))
                    .leaf("th", text.get("report.total"), "class", "num").leaf("th", text.get("report.class")).close().close().open("tbody");
            for (ScoreSheet s : sheets) {
                m.open("tr").leaf("td", s.unit().id(), "class", "id").leaf("td", s.unit().name())
                        .leaf("td", n.format(s.total()), "class", "num").leaf("td", s.ratingClass()).close().newline();
            }
            m.close().close().close().newline();
        }

        // ---------------------------------------------------------------- diff

        void diff(Report.Diff diff) {
            Comparison c = diff.comparison();
            String baseId = diff.base().regulation().id(), draftId = diff.draft().regulation().id();
            m.open("header").newline();
            m.leaf("h1", text.get("report.diff.title"));
            m.open("dl", "class", "regs").leaf("dt", text.get("report.base")).leaf("dd", regulationName(diff.base()))
                    .leaf("dt", text.get("report.draft")).leaf("dd", regulationName(diff.draft())).close();
            m.leaf("p", text.get("report.data", diff.data(), c.units().size()), "class", "meta");
            m.close().newline();

            changes(diff.changes());

            boolean lacking = !diff.baseMissing().isEmpty() || !diff.draftMissing().isEmpty();
            m.open("section", "id", "missing", "class", lacking ? "warn" : "ok").newline();
            m.leaf("h2", text.get("report.missing"));
            if (!lacking) m.leaf("p", text.get("report.missing.none"));
            if (!diff.baseMissing().isEmpty()) {
                m.leaf("h3", text.get("report.missing.in", baseId));
                missingTable(diff.baseMissing());
            }
            if (!diff.draftMissing().isEmpty()) {
                m.leaf("h3", text.get("report.missing.in", draftId));
                missingTable(diff.draftMissing());
            }
            m.close().newline();

            m.open("section", "id", "matrix").newline();
            m.leaf("h2", text.get("report.matrix"));
            SvgCharts.heatMap(m, text.get("report.matrix"), c.transitions(), text.get("report.matrix.rows", baseId),
                    text.get("report.matrix.columns", draftId));
            m.leaf("p", text.get("report.matrix.note"), "class", "note");
            m.close().newline();

            m.open("section", "id", "class-counts").newline();
            m.leaf("h2", text.get("report.class-counts", baseId, draftId));
            SvgCharts.pairedClassBars(m, text.get("report.class-counts", baseId, draftId), c.base().classes(), c.draft().classes(),
                    text.get("report.base") + ": " + baseId, text.get("report.draft") + ": " + draftId);
            m.close().newline();

            movers(c, baseId, draftId);

            m.open("section", "id", "criteria-shift").newline();
            m.leaf("h2", text.get("report.criteria-shift"));
            shifts(text.get("report.criteria-shift"), c.criteria().stream().map(SvgCharts.Shift::of).toList());
            m.close().newline();

            m.open("section", "id", "items-shift").newline();
            m.leaf("h2", text.get("report.items-shift"));
            shifts(text.get("report.items-shift"), c.items().stream().map(SvgCharts.Shift::of).toList());
            m.close().newline();

            unitChanges(c, baseId, draftId);
        }

        private void movers(Comparison c, String baseId, String draftId) {
            List<Comparison.UnitChange> movers = c.movers();
            ChangeText why = new ChangeText(text);
            m.open("section", "id", "movers").newline();
            m.leaf("h2", text.get("report.movers", movers.size(), c.units().size()));
            if (movers.isEmpty()) {
                m.leaf("p", text.get("report.movers.none")).close().newline();
                return;
            }
            m.open("table").open("thead").open("tr").leaf("th", text.get("report.unit-name"))
                    .leaf("th", text.get("report.base"), "class", "num").leaf("th", text.get("report.draft"), "class", "num")
                    .leaf("th", text.get("report.change"), "class", "num").leaf("th", text.get("report.class"))
                    .leaf("th", text.get("report.moved-by")).close().close().open("tbody");
            for (Comparison.UnitChange u : movers) {
                m.open("tr", "class", rank(c, u) < 0 ? "up" : "down");
                m.open("td").text(u.unit().name()).leaf("div", u.unit().id(), "class", "id").close();
                m.leaf("td", n.format(u.baseTotal()), "class", "num").leaf("td", n.format(u.draftTotal()), "class", "num")
                        .leaf("td", signed(u.delta()), "class", "num");
                m.open("td", "class", "cls").text(u.baseClass()).leaf("div", "→ " + u.draftClass(), "class", "to").close();
                m.open("td");
                if (u.reasons().isEmpty()) {
                    m.leaf("span", text.get("diff.same-points"), "class", "note");
                } else {
                    m.open("ul", "class", "moved");
                    for (Reason r : u.reasons()) {
                        String cite = why.cite(r.cite());
                        m.open("li").text(why.why(r));
                        if (!cite.isEmpty()) m.text(" ").leaf("span", cite.strip(), "class", "cite");
                        if (r.text() != null && r.kind() != Reason.Kind.BARRED && r.kind() != Reason.Kind.BAR_LIFTED) {
                            m.leaf("div", TextLayout.oneLine(r.text()), "class", "t");
                        }
                        m.close();
                    }
                    m.close();
                }
                m.close().close().newline();
            }
            m.close().close().close().newline();
        }

        /** Negative when the unit moves to a better class (earlier in the draft's order than its old class is in the base's). */
        private static int rank(Comparison c, Comparison.UnitChange u) {
            int from = c.transitions().baseClasses().indexOf(u.baseClass()), to = c.transitions().draftClasses().indexOf(u.draftClass());
            return Integer.compare(to, from);
        }

        private void shifts(String title, List<SvgCharts.Shift> all) {
            List<SvgCharts.Shift> moved = all.stream().filter(SvgCharts.Shift::moved).toList();
            if (moved.isEmpty()) {
                m.leaf("p", text.get("report.no-shift"));
                return;
            }
            SvgCharts.diverging(m, title, moved, text.get("report.lost"), text.get("report.gained"),
                    (points, units) -> text.get("report.gained-value", n.format(points), units),
                    (points, units) -> text.get("report.lost-value", n.format(points), units));
        }

        private void unitChanges(Comparison c, String baseId, String draftId) {
            m.open("section", "id", "units").newline();
            m.leaf("h2", text.get("report.unit-changes"));
            m.open("table").open("thead").open("tr").leaf("th", text.get("report.unit-id")).leaf("th", text.get("report.unit-name"))
                    .leaf("th", text.get("report.base"), "class", "num").leaf("th", text.get("report.draft"), "class", "num")
                    .leaf("th", text.get("report.change"), "class", "num").leaf("th", text.get("report.class")).close().close().open("tbody");
            for (Comparison.UnitChange u : c.units()) {
                m.open("tr", "class", u.movesClass() ? "moved" : null).leaf("td", u.unit().id(), "class", "id").leaf("td", u.unit().name())
                        .leaf("td", n.format(u.baseTotal()), "class", "num").leaf("td", n.format(u.draftTotal()), "class", "num")
                        .leaf("td", signed(u.delta()), "class", "num")
                        .leaf("td", u.movesClass() ? u.baseClass() + " → " + u.draftClass() : u.baseClass()).close().newline();
            }
            m.close().close().close().newline();
        }

        // ---------------------------------------------------------------- regulation changes

        void changesPage(Report.Changes report) {
            m.open("header").newline();
            m.leaf("h1", text.get("report.changes.title"));
            m.open("dl", "class", "regs").leaf("dt", text.get("report.base")).leaf("dd", regulationName(report.base()))
                    .leaf("dt", text.get("report.draft")).leaf("dd", regulationName(report.draft())).close();
            m.close().newline();
            changes(report.changes());
        }

        /** The changes in the regulation's order, numbered; a reworded text with its words struck out and inserted. */
        private void changes(List<RegulationChange> changes) {
            ChangeText words = new ChangeText(text);
            m.open("section", "id", "changes").newline();
            m.leaf("h2", text.get("report.changes.title") + " (" + text.get("report.changes.count", changes.size()) + ")");
            if (changes.isEmpty()) {
                m.leaf("p", text.get("changes.none")).close().newline();
                return;
            }
            m.open("ol", "class", "changes");
            for (RegulationChange c : changes) {
                m.open("li");
                if (c.words().isEmpty()) {
                    m.text(TextLayout.oneLine(words.what(c)));
                } else {
                    m.text(words.head(c) + " ");
                    for (WordDiff.Piece p : c.words()) {
                        String w = p.text().stripTrailing(), space = p.text().substring(w.length());
                        switch (p.op()) {
                            case SAME -> m.text(w);
                            case REMOVED -> m.leaf("del", w);
                            case ADDED -> m.leaf("ins", w);
                        }
                        if (!space.isEmpty()) m.text(" ");
                    }
                }
                String tail = words.tail(c);
                if (!tail.isEmpty()) m.text(" ").leaf("span", TextLayout.oneLine(tail), "class", "cite");
                m.close().newline();
            }
            m.close().close().newline();
        }

        // ---------------------------------------------------------------- sweep

        void sweep(Report.SweepRun run) {
            Sweep s = run.sweep();
            header(text.get("report.sweep.title"), run.rubric());
            m.leaf("p", text.get("report.sweep.parameter", s.parameter(), s.label() == null ? "" : TextLayout.oneLine(s.label()), n.format(s.current())));
            int units = s.points().isEmpty() ? 0 : s.points().get(0).totals().count();
            m.leaf("p", text.get("report.data", run.data(), units), "class", "meta").newline();
            if (s.points().isEmpty()) return;
            m.open("section", "id", "sweep").newline();
            m.leaf("h2", text.get("report.sweep.chart", s.parameter()));
            SvgCharts.sweepBars(m, text.get("report.sweep.chart", s.parameter()), s, text.get("report.sweep.value", s.parameter()),
                    text.get("report.units"), text.get("report.sweep.current"), n);
            List<Summary.ClassCount> classes = s.points().get(0).classes();
            m.open("table").open("thead").open("tr").leaf("th", text.get("report.sweep.value", s.parameter()), "class", "num");
            for (int k = 0; k < classes.size(); k++) {
                m.open("th", "class", "num").leaf("span", "", "class", "swatch", "style", "background:" + SvgCharts.classColor(k))
                        .text(classes.get(k).ratingClass()).close();
            }
            m.leaf("th", text.get("report.sweep.mean"), "class", "num").close().close().open("tbody");
            for (Sweep.Point p : s.points()) {
                boolean current = Math.abs(p.value() - s.current()) < 1e-9;
                m.open("tr", "class", current ? "current" : null).leaf("td", (current ? "▶ " : "") + n.format(p.value()), "class", "num");
                for (Summary.ClassCount c : p.classes()) m.leaf("td", String.valueOf(c.count()), "class", "num");
                m.leaf("td", n.format(p.totals().mean()), "class", "num").close().newline();
            }
            m.close().close();
            m.leaf("p", text.get("report.sweep.current-note"), "class", "note");
            m.close().newline();
        }

        // ---------------------------------------------------------------- score sheets

        void scores(Report.Scores scores) {
            header(text.get("report.scores.title"), scores.rubric());
            m.leaf("p", text.get("report.sheets", scores.sheets().size()), "class", "meta").newline();
            for (ScoreSheet s : scores.sheets()) sheet(scores.rubric(), s);
        }

        /** The sheet as the regulation prints it (STT, nội dung, thang điểm, điểm, căn cứ), each item with the rule and evidence. */
        private void sheet(Rubric rubric, ScoreSheet s) {
            m.open("section", "class", "sheet").newline();
            m.leaf("h2", text.get("sheet.title", s.unit().name(), s.unit().id()));
            m.open("table", "class", "scoring").open("thead").open("tr").leaf("th", text.get("sheet.no")).leaf("th", text.get("sheet.content"))
                    .leaf("th", text.get("sheet.max"), "class", "num").leaf("th", text.get("sheet.points"), "class", "num")
                    .leaf("th", text.get("report.cite")).close().close().open("tbody");
            for (Criterion c : rubric.criteria()) {
                ScoreSheet.Subtotal sub = s.criterion(c.id());
                group(c.id(), text.get("report.criterion-row", c.id(), TextLayout.oneLine(c.title())), c.max(), n.format(sub == null ? 0 : sub.points()));
                for (Item item : c.items()) itemRow(s.item(item.id()));
            }
            rubric.sections().forEach(sec -> {
                boolean bonus = sec.kind() == Section.Kind.BONUS;
                Double points = bonus ? s.bonus() : s.deductions();
                double p = points == null ? 0 : points;
                group("", text.get(bonus ? "sheet.bonus" : "sheet.deductions") + (sec.title() == null ? "" : ": " + TextLayout.oneLine(sec.title())),
                        sec.max(), p == 0 ? "0" : (bonus ? "+" : "−") + n.format(p));
                for (Item item : sec.items()) itemRow(s.item(item.id()));
            });
            m.close().open("tfoot").open("tr", "class", "total").leaf("td", "").leaf("td", text.get("sheet.total"))
                    .leaf("td", n.format(rubric.regulation().total()), "class", "num").leaf("td", n.format(s.total()), "class", "num")
                    .leaf("td", "").close().close().close().newline();
            m.leaf("p", text.get("sheet.class", s.ratingClass()), "class", "rating");
            for (ScoreSheet.Bar b : s.barred()) m.leaf("p", text.get("sheet.barred", b.ratingClass(), b.reason()), "class", "note");
            m.close().newline();
        }

        private void group(String id, String title, double max, String points) {
            m.open("tr", "class", "group").leaf("td", id, "class", "id").leaf("td", title).leaf("td", n.format(max), "class", "num")
                    .leaf("td", points, "class", "num").leaf("td", "").close().newline();
        }

        private void itemRow(ScoreSheet.ItemLine line) {
            if (line == null) return;
            m.open("tr").leaf("td", line.id(), "class", "id");
            m.open("td").text(TextLayout.oneLine(line.title()));
            String read = line.read().entrySet().stream().map(e -> e.getKey() + " = " + show(e.getValue())).collect(Collectors.joining(", "));
            m.open("div", "class", "why").text("→ " + line.rule());
            if (!read.isEmpty()) m.text(" · " + text.get("sheet.read") + " " + read);
            m.close().close();
            m.leaf("td", n.format(line.max()), "class", "num").leaf("td", n.format(line.points()), "class", "num")
                    .leaf("td", line.citation() == null ? "" : line.citation(), "class", "cite").close().newline();
        }

        // ---------------------------------------------------------------- shared

        private void header(String heading, Rubric rubric) {
            Regulation r = rubric.regulation();
            m.open("header").newline();
            m.leaf("h1", heading);
            m.leaf("p", regulationName(rubric), "class", "reg");
            m.leaf("p", TextLayout.oneLine(r.title()), "class", "reg-title");
            List<String> issued = new ArrayList<>();
            for (String x : new String[] {r.authority(), r.decisionDate()}) if (x != null) issued.add(x);
            if (!issued.isEmpty()) m.leaf("p", String.join(" · ", issued), "class", "meta");
            m.close().newline();
        }

        private String show(Object v) {
            if (v == null) return "—";
            return v instanceof Number x ? n.format(x.doubleValue()) : String.valueOf(v);
        }

        private String signed(double x) {
            if (Math.abs(x) < 1e-9) return "0";
            return (x > 0 ? "+" : "−") + n.format(Math.abs(x));
        }
    }

    /** Readable on screen and on A4: system fonts only (nothing to fetch), colours kept when printed. */
    private static final String STYLE = """
            :root { --ink: #1f2328; --muted: #57606a; --line: #d0d7de; --soft: #f6f8fa; }
            * { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            body { margin: 0; color: var(--ink); background: #fff;
              font-family: "Segoe UI", "Noto Sans", Roboto, "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; font-size: 15px; line-height: 1.45; }
            main { max-width: 960px; margin: 0 auto; padding: 24px; }
            h1 { font-size: 1.6em; margin: 0 0 .3em; }
            h2 { font-size: 1.2em; margin: 1.6em 0 .5em; padding-bottom: .2em; border-bottom: 1px solid var(--line); }
            h3 { font-size: 1em; margin: 1em 0 .4em; }
            .reg { font-weight: 600; margin: 0; }
            .reg-title, .meta, .note { color: var(--muted); margin: .2em 0; }
            dl.regs { display: grid; grid-template-columns: max-content 1fr; gap: .1em 1em; margin: .4em 0; }
            dl.regs dt { color: var(--muted); } dl.regs dd { margin: 0; font-weight: 600; }
            section.warn { border-left: 4px solid #d4a72c; padding-left: 12px; }
            svg.chart { display: block; width: 100%; max-width: 100%; height: auto; margin: .6em 0; }
            svg text { font-family: inherit; fill: var(--ink); }
            svg text.label { font-size: 13px; } svg text.legend { font-size: 13px; }
            svg text.value { font-size: 12px; fill: var(--muted); } svg text.tick { font-size: 11px; fill: var(--muted); }
            svg text.axis { font-size: 12px; font-weight: 600; } svg text.cell { font-size: 15px; font-weight: 600; }
            svg text.inbar { font-size: 11px; fill: #fff; } svg text.current { font-weight: 700; fill: var(--ink); }
            svg text.cell.dark { fill: #fff; } svg text.cell.zero { fill: var(--muted); font-weight: 400; }
            svg text.lost { fill: #cf222e; } svg text.gained { fill: #1a7f37; }
            svg.range { vertical-align: middle; }
            table { border-collapse: collapse; width: 100%; margin: .5em 0; font-size: .92em; }
            table.compact { width: auto; min-width: 50%; }
            th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
            th { background: var(--soft); font-weight: 600; }
            thead { display: table-header-group; }
            .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; width: 1%; }
            th.num { white-space: normal; }
            .spark { width: 136px; } .tiers { width: 20%; font-size: .9em; } td.title { width: 45%; }
            .id { white-space: nowrap; color: var(--muted); }
            .swatch { display: inline-block; width: .8em; height: .8em; margin-right: .4em; vertical-align: baseline; border-radius: 2px; }
            td.tiers ul, ul.moved { margin: 0; padding-left: 1.1em; }
            ul.moved .t { color: var(--muted); font-size: .9em; }
            ol.changes { padding-left: 2em; } ol.changes li { margin: .15em 0; }
            .cite { color: var(--muted); font-size: .9em; }
            del { color: #cf222e; background: #ffebe9; } ins { color: #1a7f37; background: #dafbe1; text-decoration: none; }
            .to { font-weight: 600; } td.cls { min-width: 10em; }
            tr.up td:first-child { border-left: 4px solid #1a7f37; } tr.down td:first-child { border-left: 4px solid #cf222e; }
            tr.moved { background: #fff8c5; } tr.current { font-weight: 700; background: #ddf4ff; }
            tr.group td { font-weight: 700; background: var(--soft); }
            tr.total td { font-weight: 700; border-top: 2px solid var(--ink); }
            .why { color: var(--muted); font-size: .88em; } td.cite { font-size: .88em; color: var(--muted); }
            .rating { font-weight: 700; font-size: 1.05em; }
            @page { size: A4; margin: 14mm 12mm; }
            @media print {
              body { font-size: 10pt; } main { max-width: none; padding: 0; }
              h2, h3 { break-after: avoid; page-break-after: avoid; }
              svg.chart, tr, li { break-inside: avoid; page-break-inside: avoid; }
              section.sheet + section.sheet { break-before: page; page-break-before: always; }
            }
            """;
}
