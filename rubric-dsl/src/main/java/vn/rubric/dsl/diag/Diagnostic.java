package vn.rubric.dsl.diag;

import java.util.Arrays;
import java.util.List;
import vn.rubric.dsl.source.SourcePos;

/**
 * One finding about a user's file. The code is stable (tests and tools match on it); the
 * message and fix hint are looked up by code in the resource bundles, with {@code args}
 * filled in, so the same diagnostic reads in Vietnamese or English. {@code note}, when not
 * null, is said after the message in brackets: where the finding sits when the position
 * alone would mislead (a line of the regulation a draft amends, not of the draft).
 * {@code fix}, when not null, is the hint as edits of the file: applied literally, it removes
 * the finding.
 */
public record Diagnostic(String code, Severity severity, SourcePos pos, List<Object> args, Word note, Fix fix) {

    public Diagnostic {
        args = args.stream().map(a -> a == null ? (Object) "" : a).toList();
    }

    /** A finding with no note, whose hint, if any, is advice in words only. */
    public Diagnostic(String code, Severity severity, SourcePos pos, List<Object> args) {
        this(code, severity, pos, args, null, null);
    }

    public static Diagnostic error(String code, SourcePos pos, Object... args) {
        return new Diagnostic(code, Severity.ERROR, pos, Arrays.asList(args));
    }

    public static Diagnostic warning(String code, SourcePos pos, Object... args) {
        return new Diagnostic(code, Severity.WARNING, pos, Arrays.asList(args));
    }

    /** The same finding, somewhere else (a position shown as the jar entry or request body it came from). */
    public Diagnostic at(SourcePos elsewhere, List<Object> otherArgs) {
        return new Diagnostic(code, severity, elsewhere, otherArgs, note, fix);
    }

    public Diagnostic withNote(Word note) {
        return new Diagnostic(code, severity, pos, args, note, fix);
    }

    /** The same finding with {@code fix} as its hint (null: none). */
    public Diagnostic withFix(Fix fix) {
        return new Diagnostic(code, severity, pos, args, note, fix);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
