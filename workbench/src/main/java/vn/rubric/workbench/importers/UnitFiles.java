package vn.rubric.workbench.importers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.source.SourcePos;

/** Finding the importer for a data file, by the file's ending, among those contributed. */
public final class UnitFiles {

    private UnitFiles() {}

    /** The file's table, read by the importer its ending names; null (with a diagnostic) when none does or reading fails. */
    public static RawTable read(List<Importer> importers, Path file, Diagnostics diagnostics) {
        Importer importer = importerFor(importers, file);
        if (importer == null) {
            diagnostics.add(Diagnostic.error("E-DATA-FORMAT", SourcePos.of(file), file.getFileName(),
                    importers.stream().flatMap(i -> i.extensions().stream()).map(e -> "." + e).collect(Collectors.joining(", "))));
            return null;
        }
        return importer.readTable(file, diagnostics);
    }

    public static Importer importerFor(List<Importer> importers, Path file) {
        String ext = extension(file);
        return importers.stream().filter(i -> i.extensions().contains(ext)).findFirst().orElse(null);
    }

    /** The one file in {@code folder} that some importer reads; null when there is none or more than one. */
    public static Path onlyDataFile(List<Importer> importers, Path folder) throws IOException {
        if (!Files.isDirectory(folder)) return null;
        try (Stream<Path> s = Files.list(folder)) {
            List<Path> files = s.filter(f -> importerFor(importers, f) != null).sorted().toList();
            return files.size() == 1 ? files.get(0) : null;
        }
    }

    private static String extension(Path f) {
        String n = f.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
