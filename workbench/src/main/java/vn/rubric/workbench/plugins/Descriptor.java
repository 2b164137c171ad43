package vn.rubric.workbench.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
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
    /** Where a jar on the application class path declares a built-in plugin. */
    static final String BUILT_IN = "META-INF/rubric/built-in-plugin.properties";

    private final String name;
    private final List<String> contributes;

    Descriptor(org.pf4j.PluginDescriptor read, String name, List<String> contributes) {
        super(read.getPluginId(), read.getPluginDescription(), read.getPluginClass(), read.getVersion(),
                read.getRequires(), read.getProvider(), read.getLicense());
        for (PluginDependency d : read.getDependencies()) addDependency(d);
        this.name = name;
        this.contributes = List.copyOf(contributes);
    }

    private Descriptor(Properties p) {
        super(p.getProperty("plugin.id"), p.getProperty("plugin.description"), p.getProperty("plugin.class"),
                p.getProperty("plugin.version"), p.getProperty("plugin.requires", "*"), p.getProperty("plugin.provider"),
                p.getProperty("plugin.license"));
        this.name = p.getProperty(NAME);
        this.contributes = contributes(p);
    }

    /**
     * A built-in plugin's descriptor, read without PF4J's reader (which starts its logging):
     * the built-ins need no other plugin, so the keys are read as they are.
     */
    static Descriptor builtIn(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new Descriptor(properties(in));
        }
    }

    /** {@code plugin.contributes}: the extension point ids, comma-separated. */
    static List<String> contributes(Properties p) {
        return Arrays.stream(p.getProperty(CONTRIBUTES, "").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A descriptor file, read as UTF-8 (names may be Vietnamese; PF4J reads ISO-8859-1). */
    static Properties properties(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        return p;
    }

    String name() {
        return name;
    }

    List<String> contributes() {
        return contributes;
    }
}
