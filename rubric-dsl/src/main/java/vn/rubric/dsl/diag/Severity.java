package vn.rubric.dsl.diag;

public enum Severity { ERROR, WARNING }
