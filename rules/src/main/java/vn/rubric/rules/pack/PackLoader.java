package vn.rubric.rules.pack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.rubric.dsl.amend.BaseNotes;
import vn.rubric.dsl.compile.CompiledRubric;
import vn.rubric.dsl.compile.DrlCompiler;
import vn.rubric.dsl.compile.FactModel;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.expr.ExpressionFunction;
import vn.rubric.dsl.load.RubricLoader;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.dsl.score.Unit;
import vn.rubric.dsl.source.InputLimit;
import vn.rubric.dsl.source.InputText;
import vn.rubric.dsl.source.SourcePos;
import vn.rubric.dsl.validate.Validator;

/**
 * Loads a pack folder (or a rubric.yaml directly): load, validate, and, when there are no
 * errors, compile. Warnings are kept alongside a usable pack.
 */
public final class PackLoader {

    public record Result(RulePack pack, Diagnostics diagnostics) {
        public boolean ok() {
            return pack != null;
        }
    }

    private PackLoader() {}

    public static Result load(Path path) {
        return load(path, Map.of());
    }

    /** As {@link #load(Path)}, with the functions plugins add to the rubric language, by name. */
    public static Result load(Path path, Map<String, ExpressionFunction> functions) {
        return load(path, functions, null);
    }

    /**
     * As {@link #load(Path, Map)}, with the rubric (and any regulation it amends) taken first from
     * {@code open}: texts a caller has open and not saved, asked by absolute normalized path,
     * null for a file to be read from disk. {@code open} may be null.
     */
    public static Result load(Path path, Map<String, ExpressionFunction> functions, Function<Path, String> open) {
        return load(path, functions, open, rubric -> null);
    }

    /**
     * As {@link #load(Path, Map, Function)}; {@code data} gives the units to try the rubric on
     * once it is read (the pack's data typed for it, or null), so validation can say what an
     * overlap of tiers costs.
     */
    public static Result load(Path path, Map<String, ExpressionFunction> functions, Function<Path, String> open,
                              Function<Rubric, List<Unit>> data) {
        Path folder = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
        Path rubricFile = Files.isDirectory(path) ? path.resolve(RulePack.RUBRIC_FILE) : path;
        RubricLoader.Result loaded = RubricLoader.load(rubricFile, open);
        Diagnostics diagnostics = loaded.diagnostics();
        if (loaded.rubric() == null) return new Result(null, diagnostics);
        // units typed for a rubric that does not load cleanly could only mislead
        List<Unit> units = loaded.diagnostics().hasErrors() ? null : data.apply(loaded.rubric());
        diagnostics.addAll(BaseNotes.inBase(Validator.validate(loaded.rubric(), functions, units), loaded.rubric()).all());
        List<RulePack.DrlFile> drl = handWritten(folder, loaded.rubric(), diagnostics);
        if (diagnostics.hasErrors()) return new Result(null, diagnostics);
        CompiledRubric compiled = DrlCompiler.compile(loaded.rubric(), functions);
        List<Path> tests = list(folder.resolve(RulePack.TESTS_FOLDER), ".yaml", diagnostics);
        return new Result(new RulePack(folder, loaded.rubric(), compiled, drl, tests), diagnostics);
    }

    /**
     * The pack's rules/*.drl; for an amending pack, those of each regulation it rests on too,
     * the nearer one's file winning over a farther one's of the same name, its own over all.
     * A base's file declares the base's package; it is read into the draft's, where the
     * generated rules it works with are, its lines unmoved.
     */
    private static List<RulePack.DrlFile> handWritten(Path folder, Rubric rubric, Diagnostics diagnostics) {
        Map<String, RulePack.DrlFile> byName = new TreeMap<>();
        if (rubric.isAmending() && rubric.regulation().id() != null) {
            String draftPackage = FactModel.packageName(rubric.regulation().id());
            List<Path> bases = new ArrayList<>(rubric.amendment().bases());
            Collections.reverse(bases);
            for (Path base : bases) {
                for (RulePack.DrlFile drl : readDrl(base.toAbsolutePath().getParent().resolve(RulePack.RULES_FOLDER), diagnostics)) {
                    byName.put(drl.path().getFileName().toString(), new RulePack.DrlFile(drl.path(), inPackage(drl.text(), draftPackage)));
                }
            }
        }
        for (RulePack.DrlFile drl : readDrl(folder.resolve(RulePack.RULES_FOLDER), diagnostics)) byName.put(drl.path().getFileName().toString(), drl);
        return List.copyOf(byName.values());
    }

    private static final Pattern PACKAGE = Pattern.compile("(?m)^(\\s*)package\\s+[\\w.]+\\s*;?");

    /** The DRL with its package declaration naming {@code packageName} instead, on the same line. */
    static String inPackage(String drl, String packageName) {
        Matcher m = PACKAGE.matcher(drl);
        return m.find() ? drl.substring(0, m.start()) + m.group(1) + "package " + packageName + ";" + drl.substring(m.end()) : drl;
    }

    /**
     * The pack with some parameters set to other values, validated and compiled again (a
     * value can break the rubric, e.g. a class minimum above the one before it).
     */
    public static Result withParameters(RulePack pack, Map<String, Double> values) {
        return withParameters(pack, values, Map.of());
    }

    /** As {@link #withParameters(RulePack, Map)}, with the plugin functions the pack was loaded with. */
    public static Result withParameters(RulePack pack, Map<String, Double> values, Map<String, ExpressionFunction> functions) {
        var rubric = pack.rubric().withParameters(values);
        Diagnostics diagnostics = BaseNotes.inBase(Validator.validate(rubric, functions), rubric);
        if (diagnostics.hasErrors()) return new Result(null, diagnostics);
        return new Result(new RulePack(pack.folder(), rubric, DrlCompiler.compile(rubric, functions), pack.handWritten(), pack.testFiles()), diagnostics);
    }

    private static List<RulePack.DrlFile> readDrl(Path rules, Diagnostics diagnostics) {
        List<RulePack.DrlFile> out = new ArrayList<>();
        for (Path p : list(rules, ".drl", diagnostics)) {
            // bounded and checked as UTF-8 like the rubric: a link to a device or a huge file is refused, located
            String text = InputText.read(p, InputLimit.RULES, diagnostics);
            if (text != null) out.add(new RulePack.DrlFile(p, text));
        }
        return out;
    }

    /** The files of a folder ending in {@code suffix}, sorted by name; none when the folder is absent. */
    static List<Path> list(Path folder, String suffix, Diagnostics diagnostics) {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> s = Files.list(folder)) {
            // not only regular files: a link to a device is read with its bound and refused, not passed over
            return s.filter(p -> p.getFileName().toString().endsWith(suffix) && !Files.isDirectory(p)).sorted().toList();
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("E-FILE-UNREADABLE", SourcePos.of(folder), folder, e.getMessage()));
            return List.of();
        }
    }
}
