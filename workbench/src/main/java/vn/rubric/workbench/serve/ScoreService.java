package vn.rubric.workbench.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.dsl.source.SourcePos;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.rules.score.Scorer;
import vn.rubric.workbench.importers.ImportResult;
import vn.rubric.workbench.importers.JsonImporter;
import vn.rubric.workbench.reports.JsonReporter;

/**
 * A pack's scoring over HTTP, for systems that are not on the JVM (docs/rule-pack.md):
 * {@code POST /score} takes units as JSON (the JSON importer's shape) and answers with score
 * sheets (docs/score-json.md); a body that breaks the evidence schema gets 400 and every
 * error with its line and column in the body. {@code GET /pack} answers pack.json.
 */
public final class ScoreService implements AutoCloseable {

    /** The "file" that positions in a request body name. */
    public static final Path BODY = Path.of("body");
    public static final String ERRORS_FORMAT = "rubric-workbench/errors@1";
    private static final String JSON = "application/json; charset=utf-8";
    private static final long MAX_BODY = 64L * 1024 * 1024;

    private final RuleBase ruleBase;
    private final Scorer scorer;
    private final byte[] packJson;
    private final Messages diagnostics;
    private final Messages text;
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Javalin app;

    private ScoreService(RuleBase ruleBase, byte[] packJson, Messages diagnostics, Messages text, String host, int port) {
        this.ruleBase = ruleBase;
        this.scorer = new Scorer(ruleBase);
        this.packJson = packJson;
        this.diagnostics = diagnostics;
        this.text = text;
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_BODY;
            config.routes.post("/score", this::score);
            config.routes.get("/pack", ctx -> ctx.contentType(JSON).result(this.packJson));
        });
        app.start(host, port);
    }

    /** Starts serving on {@code host}:{@code port} (0: any free port, see {@link #port()}). */
    public static ScoreService start(RuleBase ruleBase, byte[] packJson, Messages diagnostics, Messages text, String host, int port) {
        return new ScoreService(ruleBase, packJson, diagnostics, text, host, port);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private void score(Context ctx) throws IOException {
        // the JSON importer reads files, with positions; the body becomes one for the time of the request
        Path dir = Files.createTempDirectory("rubric-score-");
        Path file = dir.resolve("body.json");
        ImportResult imported;
        try {
            Files.write(file, ctx.bodyAsBytes());
            imported = new JsonImporter().read(file, ruleBase.pack().rubric());
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
        Diagnostics found = new Diagnostics();
        imported.diagnostics().all().forEach(d -> found.add(inBody(d, file)));
        if (found.hasErrors()) {
            ctx.status(400).contentType(JSON).result(mapper.writeValueAsString(errors(found)));
            return;
        }
        Scorer.Result result = scorer.score(imported.units());
        StringWriter out = new StringWriter();
        new JsonReporter().write(ruleBase.pack().rubric(), result.sheets(), text, new PrintWriter(out));
        ObjectNode doc = (ObjectNode) mapper.readTree(out.toString());
        // a unit the pack's own rules could not score completely: the sheet is left out (as in the CLI), and said why
        if (result.problems().hasErrors()) doc.set("problems", errors(result.problems()).get("errors"));
        ctx.contentType(JSON).result(mapper.writeValueAsString(doc));
    }

    private ObjectNode errors(Diagnostics found) {
        ObjectNode doc = mapper.createObjectNode();
        doc.put("format", ERRORS_FORMAT);
        ArrayNode list = doc.putArray("errors");
        for (Diagnostic d : found.sorted()) {
            ObjectNode e = list.addObject();
            e.put("code", d.code());
            e.put("severity", d.isError() ? "error" : "warning");
            e.put("line", d.pos().line());
            e.put("column", d.pos().column());
            e.put("message", diagnostics.message(d));
            e.put("hint", diagnostics.hint(d));
            e.put("text", diagnostics.render(d));
        }
        return doc;
    }

    /** A position in the temporary file, as a position in the request body. */
    private static Diagnostic inBody(Diagnostic d, Path file) {
        SourcePos p = d.pos();
        if (p.file() == null || !p.file().equals(file)) return d;
        List<Object> args = d.args().stream().map(a -> a instanceof Path x && x.equals(file) ? (Object) BODY : a).toList();
        return new Diagnostic(d.code(), d.severity(), new SourcePos(BODY, p.line(), p.column()), args);
    }
}
