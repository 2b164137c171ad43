package vn.rubric.workbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.rules.pack.PackLoader;
import vn.rubric.workbench.exporters.KjarExporter;
import vn.rubric.workbench.plugins.PluginFolders;
import vn.rubric.workbench.plugins.PluginLoader;
import vn.rubric.workbench.serve.ScoreService;
import vn.rubric.workbench.workspace.Workspace;

/**
 * A pack served for a test as {@code rubric serve-api} serves it, on a free port of 127.0.0.1,
 * with a client. {@code packJson} is what {@code rubric export PACK --version V} writes, made
 * here on its own so that a test can hold the service's GET /pack against it.
 */
public record ServedPack(Workspace workspace, RuleBase ruleBase, ScoreService service, byte[] packJson, HttpClient http) implements AutoCloseable {

    public static ServedPack start(Path pack, String version, Locale language) {
        return start(pack, version, language, PluginFolders.none());
    }

    public static ServedPack start(Path pack, String version, Locale language, PluginFolders plugins) {
        Workspace workspace = new Workspace(PluginLoader.load(plugins).registry());
        RulePack loaded = PackLoader.load(pack).pack();
        RuleBase ruleBase = workspace.build(loaded).value();
        try {
            ScoreService service = ScoreService.start(workspace, ruleBase, version, Messages.diagnostics(language),
                    Messages.of(Workbench.CLI_BUNDLE, language), "127.0.0.1", 0);
            byte[] packJson = KjarExporter.files(loaded, version).get(loaded.id() + "-" + version + KjarExporter.PACK_JSON_SUFFIX);
            return new ServedPack(workspace, ruleBase, service, packJson, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + service.port() + path);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A POST of {@code body} as JSON. */
    public HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return post(path, body, "application/json");
    }

    /** A POST of {@code body} as {@code contentType}, with the headers given as name, value, name, value… */
    public HttpResponse<String> post(String path, String body, String contentType, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType);
        if (headers.length > 0) b.headers(headers);
        return http.send(b.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        service.close();
    }
}
