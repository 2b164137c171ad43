package vn.rubric.dsl.amend;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Edit;
import vn.rubric.dsl.diag.Fix;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.diag.Word;
import vn.rubric.dsl.load.Fields;
import vn.rubric.dsl.model.Amendment.Kind;
import vn.rubric.dsl.model.Amendment.Op;
import vn.rubric.dsl.source.SourcePos;
import vn.rubric.dsl.source.YamlNode;
import vn.rubric.dsl.util.Names;

/**
 * Applies an amending pack's changes, in order, to the working copy of the regulation it
 * amends. A change aimed at something the base does not have, at something an earlier change
 * removed, or at what an earlier change already wrote is reported and left out; the rest still
 * apply, so one run shows every problem.
 */
final class ChangeApplier {

    /** The keys that say how an item is scored; an item has exactly one. */
    static final Set<String> SCORING = Set.of("pick-one", "assessed", "formula", "rule");
    /** The regulation keys a change may set; the draft's own identity is its {@code regulation:} block. */
    static final Set<String> REGULATION_KEYS = Set.of("title", "authority", "total");

    private final RubricTree tree;
    private final Path draftFile;
    private final Diagnostics diagnostics;
    private final ChangeLog log = new ChangeLog();
    private final ChangedCites cites;

    private ChangeApplier(RubricTree tree, Path draftFile, String draftCite, Diagnostics diagnostics) {
        this.tree = tree;
        this.draftFile = draftFile;
        this.diagnostics = diagnostics;
        this.cites = new ChangedCites(draftCite);
    }

    /**
     * Applies {@code changes} to {@code tree}; each item a change writes then cites
     * "{@code draftCite}, {change's cite}" unless the change gives the item its own cite.
     */
    static void apply(RubricTree tree, List<ChangeSpec> changes, Path draftFile, String draftCite, Diagnostics diagnostics) {
        ChangeApplier applier = new ChangeApplier(tree, draftFile, draftCite, diagnostics);
        for (ChangeSpec c : changes) applier.apply(c);
        applier.cites.write(tree);
    }

    private void apply(ChangeSpec c) {
        switch (c.target().kind()) {
            case REGULATION -> regulation(c);
            case CRITERION -> criterion(c);
            case ITEM -> item(c);
            case TIER -> tier(c);
            case BONUS -> section(c, RubricTree.BONUS);
            case DEDUCTIONS -> section(c, RubricTree.DEDUCTIONS);
            case RATING_CLASS -> ratingClass(c);
            case PARAMETER -> parameter(c);
            case EVIDENCE -> evidence(c);
        }
    }

    private void regulation(ChangeSpec c) {
        if (c.op() != Op.SET) {
            diagnostics.add(Diagnostic.error("E-CHANGE-REGULATION-OP", c.change().pos(), opKey(c)));
            return;
        }
        YamlNode.Mapping regulation = tree.regulation();
        if (regulation == null) return;     // the missing block is reported when the effective rubric is read
        YamlNode.Mapping values = (YamlNode.Mapping) c.value();
        for (YamlNode.Mapping.Entry e : values.entries().values()) {
            if (!REGULATION_KEYS.contains(e.key())) {
                diagnostics.add(Diagnostic.error("E-CHANGE-SET-REGULATION", e.keyPos(), e.key()));
                return;
            }
            YamlNode.Mapping.Entry inHeader = regulation.entries().get(e.key());
            if (inHeader != null && draftFile.equals(inHeader.keyPos().file())) {
                diagnostics.add(Diagnostic.error("E-CHANGE-TWICE", e.keyPos(), Word.of("target-regulation"), e.key(), inHeader.keyPos().line()));
                return;
            }
        }
        List<String> path = List.of("regulation");
        if (conflicts(c, path, Word.of("target-regulation"), "")) return;
        set(c, regulation, Kind.REGULATION);
        log.applied(path, c.op(), c.change().keys(), c.line());
    }

    private void criterion(ChangeSpec c) {
        String id = c.target().id();
        Word what = Word.of("target-criterion");
        String key = "criterion:" + id;
        if (c.op() == Op.ADD) {
            if (removedThenAdded(c, key, what, id) || exists(c, tree.criterion(id), what, id)) return;
            List<String> path = List.of(key);
            Integer index = siblingIndex(c, what, tree::criterion, tree.criterionIds(), "criterion:");
            if (index == null || conflicts(c, path, what, id)) return;
            YamlNode.Mapping m = identified(c, "id", id, what);
            if (m == null) return;
            citeIfNone(m, c);
            List<YamlNode> criteria = RubricTree.listToAddTo(tree.root(), "criteria", m.pos());
            criteria.add(index < 0 ? criteria.size() : index, m);
            log.applied(path, c.op(), c.change().keys(), c.line());
            return;
        }
        RubricTree.Found found = existing(c, key, what, id, tree.criterion(id), tree.criterionIds());
        if (found == null) return;
        switch (c.op()) {
            case REMOVE -> {
                for (String item : RubricTree.itemIdsIn(found.mapping())) log.removed("item:" + item, c.line());
                found.remove();
                log.removed(key, c.line());
            }
            case REPLACE -> {
                YamlNode.Mapping m = identified(c, "id", id, what);
                if (m == null) return;
                citeIfNone(m, c);
                found.replace(m, null);
            }
            default -> {
                if (!set(c, found.mapping(), Kind.CRITERION)) return;
            }
        }
        log.applied(found.path(), c.op(), c.change().keys(), c.line());
    }

    private void section(ChangeSpec c, String name) {
        Word what = Word.of("target-section");
        String key = "section:" + name;
        if (c.op() == Op.ADD) {
            if (removedThenAdded(c, key, what, name) || exists(c, tree.section(name), what, name)) return;
            List<String> path = List.of(key);
            if (conflicts(c, path, what, name)) return;
            YamlNode.Mapping m = identified(c, null, null, what);
            if (m == null) return;
            citeIfNone(m, c);
            Trees.put(tree.root(), name, c.targetPos(), m);
            log.applied(path, c.op(), c.change().keys(), c.line());
            return;
        }
        if (removed(c, key, what, name)) return;
        RubricTree.Found found = tree.section(name);
        if (found == null) {
            List<String> have = new ArrayList<>();
            for (String s : List.of(RubricTree.BONUS, RubricTree.DEDUCTIONS)) if (tree.section(s) != null) have.add(s);
            notFound(c.targetPos(), what, name, have);
            return;
        }
        if (conflicts(c, found.path(), what, name)) return;
        switch (c.op()) {
            case REMOVE -> {
                for (String item : RubricTree.itemIdsIn(found.mapping())) log.removed("item:" + item, c.line());
                found.remove();
                log.removed(key, c.line());
            }
            case REPLACE -> {
                YamlNode.Mapping m = identified(c, null, null, what);
                if (m == null) return;
                citeIfNone(m, c);
                found.replace(m, c.targetPos());
            }
            default -> {
                if (!set(c, found.mapping(), Kind.BONUS)) return;
            }
        }
        log.applied(found.path(), c.op(), c.change().keys(), c.line());
    }

    private void item(ChangeSpec c) {
        String id = c.target().id();
        Word what = Word.of("target-item");
        String key = "item:" + id;
        if (c.op() == Op.ADD) {
            addItem(c, id, what, key);
            return;
        }
        RubricTree.Found found = existing(c, key, what, id, tree.item(id), tree.itemIds());
        if (found == null) return;
        switch (c.op()) {
            case REMOVE -> {
                found.remove();
                log.removed(key, c.line());
            }
            case REPLACE -> {
                YamlNode.Mapping m = identified(c, "id", id, what);
                if (m == null) return;
                found.replace(m, null);
                cites.touched(id, c, m.get("cite") != null);
            }
            default -> {
                if (!set(c, found.mapping(), Kind.ITEM)) return;
                cites.touched(id, c, c.change().keys().contains("cite"));
            }
        }
        log.applied(found.path(), c.op(), c.change().keys(), c.line());
    }

    /** A new item goes {@code in:} a criterion (or bonus, deductions), at its end, or {@code after:} / {@code before:} another item. */
    private void addItem(ChangeSpec c, String id, Word what, String key) {
        if (removedThenAdded(c, key, what, id) || exists(c, tree.item(id), what, id)) return;
        ChangeSpec.Place place = c.place();
        RubricTree.Found holder;
        int index;
        if (place.in() != null) {
            Word holderWord = Word.of("target-holder");
            boolean section = place.in().equals(RubricTree.BONUS) || place.in().equals(RubricTree.DEDUCTIONS);
            if (removed(c, (section ? "section:" : "criterion:") + place.in(), holderWord, place.in())) return;
            holder = tree.itemHolder(place.in());
            if (holder == null || holder.mapping() == null) {
                List<String> holders = new ArrayList<>(tree.criterionIds());
                for (String s : List.of(RubricTree.BONUS, RubricTree.DEDUCTIONS)) if (tree.section(s) != null) holders.add(s);
                notFound(place.pos(), holderWord, place.in(), holders);
                return;
            }
            index = -1;
        } else if (place.sibling() != null) {
            if (removed(c, "item:" + place.sibling(), what, place.sibling())) return;
            RubricTree.Found sibling = tree.item(place.sibling());
            if (sibling == null) {
                notFound(place.pos(), what, place.sibling(), tree.itemIds());
                return;
            }
            String holderSegment = sibling.path().get(0);
            String holderId = holderSegment.substring(holderSegment.indexOf(':') + 1);
            holder = tree.itemHolder(holderId);
            index = sibling.index() + (place.after() != null ? 1 : 0);
        } else {
            diagnostics.add(Diagnostic.error("E-CHANGE-WHERE", c.change().pos(), id));
            return;
        }
        List<String> path = new ArrayList<>(holder.path());
        path.add(key);
        if (conflicts(c, path, what, id)) return;
        YamlNode.Mapping m = identified(c, "id", id, what);
        if (m == null) return;
        List<YamlNode> items = RubricTree.listToAddTo(holder.mapping(), "items", m.pos());
        items.add(index < 0 ? items.size() : index, m);
        cites.touched(id, c, m.get("cite") != null);
        log.applied(List.copyOf(path), c.op(), c.change().keys(), c.line());
    }

    private void tier(ChangeSpec c) {
        String itemId = c.target().id();
        String label = c.target().tier();
        Word itemWord = Word.of("target-item");
        Word what = Word.of("target-tier", itemId);
        if (removed(c, "item:" + itemId, itemWord, itemId)) return;
        RubricTree.Found item = tree.item(itemId);
        if (item == null) {
            notFound(c.change().pos(), itemWord, itemId, tree.itemIds());
            return;
        }
        if (item.mapping() == null || !(item.mapping().get("pick-one") instanceof YamlNode.Sequence)) {
            diagnostics.add(Diagnostic.error("E-CHANGE-NO-TIERS", c.targetPos(), itemId));
            return;
        }
        String key = "item:" + itemId + "/tier:" + label;
        List<String> path = new ArrayList<>(item.path());
        path.add("tier:" + label);
        if (c.op() == Op.ADD) {
            if (removedThenAdded(c, key, what, label) || exists(c, tree.tier(item, label), what, label)) return;
            Integer index = siblingIndex(c, what, l -> tree.tier(item, l), tree.tierLabels(item), "item:" + itemId + "/tier:");
            if (index == null || conflicts(c, path, what, label)) return;
            YamlNode.Mapping m = identified(c, "label", label, what);
            if (m == null) return;
            List<YamlNode> tiers = RubricTree.list(item.mapping(), "pick-one");
            tiers.add(index < 0 ? beforeFallback(tiers) : index, m);
            cites.touched(itemId, c, false);
            log.applied(List.copyOf(path), c.op(), c.change().keys(), c.line());
            return;
        }
        if (removed(c, key, what, label)) return;
        RubricTree.Found found = tree.tier(item, label);
        if (found == null) {
            notFound(c.targetPos(), what, label, tree.tierLabels(item));
            return;
        }
        if (conflicts(c, found.path(), what, label)) return;
        switch (c.op()) {
            case REMOVE -> {
                found.remove();
                log.removed(key, c.line());
            }
            case REPLACE -> {
                YamlNode.Mapping m = identified(c, "label", label, what);
                if (m == null) return;
                found.replace(m, null);
            }
            default -> {
                if (!set(c, found.mapping(), Kind.TIER)) return;
            }
        }
        cites.touched(itemId, c, false);
        log.applied(found.path(), c.op(), c.change().keys(), c.line());
    }

    private void ratingClass(ChangeSpec c) {
        String name = c.target().id();
        Word what = Word.of("target-class");
        String key = "class:" + name;
        if (c.op() == Op.ADD) {
            if (removedThenAdded(c, key, what, name) || exists(c, tree.ratingClass(name), what, name)) return;
            Integer index = siblingIndex(c, what, tree::ratingClass, tree.classNames(), "class:");
            List<String> path = List.of(key);
            if (index == null || conflicts(c, path, what, name)) return;
            YamlNode.Mapping m = identified(c, "class", name, what);
            if (m == null) return;
            List<YamlNode> rating = RubricTree.listToAddTo(tree.root(), "rating", m.pos());
            rating.add(index < 0 ? beforeFallback(rating) : index, m);
            log.applied(path, c.op(), c.change().keys(), c.line());
            return;
        }
        RubricTree.Found found = existing(c, key, what, name, tree.ratingClass(name), tree.classNames());
        if (found == null) return;
        switch (c.op()) {
            case REMOVE -> {
                found.remove();
                log.removed(key, c.line());
            }
            case REPLACE -> {
                YamlNode.Mapping m = identified(c, "class", name, what);
                if (m == null) return;
                found.replace(m, null);
            }
            default -> {
                if (!set(c, found.mapping(), Kind.RATING_CLASS)) return;
            }
        }
        log.applied(found.path(), c.op(), c.change().keys(), c.line());
    }

    private void parameter(ChangeSpec c) {
        String name = c.target().id();
        named(c, "parameters", "parameter:", Word.of("target-parameter"), tree.parameter(name), tree.parameterNames(), Kind.PARAMETER);
    }

    private void evidence(ChangeSpec c) {
        String name = c.target().id();
        named(c, "evidence", "evidence:", Word.of("target-evidence"), tree.evidence(name), tree.evidenceNames(), Kind.EVIDENCE);
    }

    /** A parameter or evidence field: an entry of a mapping, named by its key. */
    private void named(ChangeSpec c, String block, String prefix, Word what, RubricTree.Found found, List<String> names, Kind kind) {
        // a parameter may be written as a bare number
        boolean numberAllowed = kind == Kind.PARAMETER;
        String name = c.target().id();
        String key = prefix + name;
        List<String> path = List.of(key);
        if (c.op() == Op.ADD) {
            if (removedThenAdded(c, key, what, name) || exists(c, found, what, name)) return;
            String sibling = c.place().sibling();
            if (sibling != null) {
                if (removed(c, prefix + sibling, what, sibling)) return;
                if (!names.contains(sibling)) {
                    notFound(c.place().pos(), what, sibling, names);
                    return;
                }
            }
            if (conflicts(c, path, what, name)) return;
            YamlNode value = entryValue(c, numberAllowed);
            if (value == null) return;
            RubricTree.insert(tree.blockToAddTo(block), name, c.targetPos(), value, sibling, c.place().after() != null);
            log.applied(path, c.op(), c.change().keys(), c.line());
            return;
        }
        if (removed(c, key, what, name)) return;
        if (found == null) {
            notFound(c.targetPos(), what, name, names);
            return;
        }
        if (conflicts(c, found.path(), what, name)) return;
        switch (c.op()) {
            case REMOVE -> {
                found.remove();
                log.removed(key, c.line());
            }
            case REPLACE -> {
                YamlNode value = entryValue(c, numberAllowed);
                if (value == null) return;
                found.replace(value, c.targetPos());
            }
            default -> {
                YamlNode.Mapping target = found.mapping();
                if (found.node() instanceof YamlNode.Scalar s && numberAllowed) {
                    // a parameter written short ("top: 90") is {value: 90}; a set may give it a label
                    target = new YamlNode.Mapping(new java.util.LinkedHashMap<>(), s.pos());
                    Trees.put(target, "value", s.pos(), s);
                    found.replace(target, found.map().entries().get(found.key()).keyPos());
                }
                if (!set(c, target, kind)) return;
            }
        }
        log.applied(found.path(), c.op(), c.change().keys(), c.line());
    }

    /** What an added or replacing parameter or field holds: a mapping, or (a parameter) a number. */
    private YamlNode entryValue(ChangeSpec c, boolean numberAllowed) {
        if (numberAllowed && c.value() instanceof YamlNode.Scalar s && s.isNumber()) return s;
        return identified(c, null, null, null);
    }

    /**
     * Writes the keys of a {@code set:} into {@code target}. Keys that say one thing between
     * them replace each other: the ways of scoring an item, a tier's condition, a class's minimum.
     */
    private boolean set(ChangeSpec c, YamlNode.Mapping target, Kind kind) {
        if (target == null) return false;  // not a mapping in the base: reported when the effective rubric is read
        YamlNode.Mapping values = (YamlNode.Mapping) c.value();
        String identity = switch (kind) {
            case CRITERION, ITEM -> "id";
            case TIER -> "label";
            case RATING_CLASS -> "class";
            default -> null;
        };
        YamlNode.Mapping.Entry renaming = identity == null ? null : values.entries().get(identity);
        if (renaming != null) {
            diagnostics.add(Diagnostic.error("E-CHANGE-SET-ID", renaming.keyPos(), identity));
            return false;
        }
        Set<String> written = values.entries().keySet();
        switch (kind) {
            case ITEM -> {
                String scoring = written.stream().filter(SCORING::contains).findFirst().orElse(null);
                if (scoring != null) {
                    SCORING.stream().filter(k -> !written.contains(k)).forEach(target.entries()::remove);
                    if (scoring.equals("pick-one") || scoring.equals("rule")) {
                        for (String k : List.of("round-to", "rounding")) if (!written.contains(k)) target.entries().remove(k);
                    }
                    if (!scoring.equals("rule") && !written.contains("reads")) target.entries().remove("reads");
                }
            }
            case TIER -> exclusive(target, written, "when", "otherwise");
            case RATING_CLASS -> exclusive(target, written, "min", "otherwise");
            default -> { }
        }
        for (YamlNode.Mapping.Entry e : values.entries().values()) Trees.put(target, e.key(), e.keyPos(), Trees.copy(e.value()));
        return true;
    }

    private static void exclusive(YamlNode.Mapping target, Set<String> written, String a, String b) {
        if (written.contains(a) && !written.contains(b)) target.entries().remove(b);
        if (written.contains(b) && !written.contains(a)) target.entries().remove(a);
    }

    /**
     * The mapping an add or replace puts in, copied, its identity ({@code id}, {@code label},
     * {@code class}) filled in from the change when not written; null (reported) when it is not a
     * mapping or names something else.
     */
    private YamlNode.Mapping identified(ChangeSpec c, String idKey, String id, Word what) {
        if (!(c.value() instanceof YamlNode.Mapping m)) {
            diagnostics.add(Fields.wrongType(c.value(), opKey(c), "mapping"));
            return null;
        }
        YamlNode.Mapping copy = (YamlNode.Mapping) Trees.copy(m);
        if (idKey == null) return copy;
        YamlNode written = copy.get(idKey);
        if (written == null) return Trees.withFirst(copy, idKey, Trees.text(id, c.targetPos()));
        if (!id.equals(Trees.text(written))) {
            diagnostics.add(Diagnostic.error("E-CHANGE-ID", written.pos(), idKey, Trees.text(written), what, id));
            return null;
        }
        return copy;
    }

    /** An added criterion or section without its own cite cites the change, so its items do. */
    private void citeIfNone(YamlNode.Mapping m, ChangeSpec c) {
        if (Trees.text(m.get("cite")) != null) return;
        String cite = cites.compose(c.change().cite());
        if (cite != null) Trees.put(m, "cite", c.change().pos(), Trees.text(cite, c.change().pos()));
    }

    /**
     * Where an added criterion, tier or class goes: -1 for the default place, the index
     * after or before the named sibling, or null (reported) when there is no such sibling.
     */
    private Integer siblingIndex(ChangeSpec c, Word what, java.util.function.Function<String, RubricTree.Found> find,
                                 List<String> names, String keyPrefix) {
        String sibling = c.place().sibling();
        if (sibling == null) return -1;
        if (removed(c, keyPrefix + sibling, what, sibling)) return null;
        RubricTree.Found found = find.apply(sibling);
        if (found == null) {
            notFound(c.place().pos(), what, sibling, names);
            return null;
        }
        return found.index() + (c.place().after() != null ? 1 : 0);
    }

    /** Before the last entry when it is the fallback ({@code otherwise: true}): new tiers and classes go above it. */
    private static int beforeFallback(List<YamlNode> list) {
        if (list.isEmpty()) return 0;
        YamlNode last = list.get(list.size() - 1);
        boolean fallback = last instanceof YamlNode.Mapping m && m.get("otherwise") instanceof YamlNode.Scalar s
                && s.kind() == YamlNode.Scalar.Kind.BOOLEAN && s.booleanValue();
        return fallback ? list.size() - 1 : list.size();
    }

    private boolean removed(ChangeSpec c, String key, Word what, String id) {
        int line = log.removedBy(key);
        if (line == 0) return false;
        diagnostics.add(Diagnostic.error("E-CHANGE-REMOVED", c.change().pos(), what, id, line));
        return true;
    }

    /** Removing a thing and adding it again is two changes to one thing: the drafter means replace. */
    private boolean removedThenAdded(ChangeSpec c, String key, Word what, String id) {
        int line = log.removedBy(key);
        if (line == 0) return false;
        diagnostics.add(Diagnostic.error("E-CHANGE-TWICE", c.change().pos(), what, id, line));
        return true;
    }

    /**
     * The part a set, replace or remove is aimed at; null, with the finding added, when an
     * earlier change removed it, the base does not have it, or an earlier change wrote it already.
     */
    private RubricTree.Found existing(ChangeSpec c, String key, Word what, String id, RubricTree.Found found, List<String> candidates) {
        if (removed(c, key, what, id)) return null;
        if (found == null) {
            notFound(c.targetPos(), what, id, candidates);
            return null;
        }
        return conflicts(c, found.path(), what, id) ? null : found;
    }

    private boolean exists(ChangeSpec c, RubricTree.Found found, Word what, String id) {
        if (found == null) return false;
        diagnostics.add(Diagnostic.error("E-CHANGE-EXISTS", c.targetPos(), what, id));
        return true;
    }

    private boolean conflicts(ChangeSpec c, List<String> path, Word what, String id) {
        int line = log.conflict(path, c.op(), c.change().keys());
        if (line == 0) return false;
        diagnostics.add(Diagnostic.error("E-CHANGE-TWICE", c.change().pos(), what, id, line));
        return true;
    }

    private void notFound(SourcePos at, Word what, String id, List<String> candidates) {
        String near = Names.closest(id, candidates);
        diagnostics.add(near != null
                ? Diagnostic.error("E-CHANGE-NOT-FOUND-SUGGEST", at, what, id, near)
                        .withFix(Fix.of("did-you-mean", List.of(Edit.replace(at, id, near)), near))
                : Diagnostic.error("E-CHANGE-NOT-FOUND", at, what, id, candidates.isEmpty() ? Word.of("nothing") : String.join(", ", candidates)));
    }

    private static String opKey(ChangeSpec c) {
        return c.op().name().toLowerCase(java.util.Locale.ROOT);
    }
}
