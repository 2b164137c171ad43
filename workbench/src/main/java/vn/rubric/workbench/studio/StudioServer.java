package vn.rubric.workbench.studio;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import vn.rubric.workbench.workspace.Workspace;

/**
 * {@code rubric studio}: the workbench in a browser, served from the jar (page, scripts and
 * styles; nothing from the net) with the JSON API of {@link StudioApi}, behind the
 * {@link AccessGuard}. Bodies are bounded; the page may run only its own scripts.
 */
public final class StudioServer implements AutoCloseable {

    /** The largest request body: a rubric is tens of kilobytes. */
    /** An edit carries a rubric.yaml: the rubric's own limit (RUBRIC_LIMIT_RUBRIC_MB), with room for its JSON quoting. */
    static final long MAX_BODY = 2 * vn.rubric.dsl.source.InputLimit.RUBRIC.bytes();
    private static final String WEB = "/vn/rubric/workbench/studio/web/";
    /** The page's files, by their address: nothing else of the class path is served. */
    private static final Map<String, String> ASSETS = Map.of(
            "/studio.js", "text/javascript; charset=utf-8",
            "/studio.css", "text/css; charset=utf-8");

    private final Javalin app;
    private final String host;
    private final AccessGuard guard;
    private final Languages languages = new Languages();

    private StudioServer(Workspace workspace, Path folder, String host, int port, String token) throws IOException {
        this.host = host;
        FolderFiles folderFiles = new FolderFiles(folder);
        StudioApi api = new StudioApi(workspace, folderFiles, languages);
        StudioActions actions = new StudioActions(workspace, folderFiles, languages);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_BODY;
            config.routes.before(this::admit);
            config.routes.get("/", ctx -> page(ctx, "index.html", "text/html; charset=utf-8"));
            ASSETS.forEach((path, type) -> config.routes.get(path, ctx -> page(ctx, path.substring(1), type)));
            config.routes.get("/api/texts", api::pageTexts);
            config.routes.get("/api/packs", api::packs);
            config.routes.get("/api/file", api::file);
            config.routes.post("/api/edit", api::edit);
            config.routes.post("/api/save", api::save);
            config.routes.post("/api/previous", api::previous);
            config.routes.get("/api/changes", api::changes);
            config.routes.get("/api/impact", api::impact);
            config.routes.get("/api/tests", api::tests);
            config.routes.get("/api/views", api::listViews);
            config.routes.get("/api/views/{id}", api::view);
            // tests by example, Ban hành and its downloads
            config.routes.get("/api/tests/review", actions::reviewTest);
            config.routes.post("/api/tests/accept", actions::acceptTest);
            config.routes.post("/api/tests/save-case", actions::saveCase);
            config.routes.get("/api/issue", actions::issueForm);
            config.routes.post("/api/issue", actions::issue);
            config.routes.get("/api/download", actions::download);
            config.routes.exception(Exception.class, (e, ctx) -> ctx.status(500).contentType(StudioRequests.TEXT)
                    .result(languages.of(ctx.queryParam("lang")).text().get("error.internal", vn.rubric.workbench.plugins.PluginFailure.describe(e))));
        });
        app.start(host, port);
        this.guard = new AccessGuard(names(host, app.port()), token);
    }

    /** Serves {@code folder} on {@code host}:{@code port} (0: a free port) with a fresh access token. */
    public static StudioServer start(Workspace workspace, Path folder, String host, int port) throws IOException {
        return new StudioServer(workspace, folder, host, port, AccessGuard.newToken());
    }

    public int port() {
        return app.port();
    }

    /** The address to open, with the access token. */
    public String address() {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shown + ":" + port() + "/?token=" + guard.token();
    }

    public String token() {
        return guard.token();
    }

    /** Whether {@code host} is this machine only (a warning is due otherwise). */
    public static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static boolean isWildcard(String host) {
        try {
            return InetAddress.getByName(host).isAnyLocalAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public void close() {
        app.stop();
    }

    private void admit(Context ctx) {
        boolean isPage = ASSETS.containsKey(ctx.path());
        boolean changes = ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD && ctx.method() != HandlerType.OPTIONS;
        String given = ctx.header(AccessGuard.TOKEN_HEADER);
        if (given == null) given = ctx.queryParam("token");
        AccessGuard.Refusal refused = guard.check(ctx.header("Host"), ctx.header("Origin"), !isPage, changes, given);
        if (refused == null && ctx.contentLength() > MAX_BODY) refused = new AccessGuard.Refusal(413, "studio.refused.too-large");
        // the token is in the page's address: never sent on to another site; only the page's own scripts run
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'");
        if (refused != null) {
            ctx.status(refused.status()).contentType(StudioRequests.TEXT).result(languages.of(ctx.queryParam("lang")).text().get(refused.key()));
            ctx.skipRemainingHandlers();
        }
    }

    private static void page(Context ctx, String name, String type) throws IOException {
        try (InputStream in = StudioServer.class.getResourceAsStream(WEB + name)) {
            if (in == null) {
                ctx.status(404).contentType(StudioRequests.TEXT).result(name + " is not in the jar: build the workbench with its front end (mvn -pl workbench -am package)");
                return;
            }
            ctx.contentType(type).result(in.readAllBytes());
        }
    }

    /** The {@code host:port} names that reach the studio: the bound address, and localhost's names when bound to loopback. */
    private static Set<String> names(String host, int port) {
        Set<String> names = new LinkedHashSet<>();
        names.add((host.contains(":") ? "[" + host + "]" : host).toLowerCase(java.util.Locale.ROOT) + ":" + port);
        if (isLoopback(host)) {
            names.add("127.0.0.1:" + port);
            names.add("localhost:" + port);
            names.add("[::1]:" + port);
        }
        if (isWildcard(host)) {
            // bound to every interface: reached by any of this machine's own addresses (never by another name)
            try {
                for (java.net.NetworkInterface ni : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
                    for (InetAddress a : java.util.Collections.list(ni.getInetAddresses())) {
                        String literal = a.getHostAddress().replaceAll("%.*$", "");
                        names.add((a instanceof java.net.Inet6Address ? "[" + literal + "]" : literal).toLowerCase(java.util.Locale.ROOT) + ":" + port);
                    }
                }
            } catch (java.net.SocketException e) {
                // no interfaces to list: the bound address alone
            }
        }
        return names;
    }
}
