package vn.rubric.workbench.platform;

import vn.rubric.dsl.diag.Diagnostics;

/**
 * A workspace call's result as a view sees it: the value (null when there is none), every
 * finding on the way, and why it fell short ({@link Failure#NONE} when it did not).
 */
public record Analysis<T>(T value, Diagnostics findings, Failure failure) {

    /** Why a call fell short (as the workspace says it). */
    public enum Failure { NONE, INPUT, RUBRIC, RESULTS }

    public boolean ok() {
        return failure == Failure.NONE;
    }

    public boolean hasValue() {
        return value != null;
    }
}
