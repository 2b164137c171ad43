package vn.rubric.dsl.amend;

import java.nio.file.Path;
import java.util.function.Function;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.source.YamlNode;
import vn.rubric.dsl.source.YamlReader;
import vn.rubric.dsl.source.YamlWriter;

/**
 * An amending pack's effective rubric written whole, as YAML, for a copy that must stand
 * without the regulation it amends (an exported pack); for a rubric written whole, its text.
 */
public final class EffectiveText {

    private EffectiveText() {}

    /** The text of {@code file} with its amendment applied; null, with the reasons in {@code diagnostics}, when it cannot be read. */
    public static String of(Path file, Function<Path, String> open, Diagnostics diagnostics) {
        RubricTexts texts = new RubricTexts(open);
        String text = texts.read(file, diagnostics);
        if (text == null) return null;
        YamlNode root = YamlReader.parse(file, text, diagnostics);
        if (!AmendedRubric.isAmending(root)) return text;
        AmendedRubric effective = AmendedRubric.of(file, (YamlNode.Mapping) root, texts, diagnostics);
        if (effective == null) return null;
        // the id is there unless loading the draft reports it missing
        String id = RubricTree.idOf(effective.root().get("regulation"), "id");
        return "# " + id + ": the regulation " + effective.amendment().baseId() + " with the changes of " + file
                + " applied, written whole.\n" + YamlWriter.write(effective.root());
    }
}
