package vn.rubric.workbench.plugins;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds real plugin jars during a test: Java sources compiled against the test class path
 * (and other plugin jars), a {@code plugin.properties}, packed into a jar in a folder.
 */
final class PluginJars {

    private final Path folder;
    private final Path work;

    PluginJars(Path root) throws IOException {
        this.folder = Files.createDirectories(root.resolve("plugins"));
        this.work = Files.createDirectories(root.resolve("work"));
    }

    Path folder() {
        return folder;
    }

    /** A jar builder; {@code descriptor} lines are "key=value". */
    Jar jar(String fileName) {
        return new Jar(fileName);
    }

    final class Jar {
        private final String fileName;
        private final Map<String, String> descriptor = new LinkedHashMap<>();
        private final Map<String, String> sources = new LinkedHashMap<>();
        private final List<Path> classPath = new ArrayList<>();

        private Jar(String fileName) {
            this.fileName = fileName;
        }

        Jar with(String key, String value) {
            descriptor.put(key, value);
            return this;
        }

        /** The usual descriptor of plugin {@code id} 1.0.0 with its class, for platform 2.x. */
        Jar plugin(String id, String pluginClass, String contributes) {
            return with("plugin.id", id).with("plugin.version", "1.0.0").with("plugin.requires", ">=2.0.0 & <3.0.0")
                    .with("plugin.class", pluginClass).with("plugin.contributes", contributes);
        }

        Jar source(String className, String source) {
            sources.put(className, source);
            return this;
        }

        Jar against(Path otherJar) {
            classPath.add(otherJar);
            return this;
        }

        Path build() throws IOException {
            Path classes = Files.createTempDirectory(work, "classes");
            if (!sources.isEmpty()) compile(classes);
            Path jar = folder.resolve(fileName);
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
                if (!descriptor.isEmpty()) {
                    StringBuilder text = new StringBuilder();
                    descriptor.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
                    out.putNextEntry(new JarEntry("plugin.properties"));
                    out.write(text.toString().getBytes(StandardCharsets.UTF_8));
                    out.closeEntry();
                }
                try (Stream<Path> files = Files.walk(classes)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
                        out.write(Files.readAllBytes(f));
                        out.closeEntry();
                    }
                }
            }
            return jar;
        }

        private void compile(Path classes) throws IOException {
            Path src = Files.createTempDirectory(work, "src");
            List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-encoding", "UTF-8", "--release", "17", "-proc:none",
                    "-cp", System.getProperty("java.class.path") + classPath.stream().map(p -> File.pathSeparator + p).reduce("", String::concat)));
            for (Map.Entry<String, String> e : sources.entrySet()) {
                Path file = src.resolve(e.getKey().replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, e.getValue());
                args.add(file.toString());
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            StringWriter errors = new StringWriter();
            int rc = javac.run(null, OutputStream.nullOutputStream(), new java.io.PrintStream(new java.io.ByteArrayOutputStream()) {
                @Override
                public void write(byte[] b, int off, int len) {
                    errors.write(new String(b, off, len, StandardCharsets.UTF_8));
                }
            }, args.toArray(String[]::new));
            if (rc != 0) throw new IllegalStateException("test plugin " + fileName + " does not compile:\n" + errors);
        }
    }
}
