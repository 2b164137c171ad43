package vn.rubric.workbench.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.workbench.Workbench;
import vn.rubric.workbench.serve.ScoreService;
import vn.rubric.workbench.workspace.Outcome;

/**
 * {@code rubric serve-api PACK [--host H] [--port N] [--version X.Y.Z]}: the pack's scoring
 * over HTTP until stopped (Ctrl+C). Bound to 127.0.0.1 unless told otherwise: it has no
 * authentication, so only another host's admin should open it wider.
 */

// no mixinStandardHelpOptions: its --version clashes with ours and picocli drops the mixin (see ExportCommand)
@Command(name = "serve-api")
public final class ServeApiCommand implements Callable<Integer> {

    private final Workbench wb;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
    boolean help;

    @Parameters(index = "0", paramLabel = "PACK", defaultValue = ".", descriptionKey = "pack")
    Path pack;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1", descriptionKey = "serve.host")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", descriptionKey = "serve.port")
    int port;

    @Option(names = "--version", paramLabel = "X.Y.Z", defaultValue = "0.0.0", descriptionKey = "serve.version")
    String version;

    public ServeApiCommand(Workbench wb) {
        this.wb = wb;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Console console = new Console(wb);
        if (port < 0 || port > 65535) return console.usage("serve.bad-port", port);
        // a name that resolves to nothing is the user's mistake, said before the pack is built or a server starts
        try {
            java.net.InetAddress.getByName(host);
        } catch (java.net.UnknownHostException | SecurityException e) {
            return console.usage("serve.bad-host", host);
        }
        Outcome<RuleBase> built = console.workspace().build(pack);
        int exit = console.finish(built);
        if (!built.ok()) return exit;
        RulePack p = built.value().pack();
        ScoreService service;
        try {
            service = ScoreService.start(console.workspace(), built.value(), version, wb.diagnostics(), wb.text(), host, port);
        } catch (RuntimeException e) {
            // Javalin wraps Jetty's "address already in use" and "cannot assign address"
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return console.usage("serve.cannot-listen", host, port, cause.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            stopped.countDown();
        }));
        wb.out().println(wb.text().get("serve.listening", host, String.valueOf(service.port()), p.id()));
        wb.out().flush();
        stopped.await();
        return ExitCode.OK;
    }
}
