package vn.rubric.workbench.data;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.evidence.EvidenceValues;
import vn.rubric.dsl.model.EvidenceField;
import vn.rubric.dsl.model.RatingClass;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.source.SourcePos;
import vn.rubric.dsl.util.Decimals;
import vn.rubric.dsl.util.Names;
import vn.rubric.dsl.score.Unit;
import vn.rubric.dsl.score.UnitKind;

/**
 * Types one {@link RawTable} for one rubric. Columns are judged first, once for the file, so
 * a file made for another rubric, or lacking a column, gets one message rather than one per
 * row; then each row's profile cells and evidence cells, each problem at its cell.
 */
final class UnitTyping {

    /** How many unknown column names the "another rubric" message quotes. */
    private static final int QUOTED_COLUMNS = 5;

    private final RawTable table;
    private final Rubric rubric;
    private final Set<String> alsoKnown;
    private final Diagnostics diagnostics;
    private final double maxScore;
    private final Set<String> columns;

    UnitTyping(RawTable table, Rubric rubric, Set<String> alsoKnown, Diagnostics diagnostics) {
        this.table = table;
        this.rubric = rubric;
        this.alsoKnown = alsoKnown;
        this.diagnostics = diagnostics;
        this.maxScore = rubric.regulation().total() + (rubric.bonus() == null ? 0 : rubric.bonus().max());
        this.columns = table.columns().stream().map(RawTable.Column::name).collect(Collectors.toSet());
    }

    UnitData type() {
        if (table.rows().isEmpty()) return UnitData.none(table.file()); // an empty file was reported as such; its columns do not matter
        Map<String, EvidenceField> fields = rubric.evidence();
        List<RawTable.Column> dataColumns = table.columns().stream().filter(c -> !UnitColumns.isProfile(c.name())).toList();
        List<String> missing = fields.keySet().stream().filter(f -> !columns.contains(f)).toList();
        List<RawTable.Column> unknown = dataColumns.stream()
                .filter(c -> !fields.containsKey(c.name()) && !alsoKnown.contains(c.name())).toList();
        // an unknown name close to a field (or profile column) the file lacks is a slip of the pen, not a foreign column
        List<String> lacking = Stream.concat(missing.stream(), UnitColumns.ALL.stream().filter(c -> !columns.contains(c))).toList();
        Map<RawTable.Column, String> misspelt = new LinkedHashMap<>();
        for (RawTable.Column c : unknown) {
            String near = Names.closest(c.name(), lacking);
            if (near != null) misspelt.put(c, near);
        }
        // another rubric's file: most columns unknown, or none of ours, and some unlike any name we lack
        boolean foreign = unknown.size() > misspelt.size();
        boolean mostUnknown = unknown.size() * 2 > dataColumns.size();
        boolean noFieldAtAll = !fields.isEmpty() && missing.size() == fields.size();
        if (foreign && (mostUnknown || noFieldAtAll)) {
            diagnostics.add(Diagnostic.error("E-DATA-OTHER-RUBRIC", table.header(), rubric.regulation().id(),
                    unknown.size(), dataColumns.size(), missing.size(), fields.size(), quote(unknown)));
            return UnitData.none(table.file());
        }
        for (RawTable.Column c : unknown) {
            String near = misspelt.get(c);
            diagnostics.add(near != null ? Diagnostic.error("E-UNKNOWN-NAME-SUGGEST", c.pos(), c.name(), near)
                    : Diagnostic.warning("W-DATA-UNKNOWN-COLUMN", c.pos(), c.name(), rubric.regulation().id()));
        }
        Set<String> defaultedColumns = new HashSet<>();
        for (String name : missing) {
            EvidenceField f = fields.get(name);
            if (misspelt.containsValue(name)) continue; // its misspelt column is already the error
            if (f.defaultValue() != null) {
                diagnostics.add(Diagnostic.warning("W-DATA-DEFAULT-COLUMN", table.header(), name, show(f.defaultValue())));
                defaultedColumns.add(name);
            } else {
                diagnostics.add(Diagnostic.error("E-DATA-MISSING-COLUMN", table.header(), name, rubric.regulation().id()));
            }
        }
        return rows(defaultedColumns);
    }

    /** Every row typed; {@code defaultedColumns} are the fields without a column whose default stands in. */
    private UnitData rows(Set<String> defaultedColumns) {
        List<Unit> units = new ArrayList<>();
        Map<String, Integer> defaultedUnits = new LinkedHashMap<>();
        Map<String, SourcePos> seen = new HashMap<>();
        EvidenceMap.Fields names = new EvidenceMap.Fields(List.copyOf(rubric.evidence().keySet()));
        for (RawUnit r : table.rows()) {
            String id = r.id() == null ? null : r.id().text();
            if (id == null) {
                diagnostics.add(Diagnostic.error("E-DATA-NO-ID", r.id() == null ? r.pos() : r.id().pos()));
                continue;
            }
            SourcePos first = seen.putIfAbsent(id, r.id().pos());
            // a duplicate is reported, and its cells are still checked, so one run shows every problem
            boolean ok = first == null;
            if (!ok) diagnostics.add(Diagnostic.error("E-DATA-DUPLICATE-UNIT", r.id().pos(), id, first.line()));
            Unit.Profile profile = profile(r);
            // a unit is kept only with every field typed, so its values are the fields' in their order
            Object[] evidence = new Object[names.size()];
            int k = 0;
            List<String> defaulted = new ArrayList<>();
            for (EvidenceField f : rubric.evidence().values()) {
                int at = k++;
                boolean hasColumn = columns.contains(f.name());
                if (!hasColumn && !defaultedColumns.contains(f.name())) {
                    ok = false; // reported once for the column
                    continue;
                }
                RawUnit.Cell cell = r.fields().get(f.name());
                Object raw = byLabel(f, cell == null ? null : cell.value());
                EvidenceValues.Coerced c = EvidenceValues.coerce(f, raw);
                if (!c.ok()) {
                    diagnostics.add(Diagnostic.error(c.errorCode(), cell == null ? r.pos() : cell.pos(), c.errorArgs()));
                    ok = false;
                    continue;
                }
                evidence[at] = names.canonical(c.value());
                if (cell == null || cell.text() == null) defaulted.add(f.name());
            }
            String name = r.name() == null || r.name().text() == null ? id : r.name().text();
            if (ok && profile != null) {
                units.add(new Unit(id, name, profile, new EvidenceMap(names, evidence), r.pos()));
                defaulted.forEach(f -> defaultedUnits.merge(f, 1, Integer::sum));
            }
        }
        List<DefaultedField> defaulted = rubric.evidence().values().stream()
                .filter(f -> defaultedUnits.containsKey(f.name()))
                .map(f -> new DefaultedField(f.name(), f.defaultValue(), defaultedUnits.get(f.name()), defaultedColumns.contains(f.name())))
                .toList();
        return new UnitData(table.file(), List.copyOf(units), defaulted);
    }

    /** The unit's profile, or null when a profile cell is wrong (each reported). */
    private Unit.Profile profile(RawUnit r) {
        boolean ok = true;
        UnitKind kind = null;
        RawUnit.Cell kindCell = r.fields().get(UnitColumns.KIND);
        String kindText = text(kindCell);
        if (kindText != null) {
            kind = UnitKind.of(kindText.toLowerCase(Locale.ROOT));
            if (kind == null) {
                diagnostics.add(Diagnostic.error("E-DATA-UNIT-KIND", kindCell.pos(), kindText,
                        Stream.of(UnitKind.values()).map(k -> k.key).collect(Collectors.joining(", "))));
                ok = false;
            }
        }
        String parent = text(r.fields().get(UnitColumns.PARENT));
        Integer year = null;
        RawUnit.Cell yearCell = r.fields().get(UnitColumns.YEAR);
        String yearText = text(yearCell);
        if (yearText != null) {
            Double y = Decimals.parse(yearText);
            if (y == null || y != Math.rint(y) || y < 1900 || y > 2999) {
                diagnostics.add(Diagnostic.error("E-DATA-YEAR", yearCell.pos(), yearText));
                ok = false;
            } else {
                year = y.intValue();
            }
        }
        Double self = score(r, UnitColumns.SELF_SCORE);
        Double appraised = score(r, UnitColumns.APPRAISED_SCORE);
        ok &= self != null || text(r.fields().get(UnitColumns.SELF_SCORE)) == null;
        ok &= appraised != null || text(r.fields().get(UnitColumns.APPRAISED_SCORE)) == null;
        RawUnit.Cell classCell = r.fields().get(UnitColumns.APPRAISED_CLASS);
        String ratingClass = text(classCell);
        if (ratingClass != null) {
            ratingClass = Normalizer.normalize(ratingClass, Normalizer.Form.NFC);
            String name = ratingClass;
            if (rubric.rating().stream().noneMatch(c -> c.name().equals(name))) {
                diagnostics.add(Diagnostic.error("E-DATA-CLASS", classCell.pos(), ratingClass, rubric.regulation().id(),
                        rubric.rating().stream().map(RatingClass::name).collect(Collectors.joining("; "))));
                ok = false;
            }
        }
        return ok ? new Unit.Profile(kind, parent, year, new Unit.Recorded(self, appraised, ratingClass)) : null;
    }

    /** A recorded score from 0 to the most a unit can get; null when empty or wrong (reported). */
    private Double score(RawUnit r, String column) {
        RawUnit.Cell cell = r.fields().get(column);
        String text = text(cell);
        if (text == null) return null;
        Double v = cell.value() instanceof Double d ? d : Decimals.parse(text);
        if (v == null || !Double.isFinite(v) || v < 0 || v > maxScore + 1e-9) {
            diagnostics.add(Diagnostic.error("E-DATA-SCORE", cell.pos(), text, column, show(maxScore)));
            return null;
        }
        return v;
    }

    private static String text(RawUnit.Cell cell) {
        return cell == null ? null : cell.text();
    }

    /** A value as a drafter writes it: 1, not 1.0. */
    private static String show(Object v) {
        return new RawUnit.Cell(v, null).text();
    }

    private static String quote(List<RawTable.Column> columns) {
        String shown = columns.stream().limit(QUOTED_COLUMNS).map(RawTable.Column::name).collect(Collectors.joining(", "));
        return columns.size() > QUOTED_COLUMNS ? shown + ", …" : shown;
    }

    /** An enumeration's value may be written as its label (what a drop-down shows) as well as its key. */
    private static Object byLabel(EvidenceField f, Object value) {
        if (f.type() != vn.rubric.dsl.model.FieldType.ENUM || !(value instanceof String text) || f.values().containsKey(text.strip())) return value;
        for (Map.Entry<String, String> v : f.values().entrySet()) {
            if (v.getValue() != null && java.text.Normalizer.normalize(v.getValue(), java.text.Normalizer.Form.NFC).strip().equals(text.strip())) return v.getKey();
        }
        return value;
    }
}
