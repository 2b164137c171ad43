package vn.rubric.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import vn.rubric.dsl.load.RubricLoader;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.workbench.data.ImportResult;
import vn.rubric.workbench.importers.CsvImporter;
import vn.rubric.workbench.importers.JsonImporter;
import vn.rubric.workbench.platform.Importer;

/**
 * Reading one data file of units with the importer its ending names, typed for a rubric,
 * as `score` and `simulate` read it: the median wall time of N reads, the median CPU time of
 * the reading thread (the GC's threads not counted), and the heap's peak (the sum of the heap
 * pools' peak use since the JVM started: an upper bound, the pools peak at different times). Run once per format in a
 * fresh JVM (benchmarks/unit-data), so one format's garbage does not count against another.
 *
 * <p>Usage: {@code UnitDataReading RUBRIC_YAML DATA_FILE [READS]}.
 */
public final class UnitDataReading {

    public static void main(String[] args) {
        Rubric rubric = RubricLoader.load(Path.of(args[0])).rubric();
        Path data = Path.of(args[1]);
        int reads = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Importer importer = data.toString().endsWith(".csv") ? new CsvImporter() : new JsonImporter();
        long[] ms = new long[reads], cpu = new long[reads];
        // the CPU time of the reading thread too: on a shared machine the wall time is mostly waiting
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int units = 0;
        for (int i = 0; i < reads; i++) {
            long t0 = System.nanoTime(), c0 = threads.getCurrentThreadCpuTime();
            ImportResult r = importer.read(data, rubric);
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
            if (r.diagnostics().hasErrors()) throw new IllegalStateException(r.diagnostics().all().toString());
            units = r.units().size();
        }
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage).mapToLong(u -> u.getUsed()).sum();
        Arrays.sort(ms);
        Arrays.sort(cpu);
        System.out.printf("%s: %,d units, median %d ms of %d reads (min %d, max %d), reading thread's CPU median %d ms, heap pools' peak (sum) %d MB%n",
                data.getFileName(), units, ms[reads / 2], reads, ms[0], ms[reads - 1], cpu[reads / 2], peak / (1024 * 1024));
    }
}
