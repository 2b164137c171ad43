package vn.rubric.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.rubric.workbench.platform.Report;
import vn.rubric.workbench.plugins.PluginFolders;
import vn.rubric.workbench.plugins.PluginLoader;
import vn.rubric.workbench.workspace.Outcome;
import vn.rubric.workbench.workspace.Progress;
import vn.rubric.workbench.workspace.Workspace;

/**
 * What a drafter waits for after each edit, in a warm JVM (the studio's case): the draft is
 * changed, then re-validated, rebuilt and compared again with the regulation in force on the
 * 250 sample units, through the one workspace API the faces use (the draft's text is given as
 * an editor's unsaved buffer). Not a JMH benchmark: an edit
 * loop is stateful (each edit must really change the rules) and the question includes memory
 * over a thousand rebuilds. Prints the median and spread of the edit-to-comparison time, and
 * the heap in use (after a full GC) after 10 and after N rebuilds.
 *
 * <p>Usage: {@code WorkspaceRebuild ROOT [EDITS]} with ROOT the repository (benchmarks/rebuild).
 */
public final class WorkspaceRebuild {

    /** The number the loop edits in the draft: the points of the tier its change 2 sets (item 5.2, "kiểm điểm, phê bình"). */
    private static final Pattern POINTS = Pattern.compile("(set: \\{ points: )(\\d+)");

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Path base = root.resolve("samples/hung-yen-02-2020"), draft = root.resolve("samples/hung-yen-draft");
        Path data = root.resolve("samples/data/hung-yen-2024-units.csv");
        Path rubric = draft.resolve("rubric.yaml");
        String text = Files.readString(rubric, StandardCharsets.UTF_8);
        Matcher m = POINTS.matcher(text);
        if (!m.find()) throw new IllegalStateException("no change that sets a tier's points in " + rubric);

        Workspace workspace = new Workspace(PluginLoader.load(PluginFolders.none()).registry());
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long[] millis = new long[edits], cpuMillis = new long[edits];
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long heapAfter10 = 0, heapAfterAll;
        Stages stages = new Stages();
        // warm-up: the JIT and Drools' first build, which no drafter meets twice in a session
        for (int i = 0; i < 30; i++) edit(workspace, rubric, text, m, i, base, draft, data, stages);
        stages.clear();
        for (int i = 0; i < edits; i++) {
            long t0 = System.nanoTime(), c0 = os.getProcessCpuTime();
            edit(workspace, rubric, text, m, i, base, draft, data, stages);
            millis[i] = (System.nanoTime() - t0) / 1_000_000;
            cpuMillis[i] = (os.getProcessCpuTime() - c0) / 1_000_000;
            if (i == 9) heapAfter10 = heapAfterGc(memory);
            if ((i + 1) % 100 == 0) System.err.printf("  %d edits…%n", i + 1);
        }
        heapAfterAll = heapAfterGc(memory);
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf("edit → re-validate, rebuild, re-compare (250 units), %d edits after 30 warm-up:%n", edits);
        System.out.printf("  median %d ms, p90 %d ms, min %d ms, max %d ms%n",
                sorted[edits / 2], sorted[(int) (edits * 0.9)], sorted[0], sorted[edits - 1]);
        long[] cpu = cpuMillis.clone();
        Arrays.sort(cpu);
        System.out.printf("  CPU time of the process per edit (all threads, GC included; steadier than the wall clock on a loaded machine): median %d ms%n", cpu[edits / 2]);
        System.out.println("  where the time goes (median ms per edit): " + stages.medians());
        System.out.printf("  heap in use after a full GC: %.1f MB after 10 edits, %.1f MB after %d (%+.1f%%)%n",
                heapAfter10 / 1e6, heapAfterAll / 1e6, edits, 100.0 * (heapAfterAll - heapAfter10) / heapAfter10);
    }

    /**
     * One edit, as the studio makes it (the editor's unsaved text, the file untouched): the
     * tier's points take the next of 0..4, so every edit changes the rules the draft builds.
     */
    private static void edit(Workspace workspace, Path rubric, String text, Matcher at, int i, Path base, Path draft, Path data, Stages stages) throws IOException {
        String value = String.valueOf(i % 5);
        workspace.edit(rubric, text.substring(0, at.start(2)) + value + text.substring(at.end(2)));
        Outcome<Report.Diff> diff = workspace.compare(base, draft, data, Map.of(), stages);
        stages.stage(null);
        if (!diff.hasValue()) throw new IllegalStateException("the comparison failed: " + diff.diagnostics().all());
    }

    /** The time of each stage the workspace reports, per edit. */
    private static final class Stages implements Progress {
        private final Map<String, List<Long>> nanos = new java.util.LinkedHashMap<>();
        private String current;
        private long since;

        @Override
        public void stage(String name) {
            long now = System.nanoTime();
            if (current != null) nanos.computeIfAbsent(current, k -> new ArrayList<>()).add(now - since);
            current = name;
            since = now;
        }

        void clear() {
            nanos.clear();
            current = null;
        }

        String medians() {
            stage(null);
            StringBuilder sb = new StringBuilder();
            nanos.forEach((name, list) -> {
                List<Long> sorted = list.stream().sorted().toList();
                sb.append(sb.length() == 0 ? "" : ", ").append(name).append(' ')
                        .append(String.format("%.1f", sorted.get(sorted.size() / 2) / 1e6));
            });
            return sb.toString();
        }
    }

    private static long heapAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private WorkspaceRebuild() {}
}
