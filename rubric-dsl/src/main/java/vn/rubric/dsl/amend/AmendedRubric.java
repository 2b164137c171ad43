package vn.rubric.dsl.amend;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.diag.Word;
import vn.rubric.dsl.load.Fields;
import vn.rubric.dsl.model.Amendment;
import vn.rubric.dsl.source.YamlNode;
import vn.rubric.dsl.source.YamlReader;

/**
 * The effective text of an amending pack: the YAML tree of the regulation it amends (itself
 * perhaps a draft, merged first), with the draft's identity and its changes applied, ready to
 * be read as any rubric; and the record of the amendment. Base nodes keep their base file
 * positions and the draft's nodes their draft positions, so every later finding names the
 * right line.
 */
public record AmendedRubric(YamlNode.Mapping root, Amendment amendment) {

    /** Regulation keys that a draft inherits when its {@code regulation:} block does not write them. */
    private static final List<String> INHERITED = List.of("title", "authority", "total");

    /** Whether a rubric file's top is an amendment ({@code amends:}) rather than a whole rubric. */
    public static boolean isAmending(YamlNode root) {
        return root instanceof YamlNode.Mapping m && m.entries().containsKey("amends");
    }

    /**
     * The effective text of the amending rubric {@code draft}, written in {@code file}; null when
     * the base cannot be had (missing, unreadable, a circle of amendments), with the reason in
     * {@code diagnostics}.
     */
    public static AmendedRubric of(Path file, YamlNode.Mapping draft, RubricTexts texts, Diagnostics diagnostics) {
        return of(file, draft, texts, diagnostics, List.of(file));
    }

    /** {@code chain}: the files amended so far, from the one loaded to this one, to find a circle. */
    private static AmendedRubric of(Path file, YamlNode.Mapping draft, RubricTexts texts, Diagnostics diagnostics, List<Path> chain) {
        Fields top = new Fields(draft, Word.of("amending-rubric"), diagnostics);
        String amends = top.text("amends", true);
        YamlNode header = top.node("regulation");
        // "changes:" with nothing after it is an amendment that changes nothing (yet)
        YamlNode changesNode = top.node("changes");
        List<YamlNode> entries = changesNode instanceof YamlNode.Scalar s && s.text().isBlank() ? List.of() : top.list("changes", false);
        top.rejectUnknown();
        if (amends == null) return null;
        YamlNode amendsNode = top.node("amends");
        Path baseFile = amends.isBlank() ? null : texts.resolve(file, amends);
        if (baseFile == null) {
            Path folder = file.getParent() == null ? Path.of("") : file.getParent();
            diagnostics.add(Diagnostic.error("E-AMEND-BASE-MISSING", amendsNode.pos(), amends, folder.resolve(amends).normalize()));
            return null;
        }
        Path absolute = baseFile.toAbsolutePath().normalize();
        if (chain.stream().anyMatch(p -> p.toAbsolutePath().normalize().equals(absolute))) {
            String circle = chain.stream().map(Path::toString).collect(Collectors.joining(" → ")) + " → " + baseFile;
            diagnostics.add(Diagnostic.error("E-AMEND-CYCLE", amendsNode.pos(), circle));
            return null;
        }
        String text = texts.read(baseFile, diagnostics);
        if (text == null) return null;
        YamlNode baseRoot = YamlReader.parse(baseFile, text, diagnostics);
        if (baseRoot == null) return null;
        if (Fields.of(baseRoot, Word.of("rubric"), diagnostics) == null) return null;

        YamlNode.Mapping tree;
        List<Path> bases = new ArrayList<>(List.of(baseFile));
        if (isAmending(baseRoot)) {
            List<Path> longer = new ArrayList<>(chain);
            longer.add(baseFile);
            AmendedRubric base = of(baseFile, (YamlNode.Mapping) baseRoot, texts, diagnostics, longer);
            if (base == null) return null;
            tree = base.root();
            bases.addAll(base.amendment().bases());
        } else {
            tree = (YamlNode.Mapping) Trees.copy(baseRoot);
        }
        RubricTree rubric = new RubricTree(tree);
        InheritedCites.materialize(rubric);
        String baseId = rubric.regulation() == null ? null : Trees.text(rubric.regulation().get("id"));

        String draftCite = null;
        if (header == null) {
            diagnostics.add(Diagnostic.error("E-MISSING-KEY", draft.pos(), "regulation", Word.of("amending-rubric")));
        } else if (Fields.of(header, Word.of("regulation"), diagnostics) != null) {
            YamlNode.Mapping own = (YamlNode.Mapping) header;
            Trees.put(tree, "regulation", top.keyPos("regulation"), identity(rubric.regulation(), own));
            draftCite = Trees.text(own.get("cite")) != null ? Trees.text(own.get("cite")) : Trees.text(own.get("decision"));
        }
        List<ChangeSpec> changes = ChangeReader.read(entries, diagnostics);
        ChangeApplier.apply(rubric, changes, file, draftCite, diagnostics);
        return new AmendedRubric(tree, new Amendment(baseFile, baseId, changes.stream().map(ChangeSpec::change).toList(),
                top.keyPos("amends"), bases));
    }

    /**
     * The effective regulation block: the draft's own (id, decision, dates, version, cite are
     * never inherited: they are the draft's identity), with title, authority and total from
     * the base where the draft does not write them.
     */
    private static YamlNode.Mapping identity(YamlNode.Mapping base, YamlNode.Mapping own) {
        YamlNode.Mapping merged = (YamlNode.Mapping) Trees.copy(own);
        if (base == null) return merged;
        for (String key : INHERITED) {
            YamlNode.Mapping.Entry e = base.entries().get(key);
            if (e != null && !merged.entries().containsKey(key)) merged.entries().put(key, e);
        }
        return merged;
    }
}
