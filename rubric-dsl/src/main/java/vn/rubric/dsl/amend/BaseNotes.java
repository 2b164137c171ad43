package vn.rubric.dsl.amend;

import java.nio.file.Path;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.diag.Word;
import vn.rubric.dsl.model.Rubric;

/**
 * Says of a finding on a line of the regulation a draft amends that it is there, not in the
 * draft: the drafter reads "trong quy định được sửa đổi: …" and knows the fix is a change in
 * the draft (or in the base), not an edit of a line the draft does not have.
 */
public final class BaseNotes {

    private BaseNotes() {}

    /** {@code found}, each finding in a file other than {@code draftFile} noted as in the amended regulation. */
    public static Diagnostics inBase(Diagnostics found, Path draftFile) {
        Path draft = draftFile.toAbsolutePath().normalize();
        Diagnostics out = new Diagnostics();
        for (Diagnostic d : found.all()) out.add(inBase(d, draft));
        return out;
    }

    /** As {@link #inBase(Diagnostics, Path)} for the findings on an effective rubric; unchanged for a rubric written whole. */
    public static Diagnostics inBase(Diagnostics found, Rubric rubric) {
        return rubric == null || !rubric.isAmending() ? found : inBase(found, rubric.file());
    }

    private static Diagnostic inBase(Diagnostic d, Path draft) {
        Path file = d.pos().file();
        if (file == null || d.note() != null || file.toAbsolutePath().normalize().equals(draft)) return d;
        return d.withNote(Word.of("in-amended-regulation", file));
    }
}
