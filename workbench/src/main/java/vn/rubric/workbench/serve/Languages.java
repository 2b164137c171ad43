package vn.rubric.workbench.serve;

import java.util.List;
import java.util.Locale;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.workbench.Workbench;

/**
 * The language of an answer: {@code ?lang=vi|en}, else the request's {@code Accept-Language}
 * (by its weights), else the one the service was started with ({@code --lang}).
 */
final class Languages {

    /** The texts of one language: the diagnostics' and the CLI's. */
    record Texts(Messages diagnostics, Messages text) {}

    static final List<String> SUPPORTED = List.of("vi", "en");

    private final Texts started;
    private final Texts vietnamese;
    private final Texts english;

    Languages(Messages diagnostics, Messages text) {
        this.started = new Texts(diagnostics, text);
        this.vietnamese = texts(Messages.VIETNAMESE);
        this.english = texts(Locale.ENGLISH);
    }

    private static Texts texts(Locale locale) {
        return new Texts(Messages.diagnostics(locale), Messages.of(Workbench.CLI_BUNDLE, locale));
    }

    Texts of(String lang, String acceptLanguage) {
        String tag = lang != null && SUPPORTED.contains(lang.toLowerCase(Locale.ROOT)) ? lang.toLowerCase(Locale.ROOT) : fromHeader(acceptLanguage);
        if (tag == null) return started;
        return tag.equals("en") ? english : vietnamese;
    }

    private static String fromHeader(String header) {
        if (header == null || header.isBlank()) return null;
        try {
            // lookup, not filtering: "en-US" falls back to "en"
            return Locale.lookupTag(Locale.LanguageRange.parse(header), SUPPORTED);
        } catch (IllegalArgumentException e) {
            // a header that is not a language list: the service's own language
            return null;
        }
    }
}
