package vn.rubric.workbench.studio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.dsl.source.SourcePos;
import vn.rubric.workbench.form.RubricForm;
import vn.rubric.workbench.form.ValuePath;
import vn.rubric.workbench.platform.Refresh;
import vn.rubric.workbench.platform.Report;
import vn.rubric.workbench.platform.Reporter;
import vn.rubric.workbench.platform.Selection;
import vn.rubric.workbench.platform.View;
import vn.rubric.workbench.workspace.FolderWorkspace;
import vn.rubric.workbench.workspace.Outcome;
import vn.rubric.workbench.workspace.Workspace;

/**
 * The studio's JSON API over the {@link Workspace}: the packs of the folder with their state,
 * a file's text, an edit (the editor's unsaved text) and its findings, save and the previous
 * version, and the analyses (changes, impact, tests) and views of a pack. Every answer is the
 * workspace's; this class only reads requests and writes answers.
 */
final class StudioApi {

    /** The JSON reporter of the CLI's {@code --format json}: the studio answers its bytes. */
    private static final String JSON_FORMAT = "json";

    private final Workspace workspace;
    private final FolderWorkspace access;
    private final FolderFiles files;
    private final Languages languages;
    private final StudioViews views;
    private final StudioRequests requests;

    StudioApi(Workspace workspace, FolderFiles files, Languages languages) {
        this.workspace = workspace;
        this.files = files;
        this.access = new FolderWorkspace(workspace, files.folder());
        this.languages = languages;
        this.views = new StudioViews(StudioViews.of(workspace.registry()), access);
        this.requests = new StudioRequests(files, languages);
    }

    private Languages.Texts texts(Context ctx) {
        return requests.texts(ctx);
    }

    void pageTexts(Context ctx) throws IOException {
        ObjectNode doc = StudioJson.MAPPER.createObjectNode();
        String lang = "en".equals(ctx.queryParam("lang")) ? "en" : "vi";
        doc.put("lang", lang);
        doc.set("texts", StudioJson.MAPPER.valueToTree(languages.pageTexts(lang)));
        StudioRequests.json(ctx, doc);
    }

    void packs(Context ctx) throws IOException {
        ArrayNode list = StudioJson.MAPPER.createArrayNode();
        for (Path pack : access.packs()) {
            ObjectNode o = list.addObject();
            o.put("path", files.relative(pack));
            Outcome<RulePack> loaded = workspace.load(pack);
            o.put("id", loaded.hasValue() ? loaded.value().id() : pack.getFileName().toString());
            o.put("title", loaded.hasValue() ? loaded.value().rubric().regulation().title() : pack.getFileName().toString());
            // the regulation it amends, from the rubric just loaded (not loaded again)
            Path base = loaded.hasValue() && loaded.value().rubric().isAmending()
                    ? loaded.value().rubric().amendment().baseFile().toAbsolutePath().normalize().getParent() : null;
            o.put("amends", base != null && base.startsWith(files.folder()) ? files.relative(base) : null);
            o.put("state", workspace.state(pack).value().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            ArrayNode fs = o.putArray("files");
            fs.add(files.relative(pack.resolve(RulePack.RUBRIC_FILE)));
            for (String sub : List.of("rules", "tests", RulePack.DATA_FOLDER)) {
                Path dir = pack.resolve(sub);
                if (!Files.isDirectory(dir)) continue;
                try (Stream<Path> s = Files.list(dir)) {
                    s.filter(Files::isRegularFile).sorted().forEach(f -> fs.add(files.relative(f)));
                }
            }
        }
        StudioRequests.json(ctx, list);
    }

    void file(Context ctx) throws IOException {
        String path = ctx.queryParam("path");
        try {
            FolderFiles.Opened opened = files.open(path);
            StudioRequests.json(ctx, StudioJson.MAPPER.valueToTree(opened));
        } catch (FolderFiles.OutsideFolder e) {
            requests.refusePath(ctx, e.getMessage());
        } catch (java.nio.file.NoSuchFileException e) {
            requests.refuse(ctx, 404, Diagnostic.error("E-FILE-MISSING", SourcePos.of(Path.of(path)), path));
        }
    }

    /** The editor's unsaved text: the workspace reads it from now on; answers the pack's findings. */
    void edit(Context ctx) throws IOException {
        JsonNode body = requests.body(ctx);
        if (body == null) return;
        try {
            Path file = files.resolve(body.path("path").asText(null));
            workspace.edit(file, body.path("text").asText(""));
            StudioRequests.json(ctx, findings(ctx, file));
        } catch (FolderFiles.OutsideFolder e) {
            requests.refusePath(ctx, e.getMessage());
        }
    }

    void save(Context ctx) throws IOException {
        JsonNode body = requests.body(ctx);
        if (body == null) return;
        String path = body.path("path").asText(null);
        try {
            String stamp = files.save(path, body.path("text").asText(""), body.path("stamp").asText(null));
            Path file = files.resolve(path);
            workspace.discard(file);
            ObjectNode doc = findings(ctx, file);
            doc.put("stamp", stamp);
            StudioRequests.json(ctx, doc);
        } catch (FolderFiles.OutsideFolder e) {
            requests.refusePath(ctx, e.getMessage());
        } catch (FolderFiles.ChangedOnDisk e) {
            requests.refuse(ctx, 409, Diagnostic.error("E-STUDIO-CHANGED-ON-DISK", SourcePos.of(Path.of(path)), path));
        }
    }

    /** Puts back the version before the last save. */
    void previous(Context ctx) throws IOException {
        JsonNode body = requests.body(ctx);
        if (body == null) return;
        String path = body.path("path").asText(null);
        try {
            FolderFiles.Opened back = files.previous(path, body.path("stamp").asText(null));
            if (back == null) {
                requests.refuse(ctx, 404, Diagnostic.error("E-STUDIO-NO-PREVIOUS", SourcePos.of(Path.of(path)), path));
                return;
            }
            workspace.discard(files.resolve(path));
            StudioRequests.json(ctx, StudioJson.MAPPER.valueToTree(back));
        } catch (FolderFiles.OutsideFolder e) {
            requests.refusePath(ctx, e.getMessage());
        } catch (FolderFiles.ChangedOnDisk e) {
            requests.refuse(ctx, 409, Diagnostic.error("E-STUDIO-CHANGED-ON-DISK", SourcePos.of(Path.of(path)), path));
        }
    }

    /** What the draft changes in the regulation it amends: the bytes of {@code rubric changes --format json}. */
    void changes(Context ctx) throws IOException {
        Path pack = pack(ctx);
        if (pack == null) return;
        report(ctx, Report.Changes.class, access.changesOf(pack));
    }

    /** The draft beside the regulation it amends: the bytes of {@code rubric diff --format json}. */
    void impact(Context ctx) throws IOException {
        Path pack = pack(ctx);
        if (pack == null) return;
        report(ctx, Report.Diff.class, access.comparison(pack));
    }

    void tests(Context ctx) throws IOException {
        Path pack = pack(ctx);
        if (pack == null) return;
        var ran = access.tests(pack);
        ObjectNode doc = ran.hasValue() ? StudioJson.tests(ran.value(), files) : StudioJson.MAPPER.createObjectNode();
        doc.set("diagnostics", StudioJson.diagnostics(ran.findings(), files, texts(ctx).diagnostics()));
        StudioRequests.json(ctx, doc);
    }

    void listViews(Context ctx) throws IOException {
        StudioRequests.json(ctx, views.list(texts(ctx).text().locale()));
    }

    void view(Context ctx) throws IOException {
        View view = views.find(ctx.pathParam("id")).orElse(null);
        if (view == null) {
            ctx.status(404).contentType(StudioRequests.TEXT).result(texts(ctx).text().get("serve.no-view", ctx.pathParam("id"), ""));
            return;
        }
        Selection selection;
        try {
            String pack = ctx.queryParam("pack"), file = ctx.queryParam("file");
            selection = new Selection(pack == null ? null : files.resolve(pack), file == null ? null : files.resolve(file), ctx.queryParam("unit"));
        } catch (FolderFiles.OutsideFolder e) {
            requests.refusePath(ctx, e.getMessage());
            return;
        }
        Refresh cause;
        try {
            cause = Refresh.valueOf(String.valueOf(ctx.queryParam("cause")).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            cause = Refresh.SELECTION;
        }
        Map<String, String> query = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((k, v) -> { if (!v.isEmpty()) query.put(k, v.get(0)); });
        StudioViews.Rendered r = views.render(view, selection, cause, query, texts(ctx));
        if (r.failure() != null) ctx.status(500).contentType(StudioRequests.TEXT).result(r.failure());
        else ctx.contentType(r.mediaType()).result(r.body());
    }

    // ---- the form face of the rubric editor (issue 11) ---------------------------------

    /** The pack's rubric as the form shows it (the unsaved text's), numbers in the user's language. */
    void form(Context ctx) throws IOException {
        Path pack = pack(ctx);
        if (pack == null) return;
        Outcome<RubricForm> form = workspace.form(pack, texts(ctx).text().locale());
        if (!form.hasValue()) {
            requests.failed(ctx, form);
            return;
        }
        ObjectNode doc = StudioJson.MAPPER.valueToTree(form.value());
        doc.put("file", files.relative(pack.resolve(RulePack.RUBRIC_FILE)));
        StudioRequests.json(ctx, doc);
    }

    /**
     * One value set by the form: {@code {path, at: [kind, id, (tier,) key], value}}, or
     * {@code field} and {@code choice} for a simple condition. The workspace rewrites the text
     * where it holds the value and reads it from now on (as an edit); answers the new text and
     * the pack's findings, or why it cannot (a located error the user can fix).
     */
    void set(Context ctx) throws IOException {
        JsonNode body = requests.body(ctx);
        if (body == null) return;
        List<String> parts = new ArrayList<>();
        body.path("at").forEach(n -> parts.add(n.isTextual() ? n.asText() : null));
        ValuePath at = ValuePath.of(parts);
        if (at == null) {
            ctx.status(400).contentType(StudioRequests.TEXT).result(texts(ctx).text().get("studio.bad-request"));
            return;
        }
        Path file = requests.resolve(ctx, body.path("path").asText(null));
        if (file == null) return;
        Outcome<String> set = body.has("field")
                ? workspace.setCondition(file, at, body.path("field").asText(null), body.path("choice").asText(null))
                : workspace.setValue(file, at, body.path("value").asText(null));
        if (!set.hasValue()) {
            requests.failed(ctx, set);
            return;
        }
        ObjectNode doc = findings(ctx, file);
        doc.put("text", set.value());
        StudioRequests.json(ctx, doc);
    }

    // ---- helpers ----------------------------------------------------------------------

    /** The findings of the pack a file belongs to, as {@code rubric validate} gives them. */
    private ObjectNode findings(Context ctx, Path file) {
        ObjectNode doc = StudioJson.MAPPER.createObjectNode();
        Path pack = workspace.packOf(file);
        Diagnostics found = pack == null || !pack.startsWith(files.folder()) ? new Diagnostics() : workspace.validate(pack, null).diagnostics();
        doc.put("pack", pack == null ? null : files.relative(pack));
        doc.set("diagnostics", StudioJson.diagnostics(found, files, texts(ctx).diagnostics()));
        return doc;
    }

    private void report(Context ctx, Class<? extends Report> kind, Outcome<? extends Report> outcome) throws IOException {
        if (!outcome.hasValue()) {
            requests.failed(ctx, outcome);
            return;
        }
        Reporter reporter = workspace.reporters(kind).stream().filter(r -> r.format().equals(JSON_FORMAT)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no reporter writes " + kind.getSimpleName() + " as " + JSON_FORMAT));
        ctx.contentType(StudioRequests.JSON).result(workspace.render(reporter, outcome.value(), texts(ctx).text()));
    }

    private Path pack(Context ctx) throws IOException {
        return requests.resolve(ctx, ctx.queryParam("pack"));
    }
}
