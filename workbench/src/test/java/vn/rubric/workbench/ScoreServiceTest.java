package vn.rubric.workbench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.rubric.workbench.serve.ScoreService;

/** The score service over real HTTP, on a free port of 127.0.0.1, against what the CLI gives. */
class ScoreServiceTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static ServedPack served;

    @BeforeAll
    static void start() {
        served = ServedPack.start(CliTest.pack(), "1.2.0", Locale.ENGLISH);
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @Test
    void scoresUnitsSentAsJsonExactlyAsTheCliDoes() throws Exception {
        String units = """
                [ { "unit_id": "u1", "unit_name": "Phòng Nội vụ, huyện Văn Giang", "hot_spot": "none", "office": 1 },
                  { "unit_id": "u2", "unit_name": "UBND xã Long Hưng", "hot_spot": "handled", "office": 0.7 },
                  { "unit_id": "u3", "unit_name": "UBND thị trấn Văn Giang", "hot_spot": "unhandled", "office": 1 } ]
                """;
        HttpResponse<String> r = post("/score", units);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/json"));
        Cli cli = Cli.run("score", CliTest.pack().toString(), "--format", "json");
        assertEquals(0, cli.exit(), cli.toString());
        // the same reporter answers both: the same bytes, not only the same JSON tree
        assertEquals(cli.out(), r.body());
    }

    @Test
    void badUnitsGet400WithEveryErrorLocatedInTheBody() throws Exception {
        String units = "{ \"units\": [\n  { \"unit_id\": \"u1\", \"hot_spot\": \"solved\" },\n  { \"unit_id\": \"u2\", \"hot_spot\": \"none\", \"office\": 2 }\n] }";
        HttpResponse<String> r = post("/score", units);
        assertEquals(400, r.statusCode(), r.body());
        JsonNode doc = JSON.readTree(r.body());
        assertEquals(ScoreService.ERRORS_FORMAT, doc.get("format").asText());
        JsonNode errors = doc.get("errors");
        assertEquals(2, errors.size(), r.body());
        // the schema's words, not the CSV importer's
        assertEquals("E-API-ENUM", errors.get(0).get("code").asText());
        assertEquals(2, errors.get(0).get("line").asInt());
        assertEquals(34, errors.get(0).get("column").asInt());
        assertTrue(errors.get(0).get("text").asText().startsWith("body:2:34: error E-API-ENUM: \"solved\" is not a value of \"hot_spot\""), r.body());
        assertEquals("E-API-MAXIMUM", errors.get(1).get("code").asText());
        assertEquals(3, errors.get(1).get("line").asInt());

        HttpResponse<String> unknown = post("/score", "[ { \"unit_id\": \"u1\", \"hot_spot\": \"none\", \"ofice\": 1 } ]");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("did you mean \\\"office\\\"?"), unknown.body());
    }

    @Test
    void notJsonAtAllIs400Too() throws Exception {
        HttpResponse<String> r = post("/score", "[ { \"unit_id\": ");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(JSON.readTree(r.body()).get("errors").size() > 0);
    }

    @Test
    void getPackAnswersPackJson() throws Exception {
        HttpResponse<byte[]> r = served.http().send(HttpRequest.newBuilder(served.uri("/pack")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertArrayEquals(served.packJson(), r.body());
        assertEquals("1.2.0", JSON.readTree(r.body()).get("version").asText());
    }

    @Test
    void otherPathsAreNotFound() throws Exception {
        HttpResponse<String> r = served.get("/admin");
        assertEquals(404, r.statusCode());
    }

    @Test
    void aBodyOverTheLimitIs413WithTheLimitAndItsSetting() throws Exception {
        // the limit is read at each request: lowered here to 1 MB, so the test sends 2
        String property = vn.rubric.dsl.source.InputLimit.BODY.property();
        System.setProperty(property, "1");
        try {
            // said by its length: the 413 comes before a byte of the body is sent (a client still writing a body the
            // server will not read races with the server closing the connection, so the test sends none)
            String[] r = raw("Content-Length: " + 2 * 1024 * 1024, new byte[0]);
            assertEquals("413", r[0], r[1]);
            JsonNode error = JSON.readTree(r[1]).get("errors").get(0);
            assertEquals("E-INPUT-TOO-LARGE-BODY", error.get("code").asText());
            assertTrue(error.get("hint").asText().contains("RUBRIC_LIMIT_BODY_MB"), r[1]);
            // a body sent in chunks, with no length said beforehand, is counted as it comes: a little over the limit
            // is sent, so what the server leaves unread fits in the socket's buffers
            byte[] chunk = new byte[1024 * 1024 + 16 * 1024];
            java.util.Arrays.fill(chunk, (byte) ' ');
            java.io.ByteArrayOutputStream chunked = new java.io.ByteArrayOutputStream();
            chunked.writeBytes((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            chunked.writeBytes(chunk);
            chunked.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            String[] counted = raw("Transfer-Encoding: chunked", chunked.toByteArray());
            assertEquals("413", counted[0], counted[1]);
        } finally {
            System.clearProperty(property);
        }
        assertEquals(200, post("/score", "[ { \"unit_id\": \"u1\", \"hot_spot\": \"none\" } ]").statusCode());
    }

    static HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return served.post(path, body);
    }

    /**
     * A POST /score written on a socket: the headers, then {@code body} (the request's end is
     * not sent), then the answer read to its end; {status, body}.
     */
    static String[] raw(String lengthHeader, byte[] body) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", served.service().port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /score HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nConnection: close\r\n"
                    + lengthHeader + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String status = answer.substring(answer.indexOf(' ') + 1, answer.indexOf(' ') + 4);
            String rest = answer.substring(answer.indexOf("\r\n\r\n") + 4);
            // a chunked answer: its JSON is between the first chunk's size line and the final chunk
            return new String[] {status, rest.startsWith("{") ? rest : rest.substring(rest.indexOf('{'), rest.lastIndexOf('}') + 1)};
        }
    }

}
