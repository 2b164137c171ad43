package vn.rubric.dsl.diag;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing text, looked up in a resource bundle (Vietnamese by default, English on
 * request). Each diagnostic code has a {@code code.message} and may have a {@code code.hint}.
 */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.locale = locale;
        this.bundle = bundle;
    }

    private Messages(String baseName, Locale locale) {
        this(ResourceBundle.getBundle(baseName, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), locale);
    }

    /** The diagnostics bundle of the language module. */
    public static Messages diagnostics(Locale locale) {
        return new Messages("vn.rubric.dsl.messages", locale);
    }

    public static Messages of(String baseName, Locale locale) {
        return new Messages(baseName, locale);
    }

    /** A bundle that {@code loader} finds (a plugin's own texts, in its jar). */
    public static Messages of(String baseName, Locale locale, ClassLoader loader) {
        return new Messages(ResourceBundle.getBundle(baseName, locale, loader,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The bundle itself, for libraries that read it directly (picocli's help texts). */
    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key + (args.length == 0 ? "" : " " + java.util.Arrays.toString(args));
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The message, and its note in brackets when it has one. */
    public String message(Diagnostic d) {
        String message = get(d.code() + ".message", words(d.args()));
        return d.note() == null ? message : message + " (" + word(d.note()) + ")";
    }

    /**
     * The fix hint, or null when the code has none: the diagnostic's {@link Fix} in words
     * ({@code fix.KEY}) when it has one, else the code's advice ({@code CODE.hint}).
     */
    public String hint(Diagnostic d) {
        if (d.fix() != null && has("fix." + d.fix().key())) return get("fix." + d.fix().key(), words(d.fix().args()));
        String key = d.code() + ".hint";
        return has(key) ? get(key, words(d.args())) : null;
    }

    /** The arguments with every {@link Word} put in this language. */
    private Object[] words(java.util.List<Object> args) {
        return args.stream().map(this::word).toArray();
    }

    private Object word(Object a) {
        if (!(a instanceof Word w)) return a;
        if (w.arg() == null) return get("word." + w.key());
        // a phrase: a word with several arguments, each of which may be a word itself
        if (w.arg() instanceof java.util.List<?> parts) return get("word." + w.key(), parts.stream().map(this::word).toArray());
        return get("word." + w.key(), word(w.arg()));
    }

    /** {@code file:line:col: error E-CODE: message} and, indented below, the hint. */
    public String render(Diagnostic d) {
        String sev = get(d.isError() ? "severity.error" : "severity.warning");
        StringBuilder sb = new StringBuilder()
                .append(d.pos()).append(": ").append(sev).append(' ').append(d.code()).append(": ").append(message(d));
        String hint = hint(d);
        if (hint != null) sb.append("\n    ").append(get("hint.prefix")).append(' ').append(hint);
        return sb.toString();
    }
}
