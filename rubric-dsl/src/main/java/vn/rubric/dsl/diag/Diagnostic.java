package vn.rubric.dsl.diag;

import java.util.Arrays;
import java.util.List;
import vn.rubric.dsl.source.SourcePos;

/**
 * One finding about a user's file. The code is stable (tests and tools match on it); the
 * message and fix hint are looked up by code in the resource bundles, with {@code args}
 * filled in, so the same diagnostic reads in Vietnamese or English. {@code fix}, when not
 * null, is the hint as edits of the file: applied literally, it removes the finding.
 */
public record Diagnostic(String code, Severity severity, SourcePos pos, List<Object> args, Fix fix) {

    public Diagnostic {
        args = args.stream().map(a -> a == null ? (Object) "" : a).toList();
    }

    /** A finding whose hint, if any, is advice in words only. */
    public Diagnostic(String code, Severity severity, SourcePos pos, List<Object> args) {
        this(code, severity, pos, args, null);
    }

    public static Diagnostic error(String code, SourcePos pos, Object... args) {
        return new Diagnostic(code, Severity.ERROR, pos, Arrays.asList(args));
    }

    public static Diagnostic warning(String code, SourcePos pos, Object... args) {
        return new Diagnostic(code, Severity.WARNING, pos, Arrays.asList(args));
    }

    /** The same finding with {@code fix} as its hint (null: none). */
    public Diagnostic withFix(Fix fix) {
        return new Diagnostic(code, severity, pos, args, fix);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
