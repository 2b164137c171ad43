package vn.rubric.rules.pack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import vn.rubric.dsl.compile.CompiledRubric;
import vn.rubric.dsl.compile.DrlCompiler;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.expr.ExpressionFunction;
import vn.rubric.dsl.load.RubricLoader;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.dsl.score.Unit;
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
        return load(path, functions, rubric -> null);
    }

    /**
     * As {@link #load(Path, Map)}; {@code data} gives the units to try the rubric on once it
     * is read (the pack's data typed for it, or null), so validation can say what an overlap
     * of tiers costs.
     */
    public static Result load(Path path, Map<String, ExpressionFunction> functions, Function<Rubric, List<Unit>> data) {
        Path folder = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
        Path rubricFile = Files.isDirectory(path) ? path.resolve(RulePack.RUBRIC_FILE) : path;
        RubricLoader.Result loaded = RubricLoader.load(rubricFile);
        Diagnostics diagnostics = loaded.diagnostics();
        if (loaded.rubric() == null) return new Result(null, diagnostics);
        // units typed for a rubric that does not load cleanly could only mislead
        List<Unit> units = loaded.diagnostics().hasErrors() ? null : data.apply(loaded.rubric());
        diagnostics.addAll(Validator.validate(loaded.rubric(), functions, units).all());
        List<RulePack.DrlFile> drl = readDrl(folder.resolve(RulePack.RULES_FOLDER), diagnostics);
        if (diagnostics.hasErrors()) return new Result(null, diagnostics);
        CompiledRubric compiled = DrlCompiler.compile(loaded.rubric(), functions);
        List<Path> tests = list(folder.resolve(RulePack.TESTS_FOLDER), ".yaml", diagnostics);
        return new Result(new RulePack(folder, loaded.rubric(), compiled, drl, tests), diagnostics);
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
        Diagnostics diagnostics = Validator.validate(rubric, functions);
        if (diagnostics.hasErrors()) return new Result(null, diagnostics);
        return new Result(new RulePack(pack.folder(), rubric, DrlCompiler.compile(rubric, functions), pack.handWritten(), pack.testFiles()), diagnostics);
    }

    private static List<RulePack.DrlFile> readDrl(Path rules, Diagnostics diagnostics) {
        List<RulePack.DrlFile> out = new ArrayList<>();
        for (Path p : list(rules, ".drl", diagnostics)) {
            try {
                out.add(new RulePack.DrlFile(p, Files.readString(p, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                diagnostics.add(Diagnostic.error("E-FILE-UNREADABLE", SourcePos.of(p), p, e.getMessage()));
            }
        }
        return out;
    }

    /** The files of a folder ending in {@code suffix}, sorted by name; none when the folder is absent. */
    static List<Path> list(Path folder, String suffix, Diagnostics diagnostics) {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("E-FILE-UNREADABLE", SourcePos.of(folder), folder, e.getMessage()));
            return List.of();
        }
    }
}
