package vn.rubric.workbench.commands;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import vn.rubric.workbench.Workbench;
import vn.rubric.workbench.platform.ExtensionPoint;
import vn.rubric.workbench.platform.ExtensionPoints;
import vn.rubric.workbench.platform.Plugin;
import vn.rubric.workbench.platform.Registry;

/** {@code rubric plugins}: the plugins found and what each contributes to which extension point. */
@Command(name = "plugins", mixinStandardHelpOptions = true)
public final class PluginsCommand implements Callable<Integer> {

    private final Workbench wb;

    public PluginsCommand(Workbench wb) {
        this.wb = wb;
    }

    @Override
    public Integer call() {
        Registry reg = wb.registry();
        for (Plugin p : reg.plugins()) {
            wb.out().println(p.id() + "  (" + p.getClass().getName() + ")");
            show(p, ExtensionPoints.COMMANDS, c -> c.name());
            show(p, ExtensionPoints.IMPORTERS, i -> i.format() + " " + i.extensions());
            show(p, ExtensionPoints.REPORTERS, r -> r.format());
            show(p, ExtensionPoints.EXPORTERS, e -> e.format());
        }
        wb.out().flush();
        return ExitCode.OK;
    }

    private <T> void show(Plugin p, ExtensionPoint<T> point, java.util.function.Function<T, String> name) {
        for (Registry.Contribution<T> c : wb.registry().entries(point)) {
            if (c.pluginId().equals(p.id())) wb.out().println("    " + point.id() + ": " + name.apply(c.value()));
        }
    }
}
