package vn.rubric.workbench.importers;

import java.util.Map;
import vn.rubric.dsl.source.SourcePos;

/**
 * One unit as an importer read it, before any rubric is applied: its id and name cells, and
 * every other cell (profile columns and evidence) by column name, each with its position.
 * {@link RawTable#type} turns it into a {@link vn.rubric.dsl.score.Unit}.
 */
public record RawUnit(Cell id, Cell name, Map<String, Cell> fields, SourcePos pos) {

    /** One raw value (String, Double or Boolean; null when empty) and where it was. */
    public record Cell(Object value, SourcePos pos) {

        /** The value as text, stripped, a whole number without ".0"; null when empty. */
        public String text() {
            if (value == null) return null;
            if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) return String.valueOf(d.longValue());
            String s = value.toString().strip();
            return s.isEmpty() ? null : s;
        }
    }
}
