package vn.rubric.workbench.importers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.dsl.load.RubricLoader;
import vn.rubric.dsl.model.Rubric;

/** The test pack's rubric (hot_spot required, office a share defaulting to 1), and helpers to read what importers say. */
final class DataFixtures {

    static final Messages EN = Messages.diagnostics(Locale.ENGLISH);

    private DataFixtures() {}

    static Rubric mini() {
        Path file;
        try {
            file = Path.of(DataFixtures.class.getResource("/pack/rubric.yaml").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        RubricLoader.Result r = RubricLoader.load(file);
        assertTrue(r.rubric() != null, r.diagnostics().all().toString());
        return r.rubric();
    }

    /** Loads a rubric written in a test. */
    static Rubric rubric(Path dir, String yaml) throws IOException {
        Path f = dir.resolve("rubric.yaml");
        Files.writeString(f, yaml, StandardCharsets.UTF_8);
        RubricLoader.Result r = RubricLoader.load(f);
        assertTrue(r.rubric() != null, r.diagnostics().all().toString());
        return r.rubric();
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    /** Every diagnostic as the CLI prints its first line, in file order. */
    static List<String> rendered(Diagnostics d) {
        return d.sorted().stream().map(x -> EN.render(x).lines().findFirst().orElseThrow()).toList();
    }

    static List<String> codes(Diagnostics d) {
        return d.sorted().stream().map(Diagnostic::code).toList();
    }
}
