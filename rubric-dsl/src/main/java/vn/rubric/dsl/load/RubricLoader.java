package vn.rubric.dsl.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.rubric.dsl.amend.AmendedRubric;
import vn.rubric.dsl.amend.BaseNotes;
import vn.rubric.dsl.amend.RubricTexts;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.diag.Edit;
import vn.rubric.dsl.diag.Fix;
import vn.rubric.dsl.diag.Word;
import vn.rubric.dsl.expr.Expr;
import vn.rubric.dsl.expr.Parser;
import vn.rubric.dsl.model.Amendment;
import vn.rubric.dsl.model.Criterion;
import vn.rubric.dsl.model.EvidenceField;
import vn.rubric.dsl.model.FieldType;
import vn.rubric.dsl.model.Item;
import vn.rubric.dsl.model.Parameter;
import vn.rubric.dsl.model.PluginNeed;
import vn.rubric.dsl.model.Points;
import vn.rubric.dsl.model.RatingClass;
import vn.rubric.dsl.model.Regulation;
import vn.rubric.dsl.model.Rounding;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.model.Scoring;
import vn.rubric.dsl.model.Section;
import vn.rubric.dsl.model.Tier;
import vn.rubric.dsl.source.InputLimit;
import vn.rubric.dsl.source.SourcePos;
import vn.rubric.dsl.source.SourceTexts;
import vn.rubric.dsl.source.YamlSource;
import vn.rubric.dsl.source.YamlNode;
import vn.rubric.dsl.source.YamlReader;

/**
 * Turns a rubric file into a {@link Rubric}: the shape of the YAML (keys, types, required
 * parts) and the syntax of every expression. Meaning (sums, names, types, tiers, classes)
 * is the {@link vn.rubric.dsl.validate.Validator}'s job.
 */
public final class RubricLoader {

    /**
     * What loading gave: the rubric (null when the file could not be read at all) and what was
     * found. A rubric with errors is still returned, so the validator can report the rest.
     */
    public record Result(Rubric rubric, Diagnostics diagnostics) {
        public boolean ok() {
            return rubric != null && !diagnostics.hasErrors();
        }
    }

    private final Diagnostics diagnostics = new Diagnostics();
    /** The file's text, to write fixes as edits of it; read when a fix first needs it. */
    private final Path file;
    private final SourceTexts texts;
    private YamlSource source;

    private RubricLoader(Path file, SourceTexts texts) {
        this.file = file;
        this.texts = texts;
    }

    public static Result load(Path file) {
        return load(file, null);
    }

    /**
     * Loads {@code file}, taking it and any regulation it amends from {@code open} (the texts a
     * caller has open, e.g. unsaved editor buffers, asked by absolute normalized path; null
     * for a file to be read from disk) before the disk. {@code open} may be null.
     */
    public static Result load(Path file, Function<Path, String> open) {
        RubricTexts texts = new RubricTexts(open);
        String text = texts.openText(file);
        if (text != null) return parse(file, text, open);
        RubricLoader loader = new RubricLoader(file, openThenDisk(texts));
        YamlNode root = YamlReader.read(file, InputLimit.RUBRIC, loader.diagnostics);
        return loader.result(root, texts);
    }

    /** Loads a rubric from text (an editor buffer) said to be {@code file}; a regulation it amends is read from disk. */
    public static Result parse(Path file, String text) {
        return parse(file, text, null);
    }

    /** As {@link #parse(Path, String)}, with the regulations it amends taken from {@code open} first (see {@link #load(Path, Function)}). */
    public static Result parse(Path file, String text, Function<Path, String> open) {
        RubricTexts texts = new RubricTexts(open);
        SourceTexts others = openThenDisk(texts);
        RubricLoader loader = new RubricLoader(file, f -> f != null && f.equals(file) ? text : others.text(f));
        YamlNode root = YamlReader.parse(file, text, loader.diagnostics);
        return loader.result(root, texts);
    }

    /** The texts fixes are checked against: what the caller has open, else the disk. */
    private static SourceTexts openThenDisk(RubricTexts open) {
        SourceTexts disk = SourceTexts.disk();
        return f -> {
            String text = f == null ? null : open.openText(f);
            return text != null ? text : disk.text(f);
        };
    }

    /**
     * A whole rubric is read as written; an amending one ({@code amends:}) is first merged with
     * the regulation it amends, and a finding on a line of that regulation says so. A fix that
     * no longer fits its file is dropped (its hint stays advice).
     */
    private Result result(YamlNode root, RubricTexts amended) {
        if (root == null) return new Result(null, diagnostics.withCheckedFixes(texts));
        if (!AmendedRubric.isAmending(root)) return new Result(rubric(file, root, null), diagnostics.withCheckedFixes(texts));
        AmendedRubric effective = AmendedRubric.of(file, (YamlNode.Mapping) root, amended, diagnostics);
        Rubric rubric = effective == null ? null : rubric(file, effective.root(), effective.amendment());
        return new Result(rubric, BaseNotes.inBase(diagnostics.withCheckedFixes(texts), file));
    }

    private YamlSource source() {
        if (source == null) {
            String text = texts.text(file);
            source = text == null ? null : YamlSource.parse(file, text);
        }
        return source;
    }

    /** The fix that removes the lines of the key at {@code keyPos}, described by {@code key}; null when they share a line. */
    private Fix removeKey(SourcePos keyPos, String key, Object... args) {
        YamlSource s = source();
        Edit e = s == null ? null : s.delete(s.entryLines(keyPos));
        return e == null ? null : Fix.of(key, List.of(e), args);
    }

    private Rubric rubric(Path file, YamlNode root, Amendment amendment) {
        Fields top = Fields.of(root, Word.of("rubric"), diagnostics);
        if (top == null) return null;
        Regulation regulation = regulation(top);
        Map<String, Parameter> parameters = parameters(top.node("parameters"));
        Map<String, EvidenceField> evidence = evidence(top.node("evidence"));
        String regulationCite = regulation == null ? null : regulation.cite();
        List<Criterion> criteria = new ArrayList<>();
        for (YamlNode n : top.list("criteria", true)) {
            Criterion c = criterion(n, regulationCite);
            if (c != null) criteria.add(c);
        }
        Section bonus = section(top.node("bonus"), Section.Kind.BONUS, regulationCite);
        Section deductions = section(top.node("deductions"), Section.Kind.DEDUCTION, regulationCite);
        List<RatingClass> rating = new ArrayList<>();
        for (YamlNode n : top.list("rating", true)) {
            RatingClass r = ratingClass(n);
            if (r != null) rating.add(r);
        }
        List<PluginNeed> plugins = plugins(top.list("plugins", false));
        top.rejectUnknown();
        if (regulation == null) return null;
        return new Rubric(file, regulation, parameters, evidence, List.copyOf(criteria), bonus, deductions, List.copyOf(rating), amendment, plugins);
    }

    /** {@code plugins:}, a list of {@code { id, version }}: the plugins whose functions the rubric calls, and the versions that will do. */
    private List<PluginNeed> plugins(List<YamlNode> nodes) {
        List<PluginNeed> out = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (YamlNode n : nodes) {
            Fields f = Fields.of(n, Word.of("plugin-need"), diagnostics);
            if (f == null) continue;
            String id = f.text("id", true);
            String versions = f.text("version", true);
            f.rejectUnknown();
            if (id == null || versions == null) continue;
            if (!ids.add(id)) {
                diagnostics.add(Diagnostic.error("E-DUPLICATE-ID", f.pos(), Word.of("plugin-need"), id));
                continue;
            }
            out.add(new PluginNeed(id, versions, f.pos(), f.node("version").pos()));
        }
        return List.copyOf(out);
    }

    private Regulation regulation(Fields top) {
        Fields f = Fields.of(top.node("regulation"), Word.of("regulation"), diagnostics);
        if (f == null) {
            if (!top.has("regulation")) diagnostics.add(Diagnostic.error("E-MISSING-KEY", top.pos(), "regulation", Word.of("rubric")));
            return null;
        }
        String id = f.text("id", true);
        String title = f.text("title", true);
        String authority = f.text("authority", false);
        String decision = f.text("decision", false);
        String decisionDate = f.text("decision-date", false);
        String from = f.text("effective-from", false);
        String until = f.text("effective-until", false);
        String version = f.text("version", false);
        String cite = f.text("cite", false);
        Double total = f.number("total", true);
        f.rejectUnknown();
        return new Regulation(id, title, authority, decision, decisionDate, from, until, version, cite,
                total == null ? Double.NaN : total, f.pos(), f.keyPos("total"));
    }

    private Map<String, Parameter> parameters(YamlNode node) {
        Map<String, Parameter> out = new LinkedHashMap<>();
        if (node == null) return out;
        if (!(node instanceof YamlNode.Mapping m)) {
            diagnostics.add(Diagnostic.error("E-SHAPE", node.pos(), Word.of("parameters"), Word.of("mapping"), Fields.kind(node), ""));
            return out;
        }
        for (YamlNode.Mapping.Entry e : m.entries().values()) {
            if (e.value() instanceof YamlNode.Scalar s && s.isNumber()) {
                out.put(e.key(), new Parameter(e.key(), s.numberValue(), null, e.keyPos()));
                continue;
            }
            Fields f = Fields.of(e.value(), Word.of("parameter", e.key()), diagnostics);
            if (f == null) continue;
            Double value = f.number("value", true);
            String label = f.text("label", false);
            f.rejectUnknown();
            if (value != null) out.put(e.key(), new Parameter(e.key(), value, label, e.keyPos()));
        }
        return out;
    }

    private Map<String, EvidenceField> evidence(YamlNode node) {
        Map<String, EvidenceField> out = new LinkedHashMap<>();
        if (node == null) return out;
        if (!(node instanceof YamlNode.Mapping m)) {
            diagnostics.add(Diagnostic.error("E-SHAPE", node.pos(), Word.of("evidence"), Word.of("mapping"), Fields.kind(node), ""));
            return out;
        }
        for (YamlNode.Mapping.Entry e : m.entries().values()) {
            Fields f = Fields.of(e.value(), Word.of("evidence-field", e.key()), diagnostics);
            if (f == null) continue;
            String label = f.text("label", false);
            Map<String, String> values = new LinkedHashMap<>();
            YamlNode valuesNode = f.node("values");
            if (valuesNode instanceof YamlNode.Mapping vm) {
                vm.entries().values().forEach(v -> values.put(v.key(),
                        v.value() instanceof YamlNode.Scalar s ? s.text().strip() : v.key()));
            } else if (valuesNode != null) {
                diagnostics.add(Fields.wrongType(valuesNode, "values", "mapping"));
            }
            String typeWord = f.text("type", valuesNode == null);
            FieldType type = typeWord == null ? (valuesNode != null ? FieldType.ENUM : null) : FieldType.named(typeWord);
            if (typeWord != null && type == null) {
                diagnostics.add(Diagnostic.error("E-FIELD-TYPE", f.keyPos("type"), typeWord, e.key()));
            }
            YamlNode.Scalar def = f.scalar("default", false);
            f.rejectUnknown();
            if (type == null) continue;
            Object defaultValue = def == null || def.kind() == YamlNode.Scalar.Kind.NULL ? null : defaultValue(def, type, e.key(), values);
            out.put(e.key(), new EvidenceField(e.key(), label, type, values, defaultValue, e.keyPos()));
        }
        return out;
    }

    private Object defaultValue(YamlNode.Scalar s, FieldType type, String field, Map<String, String> values) {
        switch (type) {
            case BOOLEAN -> {
                if (s.kind() == YamlNode.Scalar.Kind.BOOLEAN) return s.booleanValue();
            }
            case ENUM -> {
                if (values.containsKey(s.text())) return s.text();
                diagnostics.add(Diagnostic.error("E-ENUM-VALUE", s.pos(), s.text(), field, String.join(", ", values.keySet())));
                return null;
            }
            default -> {
                if (s.isNumber()) return s.numberValue();
            }
        }
        diagnostics.add(Diagnostic.error("E-FIELD-DEFAULT", s.pos(), s.text(), field, type.word));
        return null;
    }

    private Criterion criterion(YamlNode node, String regulationCite) {
        Fields f = Fields.of(node, Word.of("criterion"), diagnostics);
        if (f == null) return null;
        String id = f.text("id", true);
        String title = f.text("title", true);
        Double max = f.number("max", true);
        String cite = f.text("cite", false);
        String inherited = cite != null ? cite : regulationCite;
        List<Item> items = items(f.list("items", true), inherited);
        f.rejectUnknown();
        if (id == null) return null;
        // as for items: NaN keeps the criterion (and the use of its fields) without a misleading total
        return new Criterion(id, title, max == null ? Double.NaN : max, cite, items, f.pos(), f.keyPos("max"));
    }

    private Section section(YamlNode node, Section.Kind kind, String regulationCite) {
        Fields f = Fields.of(node, Word.of(kind == Section.Kind.BONUS ? "bonus" : "deductions"), diagnostics);
        if (f == null) return null;
        String title = f.text("title", false);
        Double max = f.number("max", true);
        String cite = f.text("cite", false);
        List<Item> items = items(f.list("items", true), cite != null ? cite : regulationCite);
        f.rejectUnknown();
        return max == null ? null : new Section(kind, title, max, items, f.pos());
    }

    private List<Item> items(List<YamlNode> nodes, String inheritedCite) {
        List<Item> items = new ArrayList<>();
        for (YamlNode n : nodes) {
            Item i = item(n, inheritedCite);
            if (i != null) items.add(i);
        }
        return List.copyOf(items);
    }

    private Item item(YamlNode node, String inheritedCite) {
        Fields f = Fields.of(node, Word.of("item"), diagnostics);
        if (f == null) return null;
        String id = f.text("id", true);
        String title = f.text("title", true);
        Double max = f.number("max", true);
        String cite = f.text("cite", false);
        List<String> kinds = List.of("pick-one", "assessed", "formula", "rule").stream().filter(f::has).toList();
        List<String> reads = new ArrayList<>();
        for (YamlNode r : f.list("reads", false)) {
            if (r instanceof YamlNode.Scalar s) reads.add(s.text().strip());
            else diagnostics.add(Fields.wrongType(r, "reads", "text"));
        }
        if (!reads.isEmpty() && !kinds.equals(List.of("rule"))) {
            diagnostics.add(Diagnostic.error("E-READS-RULE-ONLY", f.keyPos("reads"), id).withFix(removeKey(f.keyPos("reads"), "remove-reads", id)));
        }
        boolean firstMatch = f.flag("first-match");
        if (f.has("first-match") && !kinds.equals(List.of("pick-one"))) {
            diagnostics.add(Diagnostic.error("E-FIRST-MATCH-PICK-ONE", f.keyPos("first-match"), id)
                    .withFix(removeKey(f.keyPos("first-match"), "remove-first-match", id)));
        }
        Scoring scoring = null;
        if (kinds.size() != 1) {
            diagnostics.add(Diagnostic.error(kinds.isEmpty() ? "E-ITEM-KIND-MISSING" : "E-ITEM-KIND-MANY", f.pos(), id, String.join(", ", kinds)));
        } else {
            scoring = switch (kinds.get(0)) {
                case "pick-one" -> new Scoring.PickOne(tiers(f.list("pick-one", true)), firstMatch);
                case "assessed" -> {
                    YamlNode.Scalar s = f.scalar("assessed", true);
                    yield s == null ? null : new Scoring.Assessed(s.text(), s.pos(), rounding(f));
                }
                case "formula" -> {
                    Expr e = expression(f.scalar("formula", true));
                    yield e == null ? null : new Scoring.Formula(e, rounding(f));
                }
                default -> {
                    YamlNode.Scalar s = f.scalar("rule", true);
                    yield s == null ? null : new Scoring.Drl(s.text(), s.pos(), List.copyOf(reads), f.keyPos("reads"));
                }
            };
        }
        f.rejectUnknown();
        if (id == null) return null;
        // an unreadable max or scoring is already reported; NaN keeps the item without a second, misleading sum error
        return new Item(id, title, max == null ? Double.NaN : max, cite != null ? cite : inheritedCite, scoring, f.pos());
    }

    private Rounding rounding(Fields f) {
        Double step = f.number("round-to", false);
        String mode = f.text("rounding", false);
        Rounding.Mode m = Rounding.Mode.NEAREST;
        if (mode != null) {
            switch (mode) {
                case "nearest" -> m = Rounding.Mode.NEAREST;
                case "down" -> m = Rounding.Mode.DOWN;
                case "up" -> m = Rounding.Mode.UP;
                default -> diagnostics.add(Diagnostic.error("E-ROUNDING-MODE", f.keyPos("rounding"), mode));
            }
        }
        if (step == null && mode != null) diagnostics.add(Diagnostic.error("E-ROUNDING-NO-STEP", f.keyPos("rounding"), mode));
        return step == null ? Rounding.NONE : new Rounding(step, m);
    }

    private List<Tier> tiers(List<YamlNode> nodes) {
        List<Tier> tiers = new ArrayList<>();
        for (YamlNode n : nodes) {
            Fields f = Fields.of(n, Word.of("tier"), diagnostics);
            if (f == null) continue;
            String label = f.text("label", true);
            String text = f.text("text", false);
            boolean otherwise = f.flag("otherwise");
            Expr when = null;
            if (f.has("when") == otherwise) {
                diagnostics.add(Diagnostic.error("E-TIER-WHEN", f.pos(), label));
            } else if (!otherwise) {
                when = expression(f.scalar("when", true));
                if (when == null) continue;
            }
            Points points = points(f, "points", true);
            f.rejectUnknown();
            if (label != null && points != null) tiers.add(new Tier(label, text, when, points, f.pos()));
        }
        return List.copyOf(tiers);
    }

    private RatingClass ratingClass(YamlNode node) {
        Fields f = Fields.of(node, Word.of("rating-class"), diagnostics);
        if (f == null) return null;
        String name = f.text("class", true);
        boolean otherwise = f.flag("otherwise");
        Points min = null;
        if (f.has("min") == otherwise) {
            diagnostics.add(Diagnostic.error("E-RATING-MIN", f.pos(), name));
        } else if (!otherwise) {
            min = points(f, "min", true);
        }
        List<RatingClass.Bar> bars = new ArrayList<>();
        for (YamlNode b : f.list("barred-if", false)) {
            if (b instanceof YamlNode.Scalar s) {
                Expr when = expression(s);
                if (when != null) bars.add(new RatingClass.Bar(when, s.text().strip(), s.pos()));
                continue;
            }
            Fields bf = Fields.of(b, Word.of("bar"), diagnostics);
            if (bf == null) continue;
            YamlNode.Scalar whenText = bf.scalar("when", true);
            Expr when = expression(whenText);
            String because = bf.text("because", false);
            bf.rejectUnknown();
            if (when != null) bars.add(new RatingClass.Bar(when, because != null ? because : whenText.text().strip(), bf.pos()));
        }
        RatingClass.Quota quota = f.has("quota") ? quota(f.node("quota")) : null;
        f.rejectUnknown();
        if (name == null || (min == null && !otherwise)) return null;
        return new RatingClass(name, min, List.copyOf(bars), quota, f.pos());
    }

    private RatingClass.Quota quota(YamlNode node) {
        Fields f = Fields.of(node, Word.of("quota"), diagnostics);
        if (f == null) return null;
        Points percent = points(f, "at-most-percent", true);
        List<String> tieBreak = new ArrayList<>();
        List<SourcePos> tieBreakPos = new ArrayList<>();
        for (YamlNode t : f.list("tie-break", false)) {
            if (t instanceof YamlNode.Scalar s && s.kind() != YamlNode.Scalar.Kind.NULL) {
                tieBreak.add(s.text().strip());
                tieBreakPos.add(s.pos());
            } else {
                diagnostics.add(Fields.wrongType(t, "tie-break", "text"));
            }
        }
        String because = f.text("because", false);
        f.rejectUnknown();
        return percent == null ? null : new RatingClass.Quota(percent, List.copyOf(tieBreak), List.copyOf(tieBreakPos), because, f.pos());
    }

    /** A number, or a parameter name to be resolved by the validator. */
    private Points points(Fields f, String key, boolean required) {
        YamlNode.Scalar s = f.scalar(key, required);
        if (s == null) return null;
        if (s.isNumber()) return new Points(s.numberValue(), null, s.pos());
        if (s.kind() == YamlNode.Scalar.Kind.STRING) return new Points(Double.NaN, s.text().strip(), s.pos());
        diagnostics.add(Fields.wrongType(s, key, "number"));
        return null;
    }

    private Expr expression(YamlNode.Scalar s) {
        if (s == null) return null;
        if (s.kind() == YamlNode.Scalar.Kind.NULL) {
            diagnostics.add(Diagnostic.error("E-EXPR-EMPTY", s.pos()));
            return null;
        }
        Expr e = Parser.parse(s.text(), s.textPos(), diagnostics);
        // keep the item or tier, so validation can go on and report the rest of the file
        return e != null ? e : new Expr.Invalid(s.textPos());
    }
}
