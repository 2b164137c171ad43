package vn.rubric.workbench.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.source.SourcePos;
import vn.rubric.workbench.workspace.FolderWorkspace;
import vn.rubric.workbench.workspace.Outcome;
import vn.rubric.workbench.workspace.PackIssue;
import vn.rubric.workbench.workspace.TestsByExample;
import vn.rubric.workbench.workspace.Workspace;

/**
 * The studio's actions over the workspace: a failing test case reviewed and accepted, a unit's
 * sheet saved as a case, the pack issued (Ban hành) and its files downloaded. Every decision is
 * the workspace's ({@link TestsByExample}, {@link PackIssue}); this class reads requests and
 * writes answers.
 */
final class StudioActions {

    private final FolderFiles files;
    private final FolderWorkspace access;
    private final StudioRequests requests;
    private final TestsByExample tests;
    private final PackIssue issue;

    StudioActions(Workspace workspace, FolderFiles files, Languages languages) {
        this.files = files;
        this.access = new FolderWorkspace(workspace, files.folder());
        this.requests = new StudioRequests(files, languages);
        this.tests = new TestsByExample(workspace);
        this.issue = new PackIssue(workspace, access);
    }

    /** What accepting a failing case would rewrite: {@code ?pack=&file=&case=}. */
    void reviewTest(Context ctx) throws IOException {
        Path pack = requests.resolve(ctx, ctx.queryParam("pack"));
        Path file = pack == null ? null : requests.resolve(ctx, ctx.queryParam("file"));
        if (file == null) return;
        Outcome<TestsByExample.Review> review = tests.review(pack, file, String.valueOf(ctx.queryParam("case")));
        if (!review.ok()) {
            requests.failed(ctx, review);
            return;
        }
        Languages.Texts texts = requests.texts(ctx);
        ObjectNode doc = StudioJson.MAPPER.createObjectNode();
        ArrayNode moves = doc.putArray("moves");
        for (TestsByExample.Move m : review.value().moves()) {
            moves.addObject().put("file", files.relative(m.file())).put("line", m.line()).put("case", m.caseName())
                    .put("what", m.what()).put("old", m.old()).put("now", m.now());
        }
        ArrayNode left = doc.putArray("left");
        for (TestsByExample.Left l : review.value().left()) {
            left.addObject().put("file", files.relative(l.file())).put("line", l.line()).put("case", l.caseName()).put("what", l.what())
                    .put("expected", l.expected()).put("actual", l.actual()).put("why", texts.text().get(l.why()));
        }
        doc.put("fingerprint", review.value().fingerprint());
        doc.set("diagnostics", StudioJson.diagnostics(review.diagnostics(), files, texts.diagnostics()));
        StudioRequests.json(ctx, doc);
    }

    /** Writes the reviewed expectations: {@code {pack, file, case, fingerprint}}. */
    void acceptTest(Context ctx) throws IOException {
        JsonNode body = requests.body(ctx);
        if (body == null) return;
        Path pack = requests.resolve(ctx, body.path("pack").asText(null));
        Path file = pack == null ? null : requests.resolve(ctx, body.path("file").asText(null));
        if (file == null) return;
        Outcome<TestsByExample.Accepted> accepted = tests.accept(pack, file, body.path("case").asText(""), body.path("fingerprint").asText(""));
        if (!accepted.ok()) {
            requests.failed(ctx, accepted);
            return;
        }
        ObjectNode doc = StudioJson.MAPPER.createObjectNode();
        ArrayNode written = doc.putArray("files");
        accepted.value().files().forEach(f -> written.add(files.relative(f)));
        doc.put("moves", accepted.value().moves().size());
        StudioRequests.json(ctx, doc);
    }

    /** Adds the unit's sheet as a case: {@code {pack, unit, file}}; the units are those the pack is shown on. */
    void saveCase(Context ctx) throws IOException {
        JsonNode body = requests.body(ctx);
        if (body == null) return;
        Path pack = requests.resolve(ctx, body.path("pack").asText(null));
        Path file = pack == null ? null : requests.resolve(ctx, body.path("file").asText(null));
        if (file == null) return;
        Path data = access.comparisonData(pack).orElse(null);
        String from = data == null ? "-" : String.valueOf(data.getFileName());
        Languages.Texts texts = requests.texts(ctx);
        Outcome<TestsByExample.Saved> saved = tests.saveCase(pack, data, body.path("unit").asText(""), file,
                texts.text().get("score.save-test.description", from));
        if (!saved.ok()) {
            requests.failed(ctx, saved);
            return;
        }
        ObjectNode doc = StudioJson.MAPPER.createObjectNode();
        doc.put("case", saved.value().caseName()).put("file", files.relative(saved.value().file())).put("class", saved.value().ratingClass());
        StudioRequests.json(ctx, doc);
    }

    /** The issue form's first values: the identity the pack states now, {@code ?pack=}. */
    void issueForm(Context ctx) throws IOException {
        Path pack = requests.resolve(ctx, ctx.queryParam("pack"));
        if (pack == null) return;
        Outcome<PackIssue.Identity> current = issue.current(pack);
        if (!current.hasValue()) {
            requests.failed(ctx, current);
            return;
        }
        PackIssue.Identity id = current.value();
        ObjectNode doc = StudioJson.MAPPER.createObjectNode();
        doc.put("decision", id.decision()).put("decisionDate", id.decisionDate()).put("effectiveFrom", id.effectiveFrom()).put("version", id.version());
        StudioRequests.json(ctx, doc);
    }

    /** Ban hành: {@code {pack, decision, decisionDate, effectiveFrom, version}}; refused with every reason, or the issued files. */
    void issue(Context ctx) throws IOException {
        JsonNode body = requests.body(ctx);
        if (body == null) return;
        Path pack = requests.resolve(ctx, body.path("pack").asText(null));
        if (pack == null) return;
        PackIssue.Identity identity = new PackIssue.Identity(body.path("decision").asText(""), body.path("decisionDate").asText(""),
                body.path("effectiveFrom").asText(""), body.path("version").asText(""));
        Languages.Texts texts = requests.texts(ctx);
        Outcome<PackIssue.Issued> issued = issue.issue(pack, identity, texts.text());
        if (!issued.ok()) {
            requests.failed(ctx, issued);
            return;
        }
        ObjectNode doc = StudioJson.MAPPER.createObjectNode();
        doc.put("folder", files.relative(issued.value().folder()));
        ArrayNode list = doc.putArray("files");
        for (Path f : issued.value().files()) {
            byte[] bytes = Files.readAllBytes(f);
            list.addObject().put("name", f.getFileName().toString()).put("path", files.relative(f)).put("size", bytes.length)
                    .put("sha256", FolderFiles.stamp(bytes));
        }
        var v = issued.value().verified();
        doc.put("verified", v.ok()).put("filesChecked", v.filesChecked()).put("entriesChecked", v.entriesChecked()).put("rules", v.rules())
                .put("testsPassed", v.tests() == null ? 0 : v.tests().passed());
        doc.set("diagnostics", StudioJson.diagnostics(issued.diagnostics(), files, texts.diagnostics()));
        StudioRequests.json(ctx, doc);
    }

    /** A file of an issued pack, as a download: {@code ?path=dist/...}; nothing outside the folder's dist/ is served. */
    void download(Context ctx) throws IOException {
        Path file = requests.resolve(ctx, ctx.queryParam("path"));
        if (file == null) return;
        Path dist = files.folder().resolve(PackIssue.DIST);
        if (!file.startsWith(dist) || file.getFileName().toString().startsWith(".")) {
            requests.refusePath(ctx, ctx.queryParam("path"));
            return;
        }
        if (!Files.isRegularFile(file)) {
            requests.refuse(ctx, 404, Diagnostic.error("E-FILE-MISSING", SourcePos.of(Path.of(ctx.queryParam("path"))), ctx.queryParam("path")));
            return;
        }
        String name = file.getFileName().toString();
        // an ASCII name for old clients and the exact one (RFC 5987) for the rest
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        ctx.header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        ctx.contentType(mediaType(name)).result(Files.readAllBytes(file));
    }

    private static String mediaType(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".html")) return "text/html; charset=utf-8";
        if (n.endsWith(".json")) return StudioRequests.JSON;
        if (n.endsWith(".xlsx")) return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        if (n.endsWith(".jar")) return "application/java-archive";
        return "application/octet-stream";
    }
}
