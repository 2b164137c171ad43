package vn.rubric.workbench.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.source.SourcePos;
import vn.rubric.workbench.workspace.Outcome;

/**
 * What every studio route does around the workspace's answer: reads a JSON body, resolves a
 * path inside the folder, and refuses in the request's language. A method that refuses has
 * answered the request and returns null.
 */
final class StudioRequests {

    static final String JSON = "application/json; charset=utf-8";
    static final String TEXT = "text/plain; charset=utf-8";

    private final FolderFiles files;
    private final Languages languages;

    StudioRequests(FolderFiles files, Languages languages) {
        this.files = files;
        this.languages = languages;
    }

    Languages.Texts texts(Context ctx) {
        return languages.of(ctx.queryParam("lang"));
    }

    /** The request's JSON object, or null after a 400. */
    JsonNode body(Context ctx) {
        try {
            JsonNode n = StudioJson.MAPPER.readTree(ctx.bodyAsBytes());
            if (n != null && n.isObject()) return n;
        } catch (IOException e) {
            // answered below
        }
        ctx.status(400).contentType(TEXT).result(texts(ctx).text().get("studio.bad-request"));
        return null;
    }

    /** A path the request names, inside the folder; null after a 403. */
    Path resolve(Context ctx, String relative) throws IOException {
        try {
            return files.resolve(relative);
        } catch (FolderFiles.OutsideFolder e) {
            refusePath(ctx, e.getMessage());
            return null;
        }
    }

    void refusePath(Context ctx, String path) throws IOException {
        refuse(ctx, 403, Diagnostic.error("E-STUDIO-PATH", SourcePos.of(Path.of("request")), path));
    }

    void refuse(Context ctx, int status, Diagnostic d) throws IOException {
        Diagnostics one = new Diagnostics();
        one.add(d);
        ObjectNode doc = StudioJson.MAPPER.createObjectNode();
        doc.set("diagnostics", StudioJson.diagnostics(one, files, texts(ctx).diagnostics()));
        ctx.status(status);
        json(ctx, doc);
    }

    /** A refusal with the workspace's reasons (its errors, when it has any): 400 for input the user can fix, 422 for the rubric or its tests. */
    void failed(Context ctx, Outcome<?> outcome) throws IOException {
        Diagnostics shown = outcome.diagnostics();
        if (shown.hasErrors()) {
            shown = new Diagnostics();
            outcome.diagnostics().all().stream().filter(Diagnostic::isError).forEach(shown::add);
        }
        ObjectNode doc = StudioJson.MAPPER.createObjectNode();
        doc.put("failure", outcome.failure().name().toLowerCase(Locale.ROOT));
        doc.set("diagnostics", StudioJson.diagnostics(shown, files, texts(ctx).diagnostics()));
        ctx.status(outcome.failure() == Outcome.Failure.INPUT ? 400 : 422);
        json(ctx, doc);
    }

    static void json(Context ctx, JsonNode doc) throws IOException {
        ctx.contentType(JSON).result(StudioJson.MAPPER.writeValueAsBytes(doc));
    }
}
