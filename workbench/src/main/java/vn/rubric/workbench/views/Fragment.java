package vn.rubric.workbench.views;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.workbench.Workbench;
import vn.rubric.workbench.reports.Markup;

/** An HTML fragment of a view, every text escaped as it is added. */
final class Fragment {

    private final StringBuilder html = new StringBuilder();

    /** Markup written by the view itself (tags), never user text. */
    Fragment tag(String markup) {
        html.append(markup);
        return this;
    }

    /** Text, escaped. */
    Fragment text(String text) {
        html.append(Markup.escape(text == null ? "" : text));
        return this;
    }

    /** {@code <tag class="cls">text</tag>}, the text escaped. */
    Fragment el(String tag, String cls, String text) {
        html.append('<').append(tag);
        if (cls != null) html.append(" class=\"").append(cls).append('"');
        html.append('>').append(Markup.escape(text == null ? "" : text)).append("</").append(tag).append('>');
        return this;
    }

    /** A paragraph saying there is nothing to show, and why. */
    Fragment empty(String text) {
        return el("p", "empty", text);
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(html.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String title(String key, Locale locale) {
        return Messages.of(Workbench.CLI_BUNDLE, locale).get(key);
    }
}
