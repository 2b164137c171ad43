package vn.rubric.workbench.commands;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import vn.rubric.workbench.Workbench;
import vn.rubric.workbench.platform.ExtensionPoint;
import vn.rubric.workbench.platform.ExtensionPoints;
import vn.rubric.workbench.platform.PluginInfo;
import vn.rubric.workbench.platform.Registry;
import vn.rubric.workbench.plugins.PluginListing;

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
        wb.out().println(PluginListing.folders(reg, wb.text()));
        for (PluginInfo p : reg.plugins()) {
            String state = wb.text().get(p.active() ? "plugins.active" : "plugins.disabled");
            wb.out().println();
            wb.out().println((p.id() == null ? "?" : p.id()) + " " + (p.version() == null ? "" : p.version()) + "  [" + state + "]  " + p.source());
            if (p.name() != null && !p.name().equals(p.id())) wb.out().println("    " + p.name());
            String requires = PluginListing.requires(p, wb.text());
            if (requires != null) wb.out().println("    " + requires);
            if (!p.active()) {
                wb.out().println("    ✗ " + wb.text().get(p.problem().key(), p.problem().args().toArray()));
                continue;
            }
            for (ExtensionPoint<?> point : ExtensionPoints.ALL) {
                List<String> names = PluginListing.contributions(reg, point, p.id());
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
}
