package vn.rubric.dsl.model;

import java.nio.file.Path;
import java.util.List;
import vn.rubric.dsl.source.SourcePos;

/**
 * What an amending pack declares ({@code amends:} and {@code changes:}): the regulation it
 * amends and each change it makes, in the order the amending decision lists them, each with
 * the article that makes it. The loader applies the changes to the base; the rubric it gives
 * is the effective one, and keeps this record so reports can cite the article behind a change.
 */
public record Amendment(Path baseFile, String baseId, List<Change> changes, SourcePos pos, List<Path> bases) {

    /**
     * {@code bases} is every regulation file the effective text rests on, nearest first:
     * {@code baseFile}, then the one it amends if it is itself a draft, and so on (a pack
     * takes the hand-written rules of each).
     */
    public Amendment {
        changes = List.copyOf(changes);
        bases = List.copyOf(bases);
    }

    /** An amendment of a regulation written whole. */
    public Amendment(Path baseFile, String baseId, List<Change> changes, SourcePos pos) {
        this(baseFile, baseId, changes, pos, List.of(baseFile));
    }

    /** What a change does to its target. */
    public enum Op { ADD, REPLACE, SET, REMOVE }

    /** The kinds of thing a change can be aimed at. */
    public enum Kind { REGULATION, PARAMETER, EVIDENCE, CRITERION, ITEM, TIER, BONUS, DEDUCTIONS, RATING_CLASS }

    /**
     * What a change is aimed at: {@code id} is the criterion or item id, the parameter or
     * evidence field name, or the class name (null for the regulation, bonus, deductions);
     * {@code tier} is the tier's label when {@code kind} is TIER (then {@code id} is its item).
     */
    public record Target(Kind kind, String id, String tier) {}

    /**
     * One change: its target, what it does, the keys it sets (for SET: the names of the keys
     * written, e.g. {@code points}, {@code min}, {@code quota}), and the article of the amending
     * decision that makes it ("Điều 1, khoản 4"), as written.
     */
    public record Change(Target target, Op op, List<String> keys, String cite, SourcePos pos) {
        public Change {
            keys = List.copyOf(keys);
        }
    }
}
