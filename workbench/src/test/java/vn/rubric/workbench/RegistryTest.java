package vn.rubric.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.rubric.workbench.commands.CommandContribution;
import vn.rubric.workbench.importers.Importer;
import vn.rubric.workbench.platform.Contributions;
import vn.rubric.workbench.platform.ExtensionPoint;
import vn.rubric.workbench.platform.ExtensionPoints;
import vn.rubric.workbench.platform.Plugin;
import vn.rubric.workbench.platform.Registry;

class RegistryTest {

    @Test
    void theBuiltInsArriveThroughServiceLoader() {
        Registry r = Registry.discover();
        assertEquals(List.of("validate", "compile", "score", "test", "simulate", "diff", "sweep", "export", "verify-pack", "serve-api", "plugins"),
                r.contributions(ExtensionPoints.COMMANDS).stream().map(CommandContribution::name).toList());
        assertEquals(List.of("csv", "xlsx", "json"), r.contributions(ExtensionPoints.IMPORTERS).stream().map(Importer::format).toList());
    }

    @Test
    void aPluginAddsToAPointWithoutTheCoreKnowingIt() {
        ExtensionPoint<String> greetings = ExtensionPoint.of("greetings", String.class);
        Registry r = new Registry(List.of(plugin("hello", c -> c.add(greetings, "xin chào"))));
        assertEquals(List.of("xin chào"), r.contributions(greetings));
        assertEquals("hello", r.entries(greetings).get(0).pluginId());
    }

    @Test
    void aContributionOfTheWrongTypeIsRefused() {
        @SuppressWarnings({"rawtypes", "unchecked"})
        ExtensionPoint<Object> wrong = (ExtensionPoint) ExtensionPoints.IMPORTERS;
        Plugin bad = plugin("bad", c -> c.add(wrong, "not an importer"));
        assertThrows(IllegalArgumentException.class, () -> new Registry(List.of(bad)));
    }

    private static Plugin plugin(String id, Consumer<Contributions> contributions) {
        return new Plugin() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public void contribute(Contributions c) {
                contributions.accept(c);
            }
        };
    }
}
