package vn.rubric.dsl.amend;

import vn.rubric.dsl.model.Amendment;
import vn.rubric.dsl.source.SourcePos;
import vn.rubric.dsl.source.YamlNode;

/**
 * One entry of {@code changes:} as read: the change (as the amendment records it), what it
 * writes ({@code value}: the mapping of a set, the node a replace or add puts in; null for a
 * remove) and, for an addition, where it goes.
 *
 * @param targetPos where the target is named (its id, label or name), for "not found" errors
 */
record ChangeSpec(Amendment.Change change, YamlNode value, SourcePos targetPos, Place place) {

    /**
     * Where an added thing goes: {@code in} a criterion (or bonus, deductions) for an item, or
     * {@code after} / {@code before} a sibling; all null for "at the end".
     */
    record Place(String in, String after, String before, SourcePos pos) {
        static final Place END = new Place(null, null, null, null);

        String sibling() {
            return after != null ? after : before;
        }
    }

    Amendment.Target target() {
        return change.target();
    }

    Amendment.Op op() {
        return change.op();
    }

    int line() {
        return change.pos().line();
    }
}
