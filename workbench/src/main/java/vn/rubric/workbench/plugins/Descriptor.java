package vn.rubric.workbench.plugins;

import java.util.List;
import org.pf4j.DefaultPluginDescriptor;
import org.pf4j.PluginDependency;

/**
 * A plugin descriptor as PF4J reads it ({@code plugin.id}, {@code plugin.version},
 * {@code plugin.requires}, {@code plugin.dependencies}, {@code plugin.class}...) with the two
 * keys the workbench adds: {@code plugin.name}, the name a person reads, and
 * {@code plugin.contributes}, the extension points the plugin adds to.
 */
final class Descriptor extends DefaultPluginDescriptor {

    static final String NAME = "plugin.name";
    static final String CONTRIBUTES = "plugin.contributes";

    private final String name;
    private final List<String> contributes;

    Descriptor(org.pf4j.PluginDescriptor read, String name, List<String> contributes) {
        super(read.getPluginId(), read.getPluginDescription(), read.getPluginClass(), read.getVersion(),
                read.getRequires(), read.getProvider(), read.getLicense());
        for (PluginDependency d : read.getDependencies()) addDependency(d);
        this.name = name;
        this.contributes = List.copyOf(contributes);
    }

    String name() {
        return name;
    }

    List<String> contributes() {
        return contributes;
    }
}
