package vn.rubric.dsl.compile;

import java.util.Map;
import java.util.TreeMap;
import vn.rubric.dsl.source.SourcePos;

/** From a line of generated DRL to the rubric line that produced it. */
public final class SourceMap {

    private final TreeMap<Integer, SourcePos> lines = new TreeMap<>();

    void mark(int drlLine, SourcePos pos) {
        if (pos != null) lines.put(drlLine, pos);
    }

    /** The rubric position of the nearest marked line at or above {@code drlLine}, or null. */
    public SourcePos rubricPos(int drlLine) {
        Map.Entry<Integer, SourcePos> e = lines.floorEntry(drlLine);
        return e == null ? null : e.getValue();
    }
}
