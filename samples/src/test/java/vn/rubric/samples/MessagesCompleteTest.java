package vn.rubric.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every diagnostic code the sources raise has its message in both languages, and every
 * word (diag.Word) and CLI text in one bundle is in the other. Run from samples/, the last
 * module, so it sees every module's sources.
 */
class MessagesCompleteTest {

    private static final Pattern CODE = Pattern.compile("\"([EW]-[A-Z0-9-]+)\"");

    @Test
    void everyCodeHasAMessageInVietnameseAndEnglish() throws IOException {
        Set<String> codes = new TreeSet<>();
        for (String module : new String[] {"rubric-dsl", "rules", "workbench"}) {
            try (Stream<Path> files = Files.walk(Path.of("..", module, "src", "main", "java"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = CODE.matcher(Files.readString(f, StandardCharsets.UTF_8));
                    while (m.find()) codes.add(m.group(1));
                }
            }
        }
        Properties en = load("/vn/rubric/dsl/messages.properties");
        Properties vi = load("/vn/rubric/dsl/messages_vi.properties");
        Set<String> missing = new TreeSet<>();
        for (String c : codes) {
            if (!en.containsKey(c + ".message")) missing.add("en " + c);
            if (!vi.containsKey(c + ".message")) missing.add("vi " + c);
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(load("/vn/rubric/dsl/messages.properties").keySet(), load("/vn/rubric/dsl/messages_vi.properties").keySet());
        assertEquals(load("/vn/rubric/workbench/cli.properties").keySet(), load("/vn/rubric/workbench/cli_vi.properties").keySet());
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesCompleteTest.class.getResourceAsStream(resource)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
