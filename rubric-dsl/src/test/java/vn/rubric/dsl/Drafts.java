package vn.rubric.dsl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.rubric.dsl.amend.BaseNotes;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.load.RubricLoader;
import vn.rubric.dsl.validate.Validator;

/**
 * Amending packs on disk for tests: the MINI rubric as the regulation in force (base/), and a
 * draft (draft/) that amends it with the changes given.
 */
final class Drafts {

    static final String HEADER = """
            amends: ../base
            regulation:
              id: mini-draft
              decision: Dự thảo sửa đổi Quyết định số 1/2026/QĐ-UBND
              cite: Dự thảo sửa đổi QĐ 1/2026
            changes:
            """;

    private Drafts() {}

    /** Writes {@code base} as base/rubric.yaml and the draft with {@code changes} (indented list entries) as draft/rubric.yaml. */
    static Path draft(Path dir, String base, String changes) {
        file(dir.resolve("base/rubric.yaml"), base);
        return file(dir.resolve("draft/rubric.yaml"), HEADER + changes);
    }

    static Path draft(Path dir, String changes) {
        return draft(dir, Fixtures.MINI, changes);
    }

    static Path file(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the draft and, when it loaded, validates the effective rubric as a pack does. */
    static Diagnostics check(Path draftFile) {
        RubricLoader.Result r = RubricLoader.load(draftFile);
        Diagnostics all = new Diagnostics();
        all.addAll(r.diagnostics().all());
        if (r.rubric() != null) all.addAll(BaseNotes.inBase(Validator.validate(r.rubric()), r.rubric()).all());
        return all;
    }
}
