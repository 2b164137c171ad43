package vn.rubric.workbench.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.workbench.Workbench;
import vn.rubric.workbench.commands.CommandContribution;
import vn.rubric.workbench.commands.ExitCode;
import vn.rubric.workbench.platform.ExtensionPoints;
import vn.rubric.workbench.platform.Registry;

/** The {@code rubric} command: its subcommands are whatever the plugins contribute. */
@Command(name = "rubric", mixinStandardHelpOptions = true, version = "Rubric Workbench 0.1.0")
public final class Main implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    // read before parsing (see languageOf); declared so that picocli accepts it and lists it in --help
    @Option(names = "--lang", paramLabel = "vi|en", descriptionKey = "lang", scope = CommandLine.ScopeType.INHERIT)
    String lang;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Locale locale = languageOf(args);
        Registry registry = Registry.discover();
        Workbench wb = Workbench.create(registry, locale, out, err);
        CommandLine cl = new CommandLine(new Main());
        for (CommandContribution c : registry.contributions(ExtensionPoints.COMMANDS)) {
            cl.addSubcommand(c.name(), c.create(wb));
        }
        cl.setResourceBundle(wb.text().bundle());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println(wb.text().get("error.internal", e.getClass().getSimpleName() + ": " + e.getMessage()));
            if (System.getenv("RUBRIC_DEBUG") != null) e.printStackTrace(err);
            err.flush();
            return ExitCode.FAILED;
        });
        return cl.execute(args);
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
