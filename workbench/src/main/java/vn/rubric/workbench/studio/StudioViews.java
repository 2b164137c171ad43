package vn.rubric.workbench.studio;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.workbench.platform.ExtensionPoints;
import vn.rubric.workbench.platform.Refresh;
import vn.rubric.workbench.platform.Selection;
import vn.rubric.workbench.platform.View;
import vn.rubric.workbench.platform.ViewContext;
import vn.rubric.workbench.platform.WorkspaceAccess;
import vn.rubric.workbench.plugins.PluginFailure;

/**
 * The views contributed to the {@code views} point, as the studio's panels: listed with their
 * titles, placement and refresh events, and rendered one at a time, so that a view that fails
 * shows its reason in its own panel and the others go on.
 */
final class StudioViews {

    /** What one rendering gave: the bytes and their media type, or the reason it failed. */
    record Rendered(String mediaType, byte[] body, String failure) {}

    private final List<View> views;
    private final WorkspaceAccess workspace;

    StudioViews(List<View> views, WorkspaceAccess workspace) {
        this.views = List.copyOf(views);
        this.workspace = workspace;
    }

    ArrayNode list(Locale locale) {
        ArrayNode list = StudioJson.MAPPER.createArrayNode();
        for (View v : views) {
            ObjectNode o = list.addObject();
            o.put("id", v.id());
            try {
                o.put("title", v.title(locale));
                o.put("placement", v.placement().name().toLowerCase(Locale.ROOT));
                ArrayNode on = o.putArray("refreshesOn");
                v.refreshesOn().forEach(r -> on.add(r.name().toLowerCase(Locale.ROOT)));
                o.put("mediaType", v.mediaType());
            } catch (RuntimeException e) {
                // a view that cannot even say its title still gets a panel, which shows why when rendered
                o.put("title", v.id());
                o.put("placement", "bottom");
                o.putArray("refreshesOn").add("selection");
                o.put("mediaType", "text/plain");
            }
        }
        return list;
    }

    Optional<View> find(String id) {
        return views.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    Rendered render(View view, Selection selection, Refresh cause, Map<String, String> query, Languages.Texts texts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Messages text = texts.text();
        try {
            view.render(new ViewContext(workspace, selection, cause, query, text, texts.diagnostics()), out);
            return new Rendered(view.mediaType(), out.toByteArray(), null);
        } catch (PluginFailure e) {
            return new Rendered(null, null, text.get("plugin.failed-running", e.pluginId(), "studio: " + view.id(), PluginFailure.reason(e)));
        } catch (Throwable e) {
            // an Error too (a built-in view's StackOverflowError): its panel says why, as serve-api's 500 does
            return new Rendered(null, null, text.get("studio.view-failed", PluginFailure.describe(e)));
        }
    }

    static List<View> of(vn.rubric.workbench.platform.Registry registry) {
        return registry.contributions(ExtensionPoints.VIEWS);
    }
}
