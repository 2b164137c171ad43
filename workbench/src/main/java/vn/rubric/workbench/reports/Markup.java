package vn.rubric.workbench.reports;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * HTML and inline SVG written as XHTML-compatible markup: every element closed, every text
 * and attribute value escaped and put in NFC, so a page is well-formed XML as well as HTML
 * (the tests parse it as XML). Elements are closed from a stack, so they always nest.
 */
public final class Markup {

    private final StringBuilder out = new StringBuilder(64 * 1024);
    private final Deque<String> open = new ArrayDeque<>();

    /** Opens an element; {@code attributes} are name, value pairs, a null value leaves the attribute out. */
    Markup open(String tag, Object... attributes) {
        start(tag, attributes);
        out.append('>');
        open.push(tag);
        return this;
    }

    /** Closes the innermost open element. */
    Markup close() {
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    /**
     * An element with no content, e.g. {@code <rect .../>}: only for SVG and HTML's void
     * elements (meta); an HTML parser reads {@code <span/>} as an open span.
     */
    Markup empty(String tag, Object... attributes) {
        start(tag, attributes);
        out.append("/>");
        return this;
    }

    /** An element holding only text. */
    Markup leaf(String tag, String text, Object... attributes) {
        return open(tag, attributes).text(text).close();
    }

    Markup text(String text) {
        escape(text, out);
        return this;
    }

    /** Markup written by this class's caller that needs no escaping (the doctype, the style sheet). */
    Markup raw(String markup) {
        out.append(markup);
        return this;
    }

    Markup newline() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        if (!open.isEmpty()) throw new IllegalStateException("unclosed elements: " + open);
        return out.toString();
    }

    private void start(String tag, Object... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            Object value = attributes[i + 1];
            if (value == null) continue;
            out.append(' ').append(attributes[i]).append("=\"");
            escape(value instanceof Number x ? coordinate(x.doubleValue()) : value.toString(), out);
            out.append('"');
        }
    }

    /** A length or position for SVG: at most one decimal, a decimal point whatever the user's locale. */
    static String coordinate(double x) {
        double r = Math.round(x * 10) / 10.0;
        if (r == Math.rint(r)) return Long.toString((long) r);
        return String.format(Locale.ROOT, "%.1f", r);
    }

    /** Escapes the five XML specials and drops characters XML does not allow (control characters). */
    static void escape(String text, StringBuilder out) {
        if (text == null) return;
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0xFFFE || c == 0xFFFF) continue;
                    out.append(c);
                }
            }
        }
    }

    public static String escape(String text) {
        StringBuilder sb = new StringBuilder();
        escape(text, sb);
        return sb.toString();
    }
}
