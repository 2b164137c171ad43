package vn.rubric.dsl.source;

import java.nio.file.Path;

/** Where something was written: a file, a 1-based line and a 1-based column (0 when unknown). */
public record SourcePos(Path file, int line, int column) {

    public static SourcePos of(Path file) {
        return new SourcePos(file, 0, 0);
    }

    /** The position {@code offset} characters further along the same line. */
    public SourcePos plusColumns(int offset) {
        return new SourcePos(file, line, column == 0 ? 0 : column + offset);
    }

    @Override
    public String toString() {
        String name = file == null ? "<input>" : file.toString();
        if (line <= 0) return name;
        return column <= 0 ? name + ":" + line : name + ":" + line + ":" + column;
    }
}
