package vn.rubric.workbench.data;

/**
 * An evidence field whose default the rubric's own value stood in for: {@code units} units
 * got {@code value} because the file has no column for the field ({@code columnMissing})
 * or their cell is empty. A simulation shows these, so a default is never a silent zero.
 */
public record DefaultedField(String field, Object value, int units, boolean columnMissing) {}
