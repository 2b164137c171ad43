package vn.rubric.workbench.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.workbench.commands.ExitCode;
import vn.rubric.workbench.platform.Registry;

/**
 * A bound on how long one CLI command may run. The bound on rule firings stops rules that
 * loop by firing again; code that loops inside one call (a rule's action, a plugin's
 * command or importer) gives Drools and the workbench nothing to count, and only ending the
 * process stops it. After the limit this says what was running (the plugin whose jar holds
 * the innermost foreign frame of a busy thread, or a rule of the pack) and exits 1; shutdown
 * hooks still run, so no temporary file is left behind.
 *
 * <p>The default, {@value #DEFAULT_SECONDS} s, is far above any real run (the Hưng Yên diff on
 * 100,000 units takes well under a minute, BENCHMARKS.md); {@code RUBRIC_TIME_LIMIT=SECONDS}
 * sets another (0: none). {@code serve-api} runs until stopped and has none.
 */
final class TimeLimit {

    static final long DEFAULT_SECONDS = 1800;
    static final String SETTING = "RUBRIC_TIME_LIMIT";

    private TimeLimit() {}

    /** The limit from {@code RUBRIC_TIME_LIMIT}, or the default; null for none (or a value that is not a number of seconds). */
    static Duration of(String setting) {
        if (setting == null || setting.isBlank()) return Duration.ofSeconds(DEFAULT_SECONDS);
        try {
            long s = Long.parseLong(setting.strip());
            return s <= 0 ? null : Duration.ofSeconds(s);
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(DEFAULT_SECONDS);
        }
    }

    /** Starts the watch; the JVM ends with exit 1 if the run is not over after {@code limit}. */
    static void start(Duration limit, Registry registry, Messages text, PrintWriter err) {
        Thread watch = new Thread(() -> {
            try {
                Thread.sleep(limit.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            err.println(text.get("error.prefix") + " " + text.get("time-limit.exceeded", limit.toSeconds(), SETTING, running(Thread.getAllStackTraces(), registry, text)));
            err.flush();
            System.exit(ExitCode.FAILED);
        }, "rubric-time-limit");
        watch.setDaemon(true);
        watch.start();
    }

    /** What the busy threads were running: the innermost frame of a plugin or of the pack's rules, else the workbench. */
    static String running(Map<Thread, StackTraceElement[]> threads, Registry registry, Messages text) {
        for (StackTraceElement[] stack : threads.values()) {
            for (StackTraceElement f : stack) {
                String cls = f.getClassName(), where = cls + "." + f.getMethodName();
                String plugin = ExitWatch.pluginOf(cls, registry);
                if (plugin != null) return text.get("time-limit.plugin", plugin, where);
                if (cls.startsWith("rubric.")) return text.get("time-limit.rule", cls.substring(0, cls.lastIndexOf('.')), where);
            }
        }
        return text.get("time-limit.workbench");
    }
}
