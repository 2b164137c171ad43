package vn.rubric.dsl.amend;

import vn.rubric.dsl.source.YamlNode;

/**
 * Writes into each item of the base the citation it inherits (from its criterion or section,
 * else from the regulation), before the draft's regulation block replaces the base's: an
 * amendment leaves unchanged items in force under the base's articles, not the draft's.
 */
final class InheritedCites {

    private InheritedCites() {}

    static void materialize(RubricTree tree) {
        YamlNode regulationCite = tree.regulation() == null ? null : cite(tree.regulation());
        for (YamlNode c : tree.criteria()) {
            if (c instanceof YamlNode.Mapping m) inherit(m, regulationCite);
        }
        for (String s : new String[] {RubricTree.BONUS, RubricTree.DEDUCTIONS}) {
            RubricTree.Found section = tree.section(s);
            if (section != null && section.mapping() != null) inherit(section.mapping(), regulationCite);
        }
    }

    private static void inherit(YamlNode.Mapping holder, YamlNode regulationCite) {
        YamlNode own = cite(holder);
        YamlNode inherited = own != null ? own : regulationCite;
        if (inherited == null) return;
        for (YamlNode i : RubricTree.list(holder, "items")) {
            if (i instanceof YamlNode.Mapping item && cite(item) == null) Trees.put(item, "cite", inherited.pos(), inherited);
        }
    }

    /** The cite written in {@code m}, when it is one. */
    private static YamlNode cite(YamlNode.Mapping m) {
        return Trees.text(m.get("cite")) != null ? m.get("cite") : null;
    }
}
