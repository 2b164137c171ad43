package vn.rubric.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.rules.score.Scorer;
import vn.rubric.dsl.score.Unit;

/**
 * How the cost of a scoring pass grows with the number of units ({@code units}) and with
 * the number of rules ({@code copies}: the sample sheet repeated, see {@link ScaledRubric}).
 * Scores are per pass in ms (the whole population through {@link Scorer#score}, sessions of
 * {@code chunk} units, {@link Scorer#DEFAULT_CHUNK} by default); divide by {@code units} for µs
 * per unit. The floor is the
 * hand-written scorer on the same units, for {@code copies} = 1 only (it knows one sheet).
 *
 * <pre>
 * benchmarks/run ScalingBenchmark                                      # 1,000 / 10,000 / 100,000 units, the sheet as it is
 * benchmarks/run 'ScalingBenchmark.drools' -p units=10000 -p copies=1,2,4   # 28, 56, 112 items
 * benchmarks/run 'ScalingBenchmark.drools' -p units=10000 -p copies=4 -p chunk=75,300
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Dfile.encoding=UTF-8", "-Xms3g", "-Xmx3g",
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
public class ScalingBenchmark {

    /** The population for the Drools side: {@code units} generated units of the sheet repeated {@code copies} times. */
    @State(Scope.Benchmark)
    public static class Population {
        @Param({"1000", "10000", "100000"})
        public int units;

        @Param({"1"})
        public int copies;

        /** Units per session; Scorer.DEFAULT_CHUNK by default (annotation values must be literals). */
        @Param({"300"})
        public int chunk;

        List<Unit> population;
        Scorer scorer;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            RulePack pack = copies == 1 ? SamplePack.load() : scaled(copies);
            population = new UnitGenerator(pack.rubric()).generate(units);
            // one thread, as the floor: the growth measured is the rules', not the cores'
            scorer = new Scorer(SamplePack.build(pack), chunk, 1);
        }
    }

    /** The floor's population: the sheet as it is. */
    @State(Scope.Benchmark)
    public static class FloorPopulation {
        @Param({"1000", "10000", "100000"})
        public int units;

        List<Unit> population;

        @Setup(Level.Trial)
        public void setUp() {
            population = new UnitGenerator(SamplePack.load().rubric()).generate(units);
        }
    }

    @Benchmark
    public Scorer.Result drools(Population p) {
        Scorer.Result r = p.scorer.score(p.population);
        if (r.sheets().size() != p.units) throw new IllegalStateException("Drools scored " + r.sheets().size() + " units: " + r.problems().sorted());
        return r;
    }

    @Benchmark
    public List<HandWrittenHungYenScorer.Sheet> handWritten(FloorPopulation p) {
        HandWrittenHungYenScorer floor = new HandWrittenHungYenScorer();
        List<HandWrittenHungYenScorer.Sheet> out = new ArrayList<>(p.population.size());
        for (Unit unit : p.population) out.add(floor.score(unit.evidence()));
        return out;
    }

    /** The sample sheet repeated, written to a temporary folder (removed when the JVM exits) and loaded. */
    private static RulePack scaled(int copies) throws IOException {
        Path dir = Files.createTempDirectory("rubric-scaled-");
        dir.toFile().deleteOnExit();
        ScaledRubric.write(SamplePack.folder(), copies, dir).resolve(RulePack.RUBRIC_FILE).toFile().deleteOnExit();
        return SamplePack.load(dir);
    }
}
