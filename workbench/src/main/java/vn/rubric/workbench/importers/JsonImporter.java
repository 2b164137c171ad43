package vn.rubric.workbench.importers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.diag.Word;
import vn.rubric.dsl.load.Fields;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.source.SourcePos;
import vn.rubric.dsl.source.YamlNode;
import vn.rubric.dsl.source.YamlReader;

/**
 * Reads units from JSON or YAML: a list of objects (or {@code {"units": [...]}}), each
 * with unit_id, unit_name and evidence fields. JSON is read by the YAML reader, which
 * keeps line and column for every value.
 */
public final class JsonImporter implements Importer {

    @Override
    public String format() {
        return "json";
    }

    @Override
    public List<String> extensions() {
        return List.of("json", "yaml", "yml");
    }

    @Override
    public ImportResult read(Path file, Rubric rubric) {
        Diagnostics diagnostics = new Diagnostics();
        YamlNode root = YamlReader.read(file, diagnostics);
        if (root instanceof YamlNode.Mapping m && m.get("units") != null) root = m.get("units");
        if (root == null) return new ImportResult(List.of(), diagnostics);
        if (!(root instanceof YamlNode.Sequence list)) {
            diagnostics.add(Diagnostic.error("E-SHAPE", root.pos(), Word.of("units"), Word.of("list"), Fields.kind(root), ""));
            return new ImportResult(List.of(), diagnostics);
        }
        List<RawUnit> raws = new ArrayList<>();
        Map<String, SourcePos> names = new LinkedHashMap<>();
        for (YamlNode n : list.items()) {
            if (!(n instanceof YamlNode.Mapping m)) {
                diagnostics.add(Diagnostic.error("E-SHAPE", n.pos(), Word.of("unit"), Word.of("mapping"), Fields.kind(n), ""));
                continue;
            }
            Map<String, RawUnit.Cell> fields = new LinkedHashMap<>();
            RawUnit.Cell id = null, name = null;
            for (YamlNode.Mapping.Entry e : m.entries().values()) {
                names.putIfAbsent(e.key(), e.keyPos());
                Object value = e.value() instanceof YamlNode.Scalar s ? scalar(s) : null;
                if (!(e.value() instanceof YamlNode.Scalar)) {
                    diagnostics.add(Fields.wrongType(e.value(), e.key(), "value"));
                }
                RawUnit.Cell cell = new RawUnit.Cell(value, e.value().pos());
                if (e.key().equals(RawUnit.ID)) id = cell;
                else if (e.key().equals(RawUnit.NAME)) name = cell;
                else fields.put(e.key(), cell);
            }
            raws.add(new RawUnit(id, name, fields, m.pos()));
        }
        RawUnit.checkNames(names, rubric, diagnostics);
        if (diagnostics.hasErrors()) return new ImportResult(List.of(), diagnostics);
        return new ImportResult(RawUnit.toUnits(raws, rubric, diagnostics), diagnostics);
    }

    /** The text as written (null when empty): the field's type decides what "yes" or "1" means. */
    private static Object scalar(YamlNode.Scalar s) {
        return s.kind() == YamlNode.Scalar.Kind.NULL ? null : s.text();
    }
}
