package vn.rubric.benchmarks;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.rubric.dsl.compile.CompiledRubric;
import vn.rubric.dsl.compile.DrlCompiler;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.load.RubricLoader;
import vn.rubric.dsl.validate.Validator;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.dsl.pack.RulePack;

/**
 * What it costs to get from the sample pack's rubric.yaml to rules that can score.
 *
 * <ul>
 *   <li>{@code rubricToDrl}: read and load the YAML, validate, compile to DRL (rubric-dsl
 *       only; what {@code rubric validate} and every edit in the workbench pay).</li>
 *   <li>{@code kieBaseBuild}: Drools parses and compiles that DRL into a KieBase
 *       ({@link RuleBase#build}); the pack is loaded once in the setup.</li>
 * </ul>
 *
 * Each comes twice: {@code …Cold} is the first call in a fresh JVM (SingleShotTime, one
 * call per fork, several forks: class loading and interpretation included); {@code …Warm}
 * is the steady state after warm-up (AverageTime).
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Dfile.encoding=UTF-8", "-Xms1g", "-Xmx1g",
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
public class CompileBenchmark {

    /** Only the path: nothing of rubric-dsl is loaded before the measured call. */
    @State(Scope.Benchmark)
    public static class RubricFile {
        Path file;

        @Setup(Level.Trial)
        public void setUp() {
            file = SamplePack.folder().resolve(RulePack.RUBRIC_FILE);
        }
    }

    /** The loaded, compiled pack: only Drools' part is measured. */
    @State(Scope.Benchmark)
    public static class LoadedPack {
        RulePack pack;

        @Setup(Level.Trial)
        public void setUp() {
            pack = SamplePack.load();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 5, jvmArgsAppend = {"-Dfile.encoding=UTF-8", "-Xms1g", "-Xmx1g",
            "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
    public CompiledRubric rubricToDrlCold(RubricFile r) {
        return rubricToDrl(r.file);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 5, time = 1)
    @Measurement(iterations = 5, time = 1)
    public CompiledRubric rubricToDrlWarm(RubricFile r) {
        return rubricToDrl(r.file);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 5, jvmArgsAppend = {"-Dfile.encoding=UTF-8", "-Xms1g", "-Xmx1g",
            "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
    public RuleBase kieBaseBuildCold(LoadedPack p) {
        return SamplePack.build(p.pack);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 10, time = 2) // Drools' compiler (MVEL, ECJ) keeps speeding up for ~10 builds
    @Measurement(iterations = 5, time = 2)
    public RuleBase kieBaseBuildWarm(LoadedPack p) {
        return SamplePack.build(p.pack);
    }

    /** Load, validate, compile: what {@code PackLoader.load} does for the rubric, minus the folder scan. */
    static CompiledRubric rubricToDrl(Path rubricFile) {
        RubricLoader.Result loaded = RubricLoader.load(rubricFile);
        if (!loaded.ok()) throw new IllegalStateException("does not load: " + loaded.diagnostics().sorted());
        Diagnostics validation = Validator.validate(loaded.rubric());
        if (validation.hasErrors()) throw new IllegalStateException("does not validate: " + validation.sorted());
        return DrlCompiler.compile(loaded.rubric());
    }
}
