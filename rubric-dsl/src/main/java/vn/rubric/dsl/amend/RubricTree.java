package vn.rubric.dsl.amend;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import vn.rubric.dsl.source.SourcePos;
import vn.rubric.dsl.source.YamlNode;

/**
 * The parts of a rubric's YAML tree that a change can aim at, found by id, label or name, in a
 * working copy ({@link Trees#copy}) that the changes edit in place.
 */
final class RubricTree {

    static final String BONUS = "bonus";
    static final String DEDUCTIONS = "deductions";

    /**
     * A part found: the node, the list or mapping that holds it, and its path from the top
     * ("criterion:3", "item:3.8", "tier:…"), by which two changes are seen to touch the same thing.
     */
    record Found(YamlNode node, List<String> path, List<YamlNode> list, YamlNode.Mapping map, String key) {

        /** Puts {@code with} in this one's place; {@code keyPos} is where its name is written, for a mapping's entry. */
        void replace(YamlNode with, SourcePos keyPos) {
            if (list != null) list.set(indexIn(list, node), with);
            else Trees.put(map, key, keyPos, with);
        }

        /** Its index in its list, for an insertion beside it. */
        int index() {
            return indexIn(list, node);
        }

        void remove() {
            if (list != null) list.remove(indexIn(list, node));
            else map.entries().remove(key);
        }

        YamlNode.Mapping mapping() {
            return node instanceof YamlNode.Mapping m ? m : null;
        }
    }

    private final YamlNode.Mapping root;

    RubricTree(YamlNode.Mapping root) {
        this.root = root;
    }

    YamlNode.Mapping root() {
        return root;
    }

    YamlNode.Mapping regulation() {
        return root.get("regulation") instanceof YamlNode.Mapping m ? m : null;
    }

    List<YamlNode> criteria() {
        return list(root, "criteria");
    }

    List<YamlNode> rating() {
        return list(root, "rating");
    }

    Found criterion(String id) {
        for (YamlNode c : criteria()) {
            if (id.equals(idOf(c, "id"))) return new Found(c, List.of("criterion:" + id), criteria(), null, null);
        }
        return null;
    }

    Found section(String name) {
        YamlNode s = root.get(name);
        return s == null ? null : new Found(s, List.of("section:" + name), null, root, name);
    }

    /** A criterion by id, or the bonus or deductions section: what holds items. */
    Found itemHolder(String name) {
        return name.equals(BONUS) || name.equals(DEDUCTIONS) ? section(name) : criterion(name);
    }

    Found item(String id) {
        for (Found holder : itemHolders()) {
            List<YamlNode> items = list(holder.mapping(), "items");
            for (YamlNode i : items) {
                if (id.equals(idOf(i, "id"))) return new Found(i, append(holder.path(), "item:" + id), items, null, null);
            }
        }
        return null;
    }

    Found tier(Found item, String label) {
        List<YamlNode> tiers = list(item.mapping(), "pick-one");
        for (YamlNode t : tiers) {
            if (label.equals(idOf(t, "label"))) return new Found(t, append(item.path(), "tier:" + label), tiers, null, null);
        }
        return null;
    }

    Found ratingClass(String name) {
        for (YamlNode c : rating()) {
            if (name.equals(idOf(c, "class"))) return new Found(c, List.of("class:" + name), rating(), null, null);
        }
        return null;
    }

    Found parameter(String name) {
        return entry(block("parameters"), "parameter:", name);
    }

    Found evidence(String name) {
        return entry(block("evidence"), "evidence:", name);
    }

    /** The {@code parameters} or {@code evidence} mapping; an empty one, apart from the tree, when the rubric has none. */
    YamlNode.Mapping block(String key) {
        return root.get(key) instanceof YamlNode.Mapping m ? m : new YamlNode.Mapping(new LinkedHashMap<>(), root.pos());
    }

    /** The {@code parameters} or {@code evidence} mapping, made when the rubric has none, to add to. */
    YamlNode.Mapping blockToAddTo(String key) {
        if (root.get(key) instanceof YamlNode.Mapping m) return m;
        YamlNode.Mapping made = new YamlNode.Mapping(new LinkedHashMap<>(), root.pos());
        Trees.put(root, key, root.pos(), made);
        return made;
    }

    List<String> criterionIds() {
        return ids(criteria(), "id");
    }

    List<String> itemIds() {
        List<String> out = new ArrayList<>();
        for (Found holder : itemHolders()) out.addAll(ids(list(holder.mapping(), "items"), "id"));
        return out;
    }

    /** The ids of the items of a criterion or section. */
    static List<String> itemIdsIn(YamlNode.Mapping holder) {
        return ids(list(holder, "items"), "id");
    }

    List<String> tierLabels(Found item) {
        return ids(list(item.mapping(), "pick-one"), "label");
    }

    List<String> classNames() {
        return ids(rating(), "class");
    }

    List<String> parameterNames() {
        return new ArrayList<>(block("parameters").entries().keySet());
    }

    List<String> evidenceNames() {
        return new ArrayList<>(block("evidence").entries().keySet());
    }

    /** The criteria, then the bonus and deductions sections, as written. */
    private List<Found> itemHolders() {
        List<Found> out = new ArrayList<>();
        for (YamlNode c : criteria()) {
            String id = idOf(c, "id");
            if (id != null && c instanceof YamlNode.Mapping) out.add(new Found(c, List.of("criterion:" + id), criteria(), null, null));
        }
        for (String s : List.of(BONUS, DEDUCTIONS)) {
            Found f = section(s);
            if (f != null && f.mapping() != null) out.add(f);
        }
        return out;
    }

    /** The list under {@code key}, which edits change in place; empty (and apart from the tree) when there is none. */
    static List<YamlNode> list(YamlNode.Mapping map, String key) {
        return map != null && map.get(key) instanceof YamlNode.Sequence s ? s.items() : List.of();
    }

    /** The list under {@code key}, made when the mapping has none, to add to. */
    static List<YamlNode> listToAddTo(YamlNode.Mapping map, String key, SourcePos pos) {
        if (map.get(key) instanceof YamlNode.Sequence s) return s.items();
        YamlNode.Sequence made = new YamlNode.Sequence(new ArrayList<>(), pos);
        Trees.put(map, key, pos, made);
        return made.items();
    }

    private static Found entry(YamlNode.Mapping block, String kind, String name) {
        YamlNode.Mapping.Entry e = block.entries().get(name);
        return e == null ? null : new Found(e.value(), List.of(kind + name), null, block, name);
    }

    private static List<String> ids(List<YamlNode> nodes, String key) {
        List<String> out = new ArrayList<>();
        for (YamlNode n : nodes) {
            String id = idOf(n, key);
            if (id != null) out.add(id);
        }
        return out;
    }

    static String idOf(YamlNode node, String key) {
        return node instanceof YamlNode.Mapping m ? Trees.text(m.get(key)) : null;
    }

    private static List<String> append(List<String> path, String segment) {
        List<String> out = new ArrayList<>(path);
        out.add(segment);
        return List.copyOf(out);
    }

    private static int indexIn(List<YamlNode> list, YamlNode node) {
        for (int i = 0; i < list.size(); i++) if (list.get(i) == node) return i;
        throw new IllegalStateException("a node no longer in its list");
    }

    /** Inserts {@code key} into {@code map} after (or before) {@code sibling}; last when {@code sibling} is null. */
    static void insert(YamlNode.Mapping map, String key, SourcePos keyPos, YamlNode value, String sibling, boolean after) {
        LinkedHashMap<String, YamlNode.Mapping.Entry> old = new LinkedHashMap<>(map.entries());
        map.entries().clear();
        YamlNode.Mapping.Entry added = new YamlNode.Mapping.Entry(key, keyPos, value);
        for (var e : old.entrySet()) {
            if (!after && e.getKey().equals(sibling)) map.entries().put(key, added);
            map.entries().put(e.getKey(), e.getValue());
            if (after && e.getKey().equals(sibling)) map.entries().put(key, added);
        }
        if (!map.entries().containsKey(key)) map.entries().put(key, added);
    }
}
