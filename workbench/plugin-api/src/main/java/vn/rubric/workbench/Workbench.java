package vn.rubric.workbench;

import java.io.PrintWriter;
import java.util.Locale;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.workbench.platform.Registry;

/**
 * What every contribution is handed: the plugin registry, the user's language (CLI texts
 * and diagnostics), and the output streams.
 */
public record Workbench(Registry registry, Messages text, Messages diagnostics, PrintWriter out, PrintWriter err) {

    public static final String CLI_BUNDLE = "vn.rubric.workbench.cli";

    public static Workbench create(Registry registry, Locale locale, PrintWriter out, PrintWriter err) {
        return new Workbench(registry, Messages.of(CLI_BUNDLE, locale), Messages.diagnostics(locale), out, err);
    }

    public Locale locale() {
        return text.locale();
    }
}
