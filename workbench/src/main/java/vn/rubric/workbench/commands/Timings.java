package vn.rubric.workbench.commands;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import vn.rubric.workbench.Workbench;

/**
 * Where a run's time goes (--timings): JVM start to the command, then each step. Printed
 * to standard error so it never mixes with a report.
 */
final class Timings {

    private record Lap(String step, long nanos) {}

    private final List<Lap> laps = new ArrayList<>();
    private final boolean on;
    private long last = System.nanoTime();

    Timings(boolean on) {
        this.on = on;
    }

    /** Ends the step that ran since the last call. */
    void lap(String step) {
        long now = System.nanoTime();
        laps.add(new Lap(step, now - last));
        last = now;
    }

    void print(Workbench wb) {
        if (!on) return;
        long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        long steps = laps.stream().mapToLong(Lap::nanos).sum() / 1_000_000;
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {wb.text().get("timings.jvm"), String.valueOf(sinceJvmStart - steps)});
        for (Lap l : laps) rows.add(new String[] {wb.text().get("timings." + l.step()), String.valueOf(l.nanos() / 1_000_000)});
        rows.add(new String[] {wb.text().get("timings.total"), String.valueOf(sinceJvmStart)});
        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        wb.err().println(wb.text().get("timings.head"));
        for (String[] r : rows) wb.err().printf("  %-" + width + "s %6s ms%n", r[0], r[1]);
        wb.err().flush();
    }
}
