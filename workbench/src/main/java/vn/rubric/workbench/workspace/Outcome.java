package vn.rubric.workbench.workspace;

import java.util.function.Function;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;

/**
 * What a workspace call gives: its value, every finding on the way (warnings too), and, when
 * it could not give a value or a value that holds, why. Faces decide what to show and how to
 * end (the CLI maps {@link Failure} to an exit code, the studio to a Problems list).
 */
public record Outcome<T>(T value, Diagnostics diagnostics, Failure failure) {

    /** Why a call fell short. */
    public enum Failure {
        /** Nothing fell short (there may be warnings). */
        NONE,
        /** The input could not be had or read: a missing file, a bad data row, an unknown name asked for. */
        INPUT,
        /** The rubric, its rules or its tests are wrong. */
        RUBRIC,
        /** A value was made, but some of it failed: a unit its rules could not score, a test that failed. */
        RESULTS
    }

    public static <T> Outcome<T> ok(T value, Diagnostics diagnostics) {
        return new Outcome<>(value, diagnostics, Failure.NONE);
    }

    public static <T> Outcome<T> failed(Failure failure, Diagnostics diagnostics) {
        return new Outcome<>(null, diagnostics, failure);
    }

    /** A failure of one diagnostic. */
    public static <T> Outcome<T> failed(Failure failure, Diagnostic problem) {
        Diagnostics d = new Diagnostics();
        d.add(problem);
        return failed(failure, d);
    }

    /** Whether there is a value (it may still hold failed parts: see {@link Failure#RESULTS}). */
    public boolean hasValue() {
        return value != null;
    }

    public boolean ok() {
        return failure == Failure.NONE;
    }

    /** This failure, carried over to a call of another value type. */
    public <U> Outcome<U> carry() {
        return new Outcome<>(null, diagnostics, failure);
    }

    /** The same findings and failure, with the value mapped. */
    public <U> Outcome<U> map(Function<T, U> f) {
        return new Outcome<>(value == null ? null : f.apply(value), diagnostics, failure);
    }

    /** The findings of {@code earlier} calls first, then this call's. */
    public Outcome<T> after(Diagnostics earlier) {
        Diagnostics all = new Diagnostics();
        all.addAll(earlier.all());
        all.addAll(diagnostics.all());
        return new Outcome<>(value, all, failure);
    }
}
