package vn.rubric.workbench.importers;

import vn.rubric.workbench.platform.Importer;
import vn.rubric.workbench.data.RawTable;
import vn.rubric.workbench.data.RawUnit;
import vn.rubric.workbench.data.UnitColumns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.diag.Word;
import vn.rubric.dsl.load.Fields;
import vn.rubric.dsl.source.SourcePos;
import vn.rubric.dsl.source.YamlNode;
import vn.rubric.dsl.source.YamlReader;

/**
 * Reads units from JSON or YAML: a list of objects (or {@code {"units": [...]}}), each with
 * the unit columns (unit_id, unit_kind, …) and evidence fields as keys. JSON is read by the
 * YAML reader, which keeps line and column for every value. The table's columns are the
 * keys in the order they first appear; a unit without a key has that cell empty.
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
    public RawTable readTable(Path file, Diagnostics diagnostics) {
        try {
            if (Files.isRegularFile(file) && Files.size(file) == 0) {
                diagnostics.add(Diagnostic.error("E-DATA-EMPTY-FILE", SourcePos.of(file)));
                return null;
            }
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("E-FILE-UNREADABLE", SourcePos.of(file), file, e.getMessage()));
            return null;
        }
        YamlNode root = YamlReader.read(file, diagnostics);
        if (root instanceof YamlNode.Mapping m && m.get("units") != null) root = m.get("units");
        if (root == null) return null;
        if (!(root instanceof YamlNode.Sequence list)) {
            diagnostics.add(Diagnostic.error("E-SHAPE", root.pos(), Word.of("units"), Word.of("list"), Fields.kind(root), ""));
            return null;
        }
        List<RawUnit> units = new ArrayList<>();
        Map<String, SourcePos> columns = new LinkedHashMap<>();
        for (YamlNode n : list.items()) {
            if (!(n instanceof YamlNode.Mapping m)) {
                diagnostics.add(Diagnostic.error("E-SHAPE", n.pos(), Word.of("unit"), Word.of("mapping"), Fields.kind(n), ""));
                continue;
            }
            Map<String, RawUnit.Cell> fields = new LinkedHashMap<>();
            RawUnit.Cell id = null, name = null;
            boolean ok = true;
            for (YamlNode.Mapping.Entry e : m.entries().values()) {
                columns.putIfAbsent(e.key(), e.keyPos());
                if (!(e.value() instanceof YamlNode.Scalar s)) {
                    diagnostics.add(Fields.wrongType(e.value(), e.key(), "value"));
                    ok = false;
                    continue;
                }
                RawUnit.Cell cell = new RawUnit.Cell(scalar(s), s.pos());
                if (e.key().equals(UnitColumns.ID)) id = cell;
                else if (e.key().equals(UnitColumns.NAME)) name = cell;
                else fields.put(e.key(), cell);
            }
            if (ok) units.add(new RawUnit(id, name, fields, m.pos()));
        }
        if (list.items().isEmpty()) diagnostics.add(Diagnostic.error("E-DATA-EMPTY", root.pos()));
        List<RawTable.Column> cols = columns.entrySet().stream().map(e -> new RawTable.Column(e.getKey(), e.getValue())).toList();
        return new RawTable(file, root.pos(), cols, List.copyOf(units));
    }

    /** The text as written (null when empty): the field's type decides what "yes" or "1" means. */
    private static Object scalar(YamlNode.Scalar s) {
        return s.kind() == YamlNode.Scalar.Kind.NULL ? null : s.text();
    }
}
