package vn.rubric.workbench.platform;

import java.util.Map;
import vn.rubric.dsl.diag.Messages;

/**
 * What a view is handed to render: the workspace (every analysis, with the editors' unsaved
 * texts), the selection, the event that asked for the rendering, the request's query
 * parameters (first value of each) and the texts in the user's language ({@code text}: the
 * workbench's, {@code diagnostics}: the diagnostics' messages and hints).
 */
public record ViewContext(WorkspaceAccess workspace, Selection selection, Refresh cause, Map<String, String> query,
                          Messages text, Messages diagnostics) {

    public ViewContext {
        query = Map.copyOf(query);
    }
}
