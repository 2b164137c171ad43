package vn.rubric.workbench.views;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.workbench.platform.ExtensionPoint;
import vn.rubric.workbench.platform.ExtensionPoints;
import vn.rubric.workbench.platform.PluginInfo;
import vn.rubric.workbench.platform.Refresh;
import vn.rubric.workbench.platform.Registry;
import vn.rubric.workbench.platform.View;
import vn.rubric.workbench.platform.ViewContext;
import vn.rubric.workbench.plugins.PluginListing;

/**
 * Plugins: the registry as {@code rubric plugins} lists it. Each plugin with its version,
 * state, where it came from and what it needs; what an active one contributes to which
 * extension point; why a disabled one is disabled.
 */
public final class PluginsView implements View {

    @Override
    public String id() {
        return "plugins";
    }

    @Override
    public String title(Locale locale) {
        return Fragment.title("studio.view.plugins", locale);
    }

    @Override
    public Set<Refresh> refreshesOn() {
        // the registry is built once at start: nothing an edit or a save changes
        return Set.of(Refresh.SELECTION);
    }

    @Override
    public String mediaType() {
        return "text/html; charset=utf-8";
    }

    @Override
    public void render(ViewContext context, OutputStream out) throws IOException {
        Messages text = context.text();
        Registry reg = context.workspace().registry();
        Fragment f = new Fragment();
        f.el("p", "summary", text.get("plugins.title", ExtensionPoints.PLATFORM_VERSION));
        f.el("p", null, PluginListing.folders(reg, text));
        f.tag("<table class=\"plugins\"><tr>").el("th", null, text.get("studio.plugins.plugin")).el("th", null, text.get("studio.plugins.version"))
                .el("th", null, text.get("studio.plugins.state")).el("th", null, text.get("studio.plugins.source"))
                .el("th", null, text.get("studio.plugins.contributes")).tag("</tr>");
        for (PluginInfo p : reg.plugins()) {
            f.tag(p.active() ? "<tr class=\"active\" data-plugin=\"" : "<tr class=\"disabled\" data-plugin=\"").text(String.valueOf(p.id())).tag("\">");
            f.tag("<td>").el("strong", null, p.id() == null ? "?" : p.id());
            if (p.name() != null && !p.name().equals(p.id())) f.tag("<div>").text(p.name()).tag("</div>");
            String requires = PluginListing.requires(p, text);
            if (requires != null) f.tag("<div class=\"needs\">").text(requires).tag("</div>");
            f.tag("</td>").el("td", null, p.version() == null ? "" : p.version())
                    .el("td", p.active() ? "state valid" : "state errors", text.get(p.active() ? "plugins.active" : "plugins.disabled"))
                    .el("td", "source", p.source()).tag("<td>");
            if (!p.active()) {
                f.el("div", "problem", "✗ " + text.get(p.problem().key(), p.problem().args().toArray()));
            } else {
                f.tag("<ul>");
                for (ExtensionPoint<?> point : ExtensionPoints.ALL) {
                    List<String> names = PluginListing.contributions(reg, point, p.id());
                    if (!names.isEmpty()) f.tag("<li>").el("code", null, point.id()).text(": " + String.join(", ", names)).tag("</li>");
                }
                f.tag("</ul>");
            }
            f.tag("</td></tr>");
        }
        f.tag("</table>").writeTo(out);
    }
}
