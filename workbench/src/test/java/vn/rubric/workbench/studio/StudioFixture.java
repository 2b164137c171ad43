package vn.rubric.workbench.studio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.rubric.workbench.TestFolders;
import vn.rubric.workbench.plugins.PluginLoader;
import vn.rubric.workbench.plugins.PluginFolders;
import vn.rubric.workbench.workspace.Workspace;

/**
 * A studio on a copy of the Hưng Yên samples (the regulation in force and its draft), so a
 * test may save files; and raw HTTP requests, since java.net.http will not send a forged Host.
 */
final class StudioFixture implements AutoCloseable {

    static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();

    record Answer(int status, Map<String, String> headers, String body) {}

    final Path folder;
    final StudioServer server;

    StudioFixture(Path temp) throws IOException {
        this.folder = temp.resolve("packs");
        for (String pack : new String[] {"hung-yen-02-2020", "hung-yen-draft"}) TestFolders.copy(SAMPLES.resolve(pack), folder.resolve(pack));
        Workspace workspace = new Workspace(PluginLoader.load(new PluginFolders(java.util.List.of())).registry());
        this.server = StudioServer.start(workspace, folder, "127.0.0.1", 0);
    }

    String host() {
        return "127.0.0.1:" + server.port();
    }

    String origin() {
        return "http://" + host();
    }

    /** A GET with the token and the studio's own Host. */
    Answer get(String pathAndQuery) {
        return send("GET", pathAndQuery, Map.of("Host", host(), AccessGuard.TOKEN_HEADER, server.token()), null);
    }

    /** A POST as the studio's page sends it: token, Host and Origin its own. */
    Answer post(String path, String json) {
        return send("POST", path, Map.of("Host", host(), "Origin", origin(), AccessGuard.TOKEN_HEADER, server.token(),
                "Content-Type", "application/json"), json.getBytes(StandardCharsets.UTF_8));
    }

    Answer send(String method, String pathAndQuery, Map<String, String> headers, byte[] body) {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(60_000);
            StringBuilder head = new StringBuilder(method + " " + pathAndQuery + " HTTP/1.1\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            if (body != null) head.append("Content-Length: ").append(body.length).append("\r\n");
            head.append("Connection: close\r\n\r\n");
            OutputStream out = s.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            if (body != null) {
                try {
                    out.write(body);
                } catch (IOException refusedEarly) {
                    // the server may answer and close before reading a body it refuses
                }
            }
            out.flush();
            return parse(s.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer parse(byte[] raw) {
        String all = new String(raw, StandardCharsets.UTF_8);
        int end = all.indexOf("\r\n\r\n");
        String[] lines = all.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int c = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, c).toLowerCase(java.util.Locale.ROOT), lines[i].substring(c + 1).strip());
        }
        String body = all.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) body = unchunk(body);
        return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
    }

    private static String unchunk(String body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        int i = 0;
        while (i < b.length) {
            int eol = i;
            while (b[eol] != '\r') eol++;
            int size = Integer.parseInt(new String(b, i, eol - i, StandardCharsets.US_ASCII).split(";")[0].strip(), 16);
            if (size == 0) break;
            out.write(b, eol + 2, size);
            i = eol + 2 + size + 2;
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }


    @Override
    public void close() {
        server.close();
    }
}
