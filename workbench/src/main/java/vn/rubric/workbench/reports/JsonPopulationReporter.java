package vn.rubric.workbench.reports;

import vn.rubric.workbench.platform.Reporter;
import vn.rubric.workbench.platform.Report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.dsl.model.Regulation;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.score.ScoreSheet;
import vn.rubric.workbench.simulate.Comparison;
import vn.rubric.workbench.simulate.MissingEvidence;

/**
 * Simulations, diffs, sweeps and regulation changes as JSON for other tools, in the shapes
 * documented in docs/simulate.md ({@code "format": "rubric-workbench/simulation@1"},
 * {@code diff@2}, {@code sweep@1}, {@code changes@1}). Keys keep a fixed order; summaries are
 * written as their records are.
 */
public final class JsonPopulationReporter implements Reporter {

    public static final String SIMULATION = "rubric-workbench/simulation@1";
    /** {@code @2}: the regulation's changes first, and each unit's reasons (diff@1 had neither). */
    public static final String DIFF = "rubric-workbench/diff@2";
    public static final String SWEEP = "rubric-workbench/sweep@1";
    public static final String CHANGES = "rubric-workbench/changes@1";


    @Override
    public String format() {
        return "json";
    }

    @Override
    public boolean writes(Class<? extends Report> kind) {
        return kind == Report.Simulation.class || kind == Report.Diff.class || kind == Report.SweepRun.class || kind == Report.Changes.class;
    }

    @Override
    public void write(Report report, Messages text, OutputStream out) throws IOException {
        Map<String, Object> doc;
        if (report instanceof Report.Simulation s) doc = simulation(s);
        else if (report instanceof Report.Diff d) doc = diff(d);
        else if (report instanceof Report.SweepRun s) doc = sweep(s);
        else if (report instanceof Report.Changes c) doc = changes(c);
        else throw new IllegalArgumentException("not a population report: " + report.name());
        // made when a report is written, not when the reporter is contributed: Jackson's ~300
        // classes would load on every start. The caller owns the stream: Jackson must not close it.
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, doc);
        out.write('\n');
    }

    private Map<String, Object> simulation(Report.Simulation s) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", SIMULATION);
        doc.put("regulation", regulation(s.rubric()));
        doc.put("data", s.data().toString());
        doc.put("missing", missing(s.missing()));
        doc.put("summary", s.summary());
        doc.put("units", s.sheets().stream().map(JsonPopulationReporter::unit).toList());
        return doc;
    }

    private Map<String, Object> diff(Report.Diff d) {
        Comparison c = d.comparison();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", DIFF);
        doc.put("base", regulation(d.base()));
        doc.put("draft", regulation(d.draft()));
        doc.put("changes", ChangesJson.changes(d.changes()));
        doc.put("data", d.data().toString());
        doc.put("missing", pair(missing(d.baseMissing()), missing(d.draftMissing())));
        Map<String, Object> transitions = new LinkedHashMap<>();
        transitions.put("rows", c.transitions().baseClasses());
        transitions.put("columns", c.transitions().draftClasses());
        transitions.put("counts", c.transitions().counts());
        doc.put("transitions", transitions);
        doc.put("units", c.units().stream().map(JsonPopulationReporter::change).toList());
        doc.put("movers", c.movers().stream().map(u -> u.unit().id()).toList());
        doc.put("criteria", c.criteria());
        doc.put("items", c.items());
        doc.put("summaries", pair(c.base(), c.draft()));
        return doc;
    }

    private Map<String, Object> changes(Report.Changes c) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", CHANGES);
        doc.put("base", regulation(c.base()));
        doc.put("draft", regulation(c.draft()));
        doc.put("changes", ChangesJson.changes(c.changes()));
        return doc;
    }

    private Map<String, Object> sweep(Report.SweepRun s) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", SWEEP);
        doc.put("regulation", regulation(s.rubric()));
        doc.put("data", s.data().toString());
        doc.put("sweep", s.sweep());
        return doc;
    }

    private static Map<String, Object> regulation(Rubric rubric) {
        Regulation r = rubric.regulation();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", r.id());
        out.put("title", r.title());
        out.put("decision", r.decision());
        out.put("effectiveFrom", r.effectiveFrom());
        out.put("effectiveUntil", r.effectiveUntil());
        return out;
    }

    private static List<Map<String, Object>> missing(List<MissingEvidence> missing) {
        return missing.stream().map(m -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("field", m.field());
            out.put("label", m.label());
            out.put("default", m.defaultValue());
            out.put("units", m.units());
            return out;
        }).toList();
    }

    private static Map<String, Object> unit(ScoreSheet s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", s.unit().id());
        out.put("name", s.unit().name());
        out.put("total", s.total());
        out.put("class", s.ratingClass());
        Map<String, Double> criteria = new LinkedHashMap<>();
        s.criteria().forEach(c -> criteria.put(c.id(), c.points()));
        out.put("criteria", criteria);
        return out;
    }

    private static Map<String, Object> change(Comparison.UnitChange u) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", u.unit().id());
        out.put("name", u.unit().name());
        out.put("base", totalAndClass(u.baseTotal(), u.baseClass()));
        out.put("draft", totalAndClass(u.draftTotal(), u.draftClass()));
        out.put("delta", u.delta());
        out.put("movesClass", u.movesClass());
        out.put("items", u.items().stream().map(d -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", d.id());
            item.put("base", d.base());
            item.put("draft", d.draft());
            item.put("delta", d.delta());
            return item;
        }).toList());
        out.put("barsGained", u.barsGained().stream().map(b -> {
            Map<String, Object> bar = new LinkedHashMap<>();
            bar.put("class", b.ratingClass());
            bar.put("because", b.reason());
            return bar;
        }).toList());
        out.put("reasons", ChangesJson.reasons(u.reasons()));
        return out;
    }

    private static Map<String, Object> totalAndClass(double total, String ratingClass) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", total);
        out.put("class", ratingClass);
        return out;
    }

    private static Map<String, Object> pair(Object base, Object draft) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("base", base);
        out.put("draft", draft);
        return out;
    }
}
