package vn.rubric.workbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipFile;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.workbench.platform.PluginInfo;
import vn.rubric.workbench.platform.Registry;

/**
 * Says who ended the run when code other than the CLI's own calls {@code System.exit}: a
 * plugin, or a rule of the pack (a hand-written rule's action is Java, run with the user's
 * rights). The exit itself cannot be stopped on Java 17 without a SecurityManager, which is
 * deprecated for removal (JEP 411), warns on every run that installs one, and is gone for good
 * in Java 24 (JEP 486); so the run ends as that code asked, and a shutdown hook names the
 * culprit from the exiting thread's stack: the first caller of {@code System.exit} that is not
 * the JDK's, put down to the plugin whose jar holds its class, or to the pack's rules (their
 * classes are in the DRL's package, {@code rubric.*}). A Ctrl+C or SIGTERM (the JDK's own
 * signal thread) and the CLI's own exit are not reported.
 */
final class ExitWatch {

    private final AtomicBoolean ownExit = new AtomicBoolean();

    private ExitWatch() {}

    /** Watches for exits until {@link #exiting()}; what it says goes to {@code err}. */
    static ExitWatch install(Registry registry, Messages text, PrintWriter err) {
        ExitWatch w = new ExitWatch();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (w.ownExit.get()) return;
            String said = culprit(Thread.getAllStackTraces(), registry, text);
            if (said == null) return;
            err.println(said);
            err.flush();
        }, "rubric-exit-watch"));
        return w;
    }

    /** The CLI exits now, on its own account. */
    void exiting() {
        ownExit.set(true);
    }

    /** What to say about the thread that called System.exit, or null when none of it is foreign code. */
    static String culprit(Map<Thread, StackTraceElement[]> threads, Registry registry, Messages text) {
        for (StackTraceElement[] stack : threads.values()) {
            StackTraceElement caller = exitCaller(stack);
            if (caller == null) continue;
            String cls = caller.getClassName();
            if (cls.startsWith("java.") || cls.startsWith("jdk.") || cls.startsWith("sun.")) return null; // a signal
            String where = cls + "." + caller.getMethodName();
            String plugin = pluginOf(cls, registry);
            if (plugin != null) return text.get("exit.by-plugin", plugin, where);
            if (cls.startsWith("rubric.")) return text.get("exit.by-rule", cls.substring(0, cls.lastIndexOf('.')), where);
            if (cls.startsWith("vn.rubric.")) return null; // the workbench's own code
            return text.get("exit.by-code", where);
        }
        return null;
    }

    /** The frame that called System.exit or Runtime.exit/halt, or null when this thread is not exiting. */
    static StackTraceElement exitCaller(StackTraceElement[] stack) {
        int last = -1;
        for (int i = 0; i < stack.length; i++) {
            String c = stack[i].getClassName(), m = stack[i].getMethodName();
            if ((c.equals("java.lang.System") && m.equals("exit")) || (c.equals("java.lang.Runtime") && (m.equals("exit") || m.equals("halt")))) last = i;
        }
        return last < 0 || last + 1 >= stack.length ? null : stack[last + 1];
    }

    /** The jar plugin whose jar holds the class, or null. */
    static String pluginOf(String className, Registry registry) {
        String outer = className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
        String entry = outer.replace('.', '/') + ".class";
        for (PluginInfo p : registry.plugins()) {
            if (p.source() == null || !p.source().endsWith(".jar")) continue;
            Path jar = Path.of(p.source());
            if (!Files.isRegularFile(jar)) continue;
            try (ZipFile z = new ZipFile(jar.toFile())) {
                if (z.getEntry(entry) != null) return p.id();
            } catch (IOException e) {
                // not readable now: not this one
            }
        }
        return null;
    }
}
