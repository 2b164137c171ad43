package vn.rubric.workbench.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.dsl.source.InputLimit;
import vn.rubric.dsl.source.SourcePos;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.rules.score.ScoringMode;
import vn.rubric.workbench.exporters.KjarExporter;
import vn.rubric.workbench.platform.ExtensionPoints;
import vn.rubric.workbench.platform.Report;
import vn.rubric.workbench.platform.Reporter;
import vn.rubric.workbench.platform.Refresh;
import vn.rubric.workbench.platform.Selection;
import vn.rubric.workbench.platform.View;
import vn.rubric.workbench.platform.ViewContext;
import vn.rubric.workbench.workspace.FolderWorkspace;
import vn.rubric.workbench.workspace.Outcome;
import vn.rubric.workbench.workspace.Progress;
import vn.rubric.workbench.workspace.Workspace;
import vn.rubric.workbench.plugins.PluginFailure;

/**
 * A pack's scoring over HTTP, for systems that are not on the JVM (docs/rule-pack.md):
 * {@code POST /score} takes units as JSON (the JSON importer's shape) and answers with score
 * sheets (docs/score-json.md); a body that breaks the evidence schema gets 400 and every
 * error with its line and column in the body. {@code GET /pack} answers pack.json;
 * {@code GET /views} lists the views plugins contribute and {@code GET /views/{id}} shows one,
 * of the served pack ({@code ?unit=ID} selects a unit).
 */
public final class ScoreService implements AutoCloseable {

    /** The "file" that positions in a request body name. */
    public static final Path BODY = Path.of("body");
    public static final String ERRORS_FORMAT = "rubric-workbench/errors@1";
    /** The reporter format that answers {@code POST /score}. */
    static final String SCORE_FORMAT = "json";
    private static final String JSON = "application/json; charset=utf-8";

    private final Workspace workspace;
    private final RuleBase ruleBase;
    private final Reporter reporter;
    private final byte[] packJson;
    private final Messages diagnostics;
    private final Messages text;
    private final Languages languages;
    private final BodyCheck.Checker bodyCheck;
    private final byte[] openApi;
    private final byte[] health;
    /** The request bodies being read, deleted by {@link #close()} too: a SIGTERM mid-request leaves none behind. */
    private final Set<Path> bodies = ConcurrentHashMap.newKeySet();
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final List<View> views;
    private final Javalin app;

    private ScoreService(Workspace workspace, RuleBase ruleBase, String version, Messages diagnostics, Messages text, String host, int port) throws IOException {
        this.workspace = workspace;
        this.ruleBase = ruleBase;
        this.views = workspace.registry().contributions(ExtensionPoints.VIEWS);
        // the same reporter as `rubric score --format json`: the CLI and the service answer alike
        this.reporter = workspace.reporters(Report.Scores.class).stream().filter(r -> r.format().equals(SCORE_FORMAT)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no reporter writes score sheets as " + SCORE_FORMAT));
        // GET /pack answers exactly what `rubric export PACK --version V` writes as pack.json
        RulePack pack = ruleBase.pack();
        this.packJson = KjarExporter.files(pack, version).get(pack.id() + "-" + version + KjarExporter.PACK_JSON_SUFFIX);
        this.diagnostics = diagnostics;
        this.text = text;
        this.languages = new Languages(diagnostics, text);
        // the body is checked against the schema GET /pack publishes: one source for both
        this.bodyCheck = BodyCheck.of(ApiDocument.evidence(packJson));
        this.openApi = ApiDocument.openApi(packJson, pack.compiled().hasPopulationRules());
        this.health = ApiDocument.health(packJson);
        BodyFiles.removeLeftovers();
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = InputLimit.BODY.bytes();
            config.routes.post("/score", this::score);
            config.routes.get("/pack", ctx -> ctx.contentType(JSON).result(this.packJson));
            config.routes.get("/views", this::listViews);
            config.routes.get("/views/{id}", this::view);
            config.routes.get("/health", ctx -> ctx.contentType(JSON).result(this.health));
            config.routes.get(ApiDocument.OPENAPI_PATH, ctx -> ctx.contentType(JSON).result(this.openApi));
            config.routes.get(ApiDocument.SCHEMAS_PATH + "/{name}", this::schema);
        });
        app.start(host, port);
    }

    /**
     * Starts serving the pack's rule base on {@code host}:{@code port} (0: any free port, see
     * {@link #port()}), with the importers, reporters and views of the workspace's registry;
     * GET /pack reports {@code version}.
     */
    public static ScoreService start(Workspace workspace, RuleBase ruleBase, String version, Messages diagnostics, Messages text, String host, int port) throws IOException {
        return new ScoreService(workspace, ruleBase, version, diagnostics, text, host, port);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        bodies.forEach(BodyFiles::delete);
    }

    /** The query parameter that says how the units of a request are scored: {@code population} or {@code individual}. */
    public static final String SCORING = "scoring";

    /**
     * How a request's units are scored ({@code ?scoring=population|individual}); null when the
     * request did not say and the pack has a quota, which ranks a request's units among one
     * another only if asked (one unit sent alone would otherwise be lowered by a population of one).
     */
    private ScoringMode scoring(Context ctx, Diagnostics refused) {
        String word = ctx.queryParam(SCORING);
        if (word == null) {
            if (!ruleBase.pack().compiled().hasPopulationRules()) return ScoringMode.POPULATION;
            refused.add(Diagnostic.error("E-PACK-SCORING-MISSING", SourcePos.of(BODY), SCORING, ScoringMode.words()));
            return null;
        }
        ScoringMode mode = ScoringMode.of(word);
        if (mode == null) refused.add(Diagnostic.error("E-PACK-SCORING-UNKNOWN", SourcePos.of(BODY), SCORING, word, ScoringMode.words()));
        return mode;
    }

    private void score(Context ctx) throws IOException {
        Languages.Texts lang = languages.of(ctx.queryParam("lang"), ctx.header("Accept-Language"));
        if (!ApiDocument.isJson(ctx.header("Content-Type"))) {
            Diagnostics wrong = new Diagnostics();
            wrong.add(Diagnostic.error("E-API-MEDIA-TYPE", SourcePos.of(BODY), ctx.header("Content-Type")));
            ctx.status(415).contentType(JSON).result(mapper.writeValueAsString(errors(found(wrong, null), lang)));
            return;
        }
        Diagnostics refused = new Diagnostics();
        ScoringMode mode = scoring(ctx, refused);
        if (mode == null) {
            ctx.status(400).contentType(JSON).result(mapper.writeValueAsString(errors(found(refused, null), lang)));
            return;
        }
        // importers read files, with positions; the body becomes one for the time of the request
        Path dir = BodyFiles.directory();
        bodies.add(dir);
        Path file = dir.resolve("body.json");
        Outcome<Report.Scores> scored;
        List<BodyCheck.Finding> found;
        try {
            if (!copyBody(ctx, file)) {
                Diagnostics tooLarge = new Diagnostics();
                tooLarge.add(Diagnostic.error("E-INPUT-TOO-LARGE-BODY", SourcePos.of(BODY), InputLimit.BODY.megabytes(), InputLimit.BODY.setting()));
                ctx.status(413).contentType(JSON).result(mapper.writeValueAsString(errors(found(tooLarge, null), lang)));
                return;
            }
            BodyCheck.Result checked = bodyCheck.check(file);
            if (!checked.syntaxBroken() && !checked.findings().isEmpty()) {
                ctx.status(400).contentType(JSON).result(mapper.writeValueAsString(errors(BodyColumns.inCharacters(file, checked.findings()), lang)));
                return;
            }
            scored = workspace.score(ruleBase, file, mode, Progress.NONE);
            Diagnostics all = new Diagnostics();
            scored.diagnostics().all().forEach(d -> all.add(ForJson.word(inBody(d, file))));
            // columns are counted while the body is still there to count them in
            found = BodyColumns.inCharacters(file, found(all, checked));
        } finally {
            BodyFiles.delete(dir);
            bodies.remove(dir);
        }
        if (scored.failure() == Outcome.Failure.INPUT) {
            ctx.status(400).contentType(JSON).result(mapper.writeValueAsString(errors(found, lang)));
            return;
        }
        byte[] sheets = workspace.render(reporter, scored.value(), lang.text());
        List<BodyCheck.Finding> warnings = found.stream().filter(f -> !f.diagnostic().isError()).toList();
        List<BodyCheck.Finding> problems = found.stream().filter(f -> f.diagnostic().isError()).toList();
        if (warnings.isEmpty() && problems.isEmpty()) {
            ctx.contentType(JSON).result(sheets);
            return;
        }
        // what the CLI says on standard error goes beside the sheets: warnings (a 200 all the same), and the
        // units the pack's own rules could not score completely, left out (as in the CLI), with why
        ObjectNode doc = (ObjectNode) mapper.readTree(sheets);
        if (!problems.isEmpty()) doc.set("problems", errors(problems, lang).get("errors"));
        if (!warnings.isEmpty()) doc.set("warnings", errors(warnings, lang).get("errors"));
        ctx.contentType(JSON).result(mapper.writeValueAsString(doc));
    }

    /** Findings from diagnostics, each given the pointer of the unit it is in (when the body was read that far). */
    private static List<BodyCheck.Finding> found(Diagnostics all, BodyCheck.Result checked) {
        List<BodyCheck.Finding> out = new java.util.ArrayList<>();
        for (Diagnostic d : all.sorted()) out.add(new BodyCheck.Finding(d, checked == null || checked.syntaxBroken() ? null : checked.pointerAt(d.pos())));
        return out;
    }

    /** One of the schemas of the service's documents (the output formats), as the jar carries them. */
    private void schema(Context ctx) throws IOException {
        byte[] schema = ApiDocument.schema(ctx.pathParam("name"));
        if (schema == null) {
            ctx.status(404).contentType("text/plain; charset=utf-8").result(text.get("api.no-schema", ctx.pathParam("name"), String.join(", ", ApiDocument.SCHEMAS)));
            return;
        }
        ctx.contentType("application/schema+json").result(schema);
    }

    /**
     * Copies the request body to {@code file}, at most the body limit of it, without holding
     * it in memory; false when it is larger (said by its length before a byte is read, or
     * found while copying).
     */
    private static boolean copyBody(Context ctx, Path file) throws IOException {
        long max = InputLimit.BODY.bytes();
        if (ctx.req().getContentLengthLong() > max) return false;
        try (InputStream in = ctx.bodyInputStream(); OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > max) return false;
                out.write(buffer, 0, n);
            }
        }
        return true;
    }

    private void listViews(Context ctx) throws IOException {
        ArrayNode list = mapper.createArrayNode();
        for (View v : views) {
            ObjectNode o = list.addObject();
            o.put("id", v.id());
            o.put("mediaType", v.mediaType());
            o.put("href", "/views/" + v.id());
        }
        ctx.contentType(JSON).result(mapper.writeValueAsString(list));
    }

    /**
     * One view of the pack. What a plugin's view throws is answered with 500 and the plugin
     * named; the service and its other routes go on.
     */
    private void view(Context ctx) {
        String id = ctx.pathParam("id");
        View view = views.stream().filter(v -> v.id().equals(id)).findFirst().orElse(null);
        if (view == null) {
            ctx.status(404).contentType("text/plain; charset=utf-8")
                    .result(text.get("serve.no-view", id, String.join(", ", views.stream().map(View::id).toList())));
            return;
        }
        Map<String, String> query = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((k, v) -> { if (!v.isEmpty()) query.put(k, v.get(0)); });
        ByteArrayOutputStream page = new ByteArrayOutputStream();
        Path folder = ruleBase.pack().folder().toAbsolutePath().normalize();
        Selection served = new Selection(folder, ruleBase.pack().rubric().file().toAbsolutePath().normalize(), query.get("unit"));
        try {
            view.render(new ViewContext(new FolderWorkspace(workspace, folder), served, Refresh.SELECTION, query, text, diagnostics), page);
        } catch (PluginFailure e) {
            ctx.status(500).contentType("text/plain; charset=utf-8")
                    .result(text.get("plugin.failed-running", e.pluginId(), "GET /views/" + id, PluginFailure.reason(e)));
            return;
        } catch (Throwable e) {
            // an Error too (a built-in view's StackOverflowError): a 500 that says why, never an empty one
            ctx.status(500).contentType("text/plain; charset=utf-8").result(text.get("error.internal", PluginFailure.describe(e)));
            return;
        }
        ctx.contentType(view.mediaType()).result(page.toByteArray());
    }

    private ObjectNode errors(List<BodyCheck.Finding> found, Languages.Texts lang) {
        ObjectNode doc = mapper.createObjectNode();
        doc.put("format", ERRORS_FORMAT);
        ArrayNode list = doc.putArray("errors");
        for (BodyCheck.Finding f : found) {
            Diagnostic d = f.diagnostic();
            ObjectNode e = list.addObject();
            e.put("code", d.code());
            e.put("severity", d.isError() ? "error" : "warning");
            e.put("pointer", f.pointer());
            e.put("line", d.pos().line());
            e.put("column", d.pos().column());
            e.put("message", lang.diagnostics().message(d));
            e.put("hint", lang.diagnostics().hint(d));
            e.put("text", lang.diagnostics().render(d));
        }
        return doc;
    }

    /** A position in the temporary file, as a position in the request body. */
    private static Diagnostic inBody(Diagnostic d, Path file) {
        SourcePos p = d.pos();
        if (p.file() == null || !p.file().equals(file)) return d;
        List<Object> args = d.args().stream().map(a -> a instanceof Path x && x.equals(file) ? (Object) BODY : a).toList();
        return d.at(new SourcePos(BODY, p.line(), p.column()), args);
    }
}
