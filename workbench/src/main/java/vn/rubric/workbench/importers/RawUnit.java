package vn.rubric.workbench.importers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.ArrayList;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.evidence.EvidenceValues;
import vn.rubric.dsl.model.EvidenceField;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.source.SourcePos;
import vn.rubric.dsl.util.Names;
import vn.rubric.rules.score.Unit;

/**
 * A unit as an importer read it: raw cells with their positions. {@link #toUnits} types
 * them against the rubric's evidence schema, so every importer reports the same errors
 * (unknown column, undeclared enum value, duplicate unit id) at the cell they concern.
 */
public record RawUnit(Cell id, Cell name, Map<String, Cell> fields, SourcePos pos) {

    /** One raw value (text, number or boolean) and where it was. */
    public record Cell(Object value, SourcePos pos) {}

    public static final String ID = "unit_id";
    public static final String NAME = "unit_name";

    /** Reports names that are neither unit_id, unit_name nor an evidence field (once per file). */
    public static void checkNames(Map<String, SourcePos> names, Rubric rubric, Diagnostics diagnostics) {
        for (Map.Entry<String, SourcePos> e : names.entrySet()) {
            String n = e.getKey();
            if (n.equals(ID) || n.equals(NAME) || rubric.evidence().containsKey(n)) continue;
            List<String> known = new ArrayList<>(rubric.evidence().keySet());
            known.add(ID);
            known.add(NAME);
            String s = Names.closest(n, known);
            diagnostics.add(s == null ? Diagnostic.error("E-DATA-UNKNOWN-FIELD", e.getValue(), n)
                    : Diagnostic.error("E-UNKNOWN-NAME-SUGGEST", e.getValue(), n, s));
        }
    }

    public static List<Unit> toUnits(List<RawUnit> raws, Rubric rubric, Diagnostics diagnostics) {
        List<Unit> units = new ArrayList<>();
        Map<String, SourcePos> seen = new HashMap<>();
        for (RawUnit r : raws) {
            String id = r.id() == null || r.id().value() == null ? "" : r.id().value().toString().strip();
            if (id.isEmpty()) {
                diagnostics.add(Diagnostic.error("E-DATA-NO-ID", r.id() == null ? r.pos() : r.id().pos()));
                continue;
            }
            SourcePos first = seen.putIfAbsent(id, r.id().pos());
            boolean ok = first == null;
            // a duplicate is reported, and its cells are still checked, so one run shows every problem
            if (!ok) diagnostics.add(Diagnostic.error("E-DATA-DUPLICATE-UNIT", r.id().pos(), id, first.line()));
            Map<String, Object> evidence = new LinkedHashMap<>();
            for (EvidenceField f : rubric.evidence().values()) {
                Cell cell = r.fields().get(f.name());
                EvidenceValues.Coerced c = EvidenceValues.coerce(f, cell == null ? null : cell.value());
                if (c.ok()) {
                    evidence.put(f.name(), c.value());
                } else {
                    diagnostics.add(Diagnostic.error(c.errorCode(), cell == null ? r.pos() : cell.pos(), c.errorArgs()));
                    ok = false;
                }
            }
            String name = r.name() == null || r.name().value() == null ? id : r.name().value().toString().strip();
            if (ok) units.add(new Unit(id, name, evidence, r.pos()));
        }
        return units;
    }
}
