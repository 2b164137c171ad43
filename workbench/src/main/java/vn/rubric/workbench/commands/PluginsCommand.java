package vn.rubric.workbench.commands;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import vn.rubric.workbench.Workbench;
import vn.rubric.workbench.platform.ExtensionPoint;
import vn.rubric.workbench.platform.ExtensionPoints;
import vn.rubric.workbench.platform.Importer;
import vn.rubric.workbench.platform.PluginInfo;
import vn.rubric.workbench.platform.Registry;
import vn.rubric.workbench.plugins.PluginFailure;

/**
 * {@code rubric plugins}: the registry. Each plugin with its version, state and where it
 * came from, what it needs and what it contributes to which extension point (or why it is
 * disabled); then each extension point with the plugins that fill it.
 */
@Command(name = "plugins", mixinStandardHelpOptions = true)
public final class PluginsCommand implements Callable<Integer> {

    private final Workbench wb;

    public PluginsCommand(Workbench wb) {
        this.wb = wb;
    }

    @Override
    public Integer call() {
        Registry reg = wb.registry();
        wb.out().println(wb.text().get("plugins.title", ExtensionPoints.PLATFORM_VERSION));
        wb.out().println(wb.text().get("plugins.folders", reg.folders().isEmpty() ? "-"
                : String.join(", ", reg.folders().stream().map(f -> f + (java.nio.file.Files.isDirectory(f) ? "" : " " + wb.text().get("plugins.no-folder"))).toList())));
        for (PluginInfo p : reg.plugins()) {
            String state = wb.text().get(p.active() ? "plugins.active" : "plugins.disabled");
            wb.out().println();
            wb.out().println((p.id() == null ? "?" : p.id()) + " " + (p.version() == null ? "" : p.version()) + "  [" + state + "]  " + p.source());
            if (p.name() != null && !p.name().equals(p.id())) wb.out().println("    " + p.name());
            if (p.requires() != null) {
                List<String> needs = new ArrayList<>();
                needs.add(wb.text().get("plugins.platform", p.requires()));
                p.dependencies().forEach(d -> needs.add(d.pluginId() + " " + d.versions()));
                wb.out().println("    " + wb.text().get("plugins.requires", String.join(", ", needs)));
            }
            if (!p.active()) {
                wb.out().println("    ✗ " + wb.text().get(p.problem().key(), p.problem().args().toArray()));
                continue;
            }
            for (ExtensionPoint<?> point : ExtensionPoints.ALL) {
                List<String> names = names(reg, point, p.id());
                if (!names.isEmpty()) wb.out().println("    " + point.id() + ": " + String.join(", ", names));
            }
        }
        wb.out().println();
        wb.out().println(wb.text().get("plugins.points"));
        for (ExtensionPoint<?> point : ExtensionPoints.ALL) {
            Set<String> by = new LinkedHashSet<>();
            reg.entries(point).forEach(c -> by.add(c.pluginId()));
            wb.out().printf("  %-10s %-40s %s%n", point.id(), point.type().getName(), by.isEmpty() ? "-" : String.join(", ", by));
        }
        wb.out().flush();
        return ExitCode.OK;
    }

    /** The names of what {@code pluginId} contributes to {@code point}; importers with the file endings they read. */
    private static List<String> names(Registry reg, ExtensionPoint<?> point, String pluginId) {
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
