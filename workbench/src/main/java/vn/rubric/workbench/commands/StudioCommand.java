package vn.rubric.workbench.commands;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.rubric.workbench.Workbench;
import vn.rubric.workbench.studio.StudioServer;

/**
 * {@code rubric studio [FOLDER] [--host H] [--port N] [--open]}: the studio on the folder's
 * packs until stopped (Ctrl+C). Bound to 127.0.0.1 on a free port unless told otherwise; the
 * address printed holds this start's access token; a browser opens only with {@code --open}.
 */
@Command(name = "studio", mixinStandardHelpOptions = true)
public final class StudioCommand implements Callable<Integer> {

    private final Workbench wb;

    @Parameters(index = "0", paramLabel = "FOLDER", arity = "0..1", descriptionKey = "studio.folder")
    Path folder;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1", descriptionKey = "studio.host")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "0", descriptionKey = "studio.port")
    int port;

    @Option(names = "--open", descriptionKey = "studio.open")
    boolean open;

    public StudioCommand(Workbench wb) {
        this.wb = wb;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Console console = new Console(wb);
        Path root = folder != null ? folder : Samples.resolve("samples");
        if (!Files.isDirectory(root)) return console.usage("studio.not-a-folder", root);
        if (port < 0 || port > 65535) return console.usage("serve.bad-port", port);
        StudioServer server;
        try {
            server = StudioServer.start(console.workspace(), root, host, port);
        } catch (RuntimeException e) {
            // Javalin wraps Jetty's "address already in use" and "cannot assign address"
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return console.usage("serve.cannot-listen", host, port, cause.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        if (!StudioServer.isLoopback(host)) {
            wb.err().println(wb.text().get("studio.host-warning", host, root.toAbsolutePath().normalize()));
            wb.err().flush();
        }
        wb.out().println(wb.text().get("studio.listening", root.toAbsolutePath().normalize(), server.address()));
        wb.out().flush();
        if (open) browse(server.address());
        stopped.await();
        return ExitCode.OK;
    }

    private void browse(String address) {
        try {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) throw new UnsupportedOperationException("no desktop");
            Desktop.getDesktop().browse(URI.create(address));
        } catch (IOException | RuntimeException e) {
            wb.err().println(wb.text().get("studio.cannot-open", e.getMessage()));
            wb.err().flush();
        }
    }
}
