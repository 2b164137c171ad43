package vn.rubric.workbench.studio;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.workbench.Workbench;

/**
 * The studio's two languages: the workbench's texts and the diagnostics' messages in each,
 * chosen per request ({@code ?lang=en}; Vietnamese otherwise), and the page's own texts (the
 * {@code studio.*} keys of the CLI bundle) to send to it.
 */
final class Languages {

    record Texts(Messages text, Messages diagnostics) {}

    private final Texts vietnamese = new Texts(Messages.of(Workbench.CLI_BUNDLE, Messages.VIETNAMESE), Messages.diagnostics(Messages.VIETNAMESE));
    private final Texts english = new Texts(Messages.of(Workbench.CLI_BUNDLE, Locale.ENGLISH), Messages.diagnostics(Locale.ENGLISH));

    Texts of(String lang) {
        return "en".equals(lang) ? english : vietnamese;
    }

    /** The texts the page shows, by key. */
    Map<String, String> pageTexts(String lang) {
        Messages m = of(lang).text();
        Map<String, String> out = new TreeMap<>();
        for (String key : m.bundle().keySet()) if (key.startsWith("studio.")) out.put(key, m.get(key));
        return out;
    }
}
