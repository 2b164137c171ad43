package vn.rubric.workbench.plugins;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.workbench.platform.ExtensionPoint;
import vn.rubric.workbench.platform.Importer;
import vn.rubric.workbench.platform.PluginInfo;
import vn.rubric.workbench.platform.Registry;

/** The registry in words, as {@code rubric plugins} prints it and the studio's Plugins view shows it. */
public final class PluginListing {

    private PluginListing() {}

    /** The folders plugins were looked for in, a missing one marked so. */
    public static String folders(Registry reg, Messages text) {
        return text.get("plugins.folders", reg.folders().isEmpty() ? "-"
                : String.join(", ", reg.folders().stream().map(f -> f + (Files.isDirectory(f) ? "" : " " + text.get("plugins.no-folder"))).toList()));
    }

    /** What the plugin needs (the platform's version, other plugins), or null when it states nothing. */
    public static String requires(PluginInfo p, Messages text) {
        if (p.requires() == null) return null;
        List<String> needs = new ArrayList<>();
        needs.add(text.get("plugins.platform", p.requires()));
        p.dependencies().forEach(d -> needs.add(d.pluginId() + " " + d.versions()));
        return text.get("plugins.requires", String.join(", ", needs));
    }

    /** The names of what {@code pluginId} contributes to {@code point}; importers with the file endings they read. */
    public static List<String> contributions(Registry reg, ExtensionPoint<?> point, String pluginId) {
        List<String> out = new ArrayList<>();
        for (Registry.Contribution<?> c : reg.entries(point)) {
            if (!c.pluginId().equals(pluginId)) continue;
            String name = c.name();
            try {
                if (c.value() instanceof Importer i) name += " (." + String.join(", .", i.extensions()) + ")";
            } catch (PluginFailure e) {
                name += " (" + PluginFailure.reason(e) + ")";
            }
            if (!out.contains(name)) out.add(name);
        }
        return out;
    }
}
