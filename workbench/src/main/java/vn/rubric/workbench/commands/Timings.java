package vn.rubric.workbench.commands;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import vn.rubric.workbench.Workbench;

/** {@code --timings}: how long each stage of a run took, and the JVM's start before it, printed to standard error. */
final class Timings {

    private record Lap(String stage, long nanos) {}

    private final List<Lap> laps = new ArrayList<>();
    private final boolean on;
    private String current;
    private long since = System.nanoTime();

    Timings(boolean on) {
        this.on = on;
    }

    /** Ends the stage under way (if any) and starts {@code stage}. */
    synchronized void start(String stage) {
        long now = System.nanoTime();
        if (current != null) laps.add(new Lap(current, now - since));
        current = stage;
        since = now;
    }

    void print(Workbench wb) {
        if (!on) return;
        start(null);
        long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        long stages = laps.stream().mapToLong(Lap::nanos).sum() / 1_000_000;
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {wb.text().get("timings.jvm"), String.valueOf(sinceJvmStart - stages)});
        for (Lap l : laps) rows.add(new String[] {wb.text().get("timings." + l.stage()), String.valueOf(l.nanos() / 1_000_000)});
        rows.add(new String[] {wb.text().get("timings.total"), String.valueOf(sinceJvmStart)});
        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        wb.err().println(wb.text().get("timings.head"));
        for (String[] r : rows) wb.err().printf("  %-" + width + "s %6s ms%n", r[0], r[1]);
        wb.err().flush();
    }
}
