package vn.rubric.workbench.reports;

import vn.rubric.workbench.platform.Reporter;
import vn.rubric.workbench.platform.Report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.dsl.model.Regulation;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.score.ScoreSheet;

/**
 * Score sheets as JSON, in the stable shape documented in docs/score-json.md
 * ({@code "format": "rubric-workbench/score@1"}). Keys keep a fixed order.
 */
public final class JsonReporter implements Reporter {

    public static final String FORMAT_ID = "rubric-workbench/score@1";


    @Override
    public String format() {
        return "json";
    }

    @Override
    public boolean writes(Class<? extends Report> kind) {
        return kind == Report.Scores.class;
    }

    @Override
    public void write(Report report, Messages text, OutputStream out) {
        Report.Scores scores = (Report.Scores) report;
        PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        write(scores.rubric(), scores.sheets(), text, writer);
        writer.flush();
    }

    /**
     * Writes the sheets to a character stream, a sheet at a time: the document of 50,000 units
     * is never held whole (it was, as a tree and then a string, and ran out of memory).
     */
    public void write(Rubric rubric, List<ScoreSheet> sheets, Messages text, PrintWriter out) {
        Regulation r = rubric.regulation();
        Map<String, Object> reg = new LinkedHashMap<>();
        reg.put("id", r.id());
        reg.put("title", r.title());
        reg.put("authority", r.authority());
        reg.put("decision", r.decision());
        reg.put("decisionDate", r.decisionDate());
        reg.put("version", r.version());
        reg.put("total", r.total());
        // made here, not when the reporter is contributed: Jackson's classes would load on every start
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        try (JsonGenerator g = mapper.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", FORMAT_ID);
            g.writeFieldName("regulation");
            mapper.writeValue(g, reg);
            g.writeArrayFieldStart("units");
            for (ScoreSheet s : sheets) mapper.writeValue(g, sheet(s, text));
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }

    /** A sheet; one scored on its own into a class with a quota also says so (docs/score-json.md, quotaPending). */
    static Map<String, Object> sheet(ScoreSheet s, Messages text) {
        Map<String, Object> out = sheet(s);
        if (s.quotaPending() != null) {
            Map<String, Object> pending = new LinkedHashMap<>();
            pending.put("class", s.quotaPending());
            pending.put("message", text.get("quota.pending", s.quotaPending()));
            out.put("quotaPending", pending);
        }
        return out;
    }

    static Map<String, Object> sheet(ScoreSheet s) {
        Map<String, Object> u = new LinkedHashMap<>();
        u.put("id", s.unit().id());
        u.put("name", s.unit().name());
        List<Object> items = new ArrayList<>();
        for (ScoreSheet.ItemLine i : s.items()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", i.id());
            m.put("section", i.section());
            m.put("title", i.title());
            m.put("points", i.points());
            m.put("max", i.max());
            m.put("rule", i.rule());
            m.put("read", i.read());
            m.put("citation", i.citation());
            items.add(m);
        }
        List<Object> criteria = new ArrayList<>();
        for (ScoreSheet.Subtotal c : s.criteria()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("title", c.title());
            m.put("points", c.points());
            m.put("max", c.max());
            criteria.add(m);
        }
        List<Object> barred = new ArrayList<>();
        for (ScoreSheet.Bar b : s.barred()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("class", b.ratingClass());
            m.put("reason", b.reason());
            barred.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("unit", u);
        out.put("items", items);
        out.put("criteria", criteria);
        out.put("bonus", s.bonus());
        out.put("deductions", s.deductions());
        out.put("total", s.total());
        out.put("class", s.ratingClass());
        out.put("barred", barred);
        return out;
    }
}
