package vn.rubric.workbench.importers;

import vn.rubric.workbench.platform.Importer;
import vn.rubric.workbench.data.RawTable;

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
                    importers.stream().flatMap(i -> { try { return i.extensions().stream(); } catch (RuntimeException e) { return java.util.stream.Stream.<String>empty(); } }).map(e -> "." + e).collect(Collectors.joining(", "))));
            return null;
        }
        return importer.readTable(file, diagnostics);
    }

    /**
     * The importer for the file: the only one that reads its ending, or, when several do, the
     * first that recognises its layout, else the first of them. Recognising may mean opening
     * the file, so it is asked only when there is a choice. A plugin's importer that fails
     * while deciding is passed over (its failure is not this file's problem unless it was the
     * one to read it).
     */
    public static Importer importerFor(List<Importer> importers, Path file) {
        List<Importer> able = readersOf(importers, file);
        if (able.size() > 1) for (Importer i : able) if (recognizes(i, file)) return i;
        return able.isEmpty() ? null : able.get(0);
    }

    private static List<Importer> readersOf(List<Importer> importers, Path file) {
        String ext = extension(file);
        return importers.stream().filter(i -> reads(i, ext)).toList();
    }

    private static boolean reads(Importer i, String ext) {
        try {
            return i.extensions().contains(ext);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean recognizes(Importer i, Path file) {
        try {
            return i.recognizes(file);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The one file in {@code folder} whose ending some importer reads; null when there is none or more than one. */
    public static Path onlyDataFile(List<Importer> importers, Path folder) throws IOException {
        List<Path> files = dataFiles(importers, folder);
        return files.size() == 1 ? files.get(0) : null;
    }

    /** The files in {@code folder} whose ending some importer reads, by name; none when it is not a folder. */
    public static List<Path> dataFiles(List<Importer> importers, Path folder) throws IOException {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).filter(f -> !readersOf(importers, f).isEmpty()).sorted().toList();
        }
    }

    private static String extension(Path f) {
        String n = f.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
