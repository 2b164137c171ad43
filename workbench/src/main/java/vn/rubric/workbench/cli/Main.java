package vn.rubric.workbench.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.workbench.Workbench;
import vn.rubric.workbench.commands.AtomicFiles;
import vn.rubric.workbench.commands.ExitCode;
import vn.rubric.workbench.platform.CommandContribution;
import vn.rubric.workbench.platform.ExtensionPoints;
import vn.rubric.workbench.platform.Importer;
import vn.rubric.workbench.platform.Reporter;
import vn.rubric.workbench.platform.Registry;
import vn.rubric.workbench.plugins.LoadedPlugins;
import vn.rubric.workbench.plugins.PluginFailure;
import vn.rubric.workbench.plugins.PluginFolders;
import vn.rubric.workbench.plugins.PluginLoader;

/** The {@code rubric} command: its subcommands are whatever the plugins contribute. */
@Command(name = "rubric", mixinStandardHelpOptions = true, version = "Rubric Workbench 0.1.0")
public final class Main implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    // read before parsing (see languageOf); declared so that picocli accepts it and lists it in --help
    @Option(names = "--lang", paramLabel = "vi|en", descriptionKey = "lang", scope = CommandLine.ScopeType.INHERIT)
    String lang;

    // read before parsing too (PluginFolders.of): the plugins decide which subcommands there are
    @Option(names = PluginFolders.OPTION, paramLabel = "DIR", descriptionKey = "plugins.folder", scope = CommandLine.ScopeType.INHERIT)
    List<Path> pluginFolders;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        PluginFolders folders = PluginFolders.of(args, Path.of("").toAbsolutePath(), Path.of(System.getProperty("user.home")));
        LoadedPlugins plugins = PluginLoader.load(folders);
        Messages text = Messages.of(Workbench.CLI_BUNDLE, languageOf(args));
        ExitWatch watch = ExitWatch.install(plugins.registry(), text, err);
        java.time.Duration limit = TimeLimit.of(System.getenv(TimeLimit.SETTING));
        // serve-api runs until stopped; every other command is bounded
        if (limit != null && !java.util.Arrays.asList(args).contains("serve-api")) TimeLimit.start(limit, plugins.registry(), text, err);
        int exit = run(args, out, err, plugins);
        watch.exiting();
        System.exit(exit);
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        PluginFolders folders = PluginFolders.of(args, Path.of("").toAbsolutePath(), Path.of(System.getProperty("user.home")));
        return run(args, out, err, PluginLoader.load(folders));
    }

    /** Runs with these plugins (tests give their own). */
    public static int run(String[] args, PrintWriter out, PrintWriter err, LoadedPlugins plugins) {
        Locale locale = languageOf(args);
        Registry registry = plugins.registry();
        Workbench wb = Workbench.create(registry, locale, out, err);
        CommandLine cl = new CommandLine(new Main());
        cl.setResourceBundle(wb.text().bundle());
        for (Registry.Contribution<CommandContribution> c : registry.entries(ExtensionPoints.COMMANDS)) {
            addCommand(cl, c, wb);
        }
        cl.getCommandSpec().usageMessage().footer(formatsFooter(registry, wb));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // an output the place cannot take is the user's to fix, said with the path they gave
            AtomicFiles.Unwritable unwritable = AtomicFiles.Unwritable.in(e);
            if (unwritable != null) {
                err.println(wb.diagnostics().render(unwritable.diagnostic()));
                err.flush();
                return ExitCode.USAGE;
            }
            return failed(e, commandLine.getCommandName(), plugins, registry, wb);
        });
        try {
            return cl.execute(args);
        } catch (Throwable e) {
            // picocli hands on only exceptions; an Error (a StackOverflowError in a plugin's
            // command) comes out here, and is one line naming the plugin, not a JVM trace
            CommandLine.ParseResult parsed = cl.getParseResult();
            String command = parsed == null || !parsed.hasSubcommand() ? "rubric" : parsed.subcommand().commandSpec().name();
            return failed(e, command, plugins, registry, wb);
        }
    }

    /** A command that failed: the plugin to blame and why in one line, or an internal error; exit 1. */
    private static int failed(Throwable e, String command, LoadedPlugins plugins, Registry registry, Workbench wb) {
        PrintWriter err = wb.err();
        if (outOfMemory(e)) {
            // the unwound stack freed the heap the command held, so the message can be made;
            // the fix is the heap size, which the launcher takes from RUBRIC_JAVA_OPTS
            err.println(wb.text().get("memory.out-of-memory", Runtime.getRuntime().maxMemory() >> 20, command));
            if (System.getenv("RUBRIC_DEBUG") != null) e.printStackTrace(err);
            err.flush();
            return ExitCode.USAGE;
        }
        String plugin = plugins.blame(e);
        if (plugin == null) plugin = contributorOf(registry, command);
        if (plugin != null && !plugin.equals("core")) {
            err.println(wb.text().get("plugin.failed-running", plugin, command, PluginFailure.reason(e)));
        } else {
            err.println(wb.text().get("error.internal", e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
        if (System.getenv("RUBRIC_DEBUG") != null) e.printStackTrace(err);
        err.flush();
        return ExitCode.FAILED;
    }

    /** An OutOfMemoryError, itself or as the cause of what a worker thread's failure became. */
    static boolean outOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) return true;
        }
        return false;
    }

    /**
     * Adds a contributed subcommand, with its texts in the user's language. A command that
     * cannot be made (its factory throws, its annotations are wrong) is reported and left
     * out: the other commands still work.
     */
    private static void addCommand(CommandLine cl, Registry.Contribution<CommandContribution> c, Workbench wb) {
        String name = "?";
        try {
            name = c.value().name();
            Object command = c.value().create(wb);
            CommandLine sub = new CommandLine(command);
            ResourceBundle bundle = c.value().bundle()
                    .map(b -> Messages.of(b, wb.locale(), command.getClass().getClassLoader()).bundle())
                    .orElse(wb.text().bundle());
            sub.setResourceBundle(bundle);
            cl.addSubcommand(name, sub);
        } catch (Throwable e) {
            wb.err().println(wb.text().get("plugin.command-skipped", c.pluginId(), name, PluginFailure.reason(e)));
            wb.err().flush();
        }
    }

    /** The report formats and data formats there are, by whatever plugins contribute them: a plugin's shows up here. */
    private static String formatsFooter(Registry registry, Workbench wb) {
        List<String> reports = new ArrayList<>();
        for (Registry.Contribution<Reporter> r : registry.entries(ExtensionPoints.REPORTERS)) {
            String f = guarded(() -> r.value().format());
            if (f != null && !reports.contains(f)) reports.add(f);
        }
        List<String> data = new ArrayList<>();
        for (Registry.Contribution<Importer> i : registry.entries(ExtensionPoints.IMPORTERS)) {
            String f = guarded(() -> i.value().format() + " (." + String.join(", .", i.value().extensions()) + ")");
            if (f != null) data.add(f);
        }
        return wb.text().get("usage.formats", String.join(", ", reports), String.join("; ", data));
    }

    /** A plugin's answer, or null when it throws (the plugin is then left out of the list, not the help). */
    private static String guarded(java.util.function.Supplier<String> call) {
        try {
            return call.get();
        } catch (Throwable e) {
            return null;
        }
    }

    private static String contributorOf(Registry registry, String command) {
        return registry.entries(ExtensionPoints.COMMANDS).stream()
                .filter(c -> c.name().equals(command)).map(Registry.Contribution::pluginId).findFirst().orElse(null);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.USAGE;
    }

    /** {@code --lang en} or {@code --lang=en} anywhere, else RUBRIC_LANG, else Vietnamese. */
    static Locale languageOf(String[] args) {
        String lang = System.getenv("RUBRIC_LANG");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) lang = args[i + 1];
            else if (args[i].startsWith("--lang=")) lang = args[i].substring("--lang=".length());
        }
        return lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Messages.VIETNAMESE;
    }
}
