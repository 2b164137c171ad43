package vn.rubric.dsl.amend;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.diag.Word;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.pack.RulePack;

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

    /**
     * The findings on an amending pack's effective rubric or rules, each in a file of a
     * regulation it amends (its rubric.yaml or one of its rules/*.drl) noted so; unchanged for a
     * rubric written whole.
     */
    public static Diagnostics inBase(Diagnostics found, Rubric rubric) {
        if (rubric == null || !rubric.isAmending()) return found;
        Set<Path> baseFiles = new HashSet<>();
        Set<Path> baseRules = new HashSet<>();
        for (Path base : rubric.amendment().bases()) {
            Path file = base.toAbsolutePath().normalize();
            baseFiles.add(file);
            baseRules.add(file.resolveSibling(RulePack.RULES_FOLDER));
        }
        Diagnostics out = new Diagnostics();
        for (Diagnostic d : found.all()) {
            Path file = d.pos().file() == null ? null : d.pos().file().toAbsolutePath().normalize();
            boolean inBase = file != null && (baseFiles.contains(file) || baseRules.contains(file.getParent()));
            out.add(inBase && d.note() == null ? d.withNote(Word.of("in-amended-regulation", d.pos().file())) : d);
        }
        return out;
    }

    private static Diagnostic inBase(Diagnostic d, Path draft) {
        Path file = d.pos().file();
        if (file == null || d.note() != null || file.toAbsolutePath().normalize().equals(draft)) return d;
        return d.withNote(Word.of("in-amended-regulation", file));
    }
}
