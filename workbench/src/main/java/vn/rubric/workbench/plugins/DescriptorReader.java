package vn.rubric.workbench.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.pf4j.PluginDescriptor;
import org.pf4j.PropertiesPluginDescriptorFinder;

/**
 * Reads {@code plugin.properties}, from the root of a plugin jar or (for the built-in plugins)
 * from the class path. PF4J parses its own keys; this adds {@code plugin.name} and
 * {@code plugin.contributes}. The file is read as UTF-8, so names may be Vietnamese.
 */
final class DescriptorReader extends PropertiesPluginDescriptorFinder {

    /** Where a plugin jar holds its descriptor. */
    static final String FILE = DEFAULT_PROPERTIES_FILE_NAME;
    /** Where a jar on the application class path declares a built-in plugin. */
    static final String BUILT_IN = "META-INF/rubric/built-in-plugin.properties";

    @Override
    public PluginDescriptor find(Path jar) {
        return of(readProperties(jar));
    }

    @Override
    protected Properties readProperties(Path jar) {
        // PF4J reads ISO-8859-1; a descriptor in UTF-8 (Vietnamese names) needs reading as such
        try (java.nio.file.FileSystem zip = java.nio.file.FileSystems.newFileSystem(jar, (ClassLoader) null)) {
            Path file = zip.getPath(FILE);
            if (!java.nio.file.Files.exists(file)) throw new NoDescriptor();
            try (InputStream in = java.nio.file.Files.newInputStream(file)) {
                return load(in);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** A jar without {@code plugin.properties}: a library dropped into the folder, or a jar built without its resources. */
    static final class NoDescriptor extends RuntimeException {
        NoDescriptor() {
            super(FILE, null, false, false);
        }
    }

    Descriptor read(URL builtIn) throws IOException {
        try (InputStream in = builtIn.openStream()) {
            return of(load(in));
        }
    }

    private Descriptor of(Properties p) {
        PluginDescriptor read = createPluginDescriptor(p);
        String contributes = p.getProperty(Descriptor.CONTRIBUTES, "");
        List<String> points = Arrays.stream(contributes.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new Descriptor(read, p.getProperty(Descriptor.NAME), points);
    }

    private static Properties load(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        return p;
    }
}
