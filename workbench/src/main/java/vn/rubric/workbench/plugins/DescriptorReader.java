package vn.rubric.workbench.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;
import org.pf4j.PluginDescriptor;
import org.pf4j.PropertiesPluginDescriptorFinder;

/**
 * Reads {@code plugin.properties} from the root of a plugin jar. PF4J parses its own keys;
 * this adds {@code plugin.name} and {@code plugin.contributes}. The file is read as UTF-8, so
 * names may be Vietnamese.
 */
final class DescriptorReader extends PropertiesPluginDescriptorFinder {

    /** Where a plugin jar holds its descriptor. */
    static final String FILE = DEFAULT_PROPERTIES_FILE_NAME;

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
                return Descriptor.properties(in);
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

    private Descriptor of(Properties p) {
        PluginDescriptor read = createPluginDescriptor(p);
        return new Descriptor(read, p.getProperty(Descriptor.NAME), Descriptor.contributes(p));
    }
}
