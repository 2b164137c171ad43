package vn.rubric.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.rules.score.Scorer;
import vn.rubric.dsl.score.Unit;

/**
 * Scoring 10,000 generated units of the Hưng Yên sheet: the Drools {@link Scorer} (sessions
 * of {@code chunk} units, {@link Scorer#DEFAULT_CHUNK} by default) against {@link HandWrittenHungYenScorer}, the
 * floor. Scores are per unit ({@code @OperationsPerInvocation(10000)}), in µs. Both run on one
 * thread, so the ratio is the cost of the rules themselves ({@code threads=2} shows what the
 * workbench's scorer gains from a second core).
 *
 * <p>Both produce a result per unit that the benchmark returns (so nothing is optimised
 * away); the Drools side also builds the full explained {@code ScoreSheet}s, as the
 * workbench does. The KieBase is built once in the setup and not measured here (see
 * {@link CompileBenchmark}). {@code …FirstPass} is one pass over the 10,000 units in a
 * fresh JVM (SingleShotTime, several forks): what a one-off command-line run pays.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@OperationsPerInvocation(ScoringBenchmark.UNITS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Dfile.encoding=UTF-8", "-Xms2g", "-Xmx2g",
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
public class ScoringBenchmark {

    public static final int UNITS = 10_000;

    /** The generated units (same seed every run), shared by both sides. */
    @State(Scope.Benchmark)
    public static class Units {
        RulePack pack;
        List<Unit> units;

        @Setup(Level.Trial)
        public void setUp() {
            pack = SamplePack.load();
            units = new UnitGenerator(pack.rubric()).generate(UNITS);
        }
    }

    /** The Drools side: the KieBase is built once per trial, not measured here. */
    @State(Scope.Benchmark)
    public static class Drools {
        /** Units per Drools session. */
        @Param({"300"}) // Scorer.DEFAULT_CHUNK; annotation values must be literals
        public int chunk;

        /** Threads the Scorer may use: 1 to compare with the single-threaded floor. */
        @Param({"1"})
        public int threads;

        Scorer scorer;

        @Setup(Level.Trial)
        public void setUp(Units u) {
            RuleBase ruleBase = SamplePack.build(u.pack);
            scorer = new Scorer(ruleBase, chunk, threads);
        }
    }

    @Benchmark
    @Warmup(iterations = 10, time = 2) // one 10,000-unit pass takes 1–3 s: ten passes of warm-up
    public Scorer.Result drools(Units u, Drools d) {
        return droolsPass(u, d);
    }

    @Benchmark
    public List<HandWrittenHungYenScorer.Sheet> handWritten(Units u) {
        return handWrittenPass(u);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 3, jvmArgsAppend = {"-Dfile.encoding=UTF-8", "-Xms2g", "-Xmx2g",
            "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
    public Scorer.Result droolsFirstPass(Units u, Drools d) {
        return droolsPass(u, d);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 3, jvmArgsAppend = {"-Dfile.encoding=UTF-8", "-Xms2g", "-Xmx2g",
            "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
    public List<HandWrittenHungYenScorer.Sheet> handWrittenFirstPass(Units u) {
        return handWrittenPass(u);
    }

    private static Scorer.Result droolsPass(Units u, Drools d) {
        Scorer.Result r = d.scorer.score(u.units);
        if (r.sheets().size() != UNITS) throw new IllegalStateException("Drools scored " + r.sheets().size() + " units: " + r.problems().sorted());
        return r;
    }

    private static List<HandWrittenHungYenScorer.Sheet> handWrittenPass(Units u) {
        HandWrittenHungYenScorer floor = new HandWrittenHungYenScorer();
        List<HandWrittenHungYenScorer.Sheet> out = new ArrayList<>(u.units.size());
        for (Unit unit : u.units) out.add(floor.score(unit.evidence()));
        return out;
    }
}
