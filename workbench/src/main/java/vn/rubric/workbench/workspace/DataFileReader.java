package vn.rubric.workbench.workspace;

import java.lang.ref.SoftReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.model.EvidenceField;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.score.Unit;
import vn.rubric.dsl.source.SourcePos;
import vn.rubric.workbench.data.DefaultedField;
import vn.rubric.workbench.data.RawTable;
import vn.rubric.workbench.data.UnitData;
import vn.rubric.workbench.importers.UnitFiles;
import vn.rubric.workbench.platform.Importer;
import vn.rubric.workbench.simulate.MissingEvidence;

/**
 * Reads a data file once, with the importers the registry has, and types it for each rubric
 * that needs it (a comparison's regulation and draft): a column one of them knows is not
 * unknown to the other.
 */
final class DataFileReader {

    /** A file's raw table and what reading it found, as of the file's size and time. */
    private record Read(String stamp, RawTable table, Diagnostics found) {}

    private final List<Importer> importers;
    /**
     * The last read of each file: a studio compares again on every edit, and the data has not
     * changed. Softly held: a large file's table goes when the heap needs the room.
     */
    private final Map<Path, SoftReference<Read>> lastRead = new ConcurrentHashMap<>();

    DataFileReader(List<Importer> importers) {
        this.importers = importers;
    }

    /** One list per rubric, in their order; every problem located; INPUT when the file has errors. */
    Outcome<List<TypedUnits>> read(Path file, List<Rubric> rubrics) {
        Read read = readTable(file);
        RawTable table = read.table();
        Diagnostics problems = new Diagnostics();
        problems.addAll(read.found().all());
        List<TypedUnits> out = new ArrayList<>();
        if (table != null) {
            Set<String> known = new LinkedHashSet<>();
            for (Rubric r : rubrics) known.addAll(r.evidence().keySet());
            for (Rubric r : rubrics) {
                UnitData typed = table.type(r, known, problems);
                String typedAs = read.stamp() == null ? null : read.stamp() + "|" + r.evidence().values();
                out.add(new TypedUnits(file, typed.units(), missing(r, typed.defaulted()), typedAs));
                outsidePeriod(file, r, typed.units(), problems);
                // one rubric's complaints about the file are enough; the other's would repeat them
                if (problems.hasErrors()) break;
            }
        }
        if (problems.hasErrors() || table == null) {
            // with errors to fix, warnings about defaulted columns would only bury them
            Diagnostics errors = new Diagnostics();
            problems.all().stream().filter(Diagnostic::isError).forEach(errors::add);
            return Outcome.failed(Outcome.Failure.INPUT, errors);
        }
        return Outcome.ok(List.copyOf(out), problems);
    }

    /** The file's table, read again only when its size or time changed (or it has none: a request body). */
    private Read readTable(Path file) {
        Path key = file.toAbsolutePath().normalize();
        String stamp = stamp(key);
        SoftReference<Read> ref = lastRead.get(key);
        Read kept = ref == null ? null : ref.get();
        if (stamp != null && kept != null && stamp.equals(kept.stamp())) return kept;
        Diagnostics found = new Diagnostics();
        RawTable table = UnitFiles.read(importers, file, found);
        Read read = new Read(stamp, table, found);
        if (stamp != null && table != null && !found.hasErrors()) lastRead.put(key, new SoftReference<>(read));
        return read;
    }

    private static String stamp(Path file) {
        try {
            var attributes = java.nio.file.Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
            return attributes.isRegularFile() ? file + "|" + attributes.size() + "|" + attributes.lastModifiedTime().toMillis() : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** The pack's data file when its data folder holds exactly one file some importer reads; null otherwise. */
    Path onlyDataFile(Path folder) throws java.io.IOException {
        return UnitFiles.onlyDataFile(importers, folder);
    }

    /** The files of a data folder that some importer reads, by name. */
    List<Path> dataFiles(Path folder) throws java.io.IOException {
        return UnitFiles.dataFiles(importers, folder);
    }

    /**
     * Warns when units' data is for a year the regulation is not in force (a pack states
     * its period; a draft states none and is never warned about).
     */
    private static void outsidePeriod(Path file, Rubric rubric, List<Unit> units, Diagnostics problems) {
        Integer from = year(rubric.regulation().effectiveFrom()), until = year(rubric.regulation().effectiveUntil());
        if (from == null && until == null) return;
        Map<Integer, Integer> outside = new TreeMap<>();
        for (Unit u : units) {
            Integer y = u.profile().year();
            if (y != null && ((from != null && y < from) || (until != null && y > until))) outside.merge(y, 1, Integer::sum);
        }
        outside.forEach((y, n) -> problems.add(Diagnostic.warning("W-DATA-PERIOD", SourcePos.of(file),
                String.valueOf(y), n, rubric.regulation().id(), rubric.regulation().effectiveFrom() == null ? "…" : rubric.regulation().effectiveFrom(),
                rubric.regulation().effectiveUntil() == null ? "…" : rubric.regulation().effectiveUntil())));
    }

    private static Integer year(String date) {
        return date != null && date.matches("\\d{4}.*") ? Integer.valueOf(date.substring(0, 4)) : null;
    }

    private static List<MissingEvidence> missing(Rubric rubric, List<DefaultedField> defaulted) {
        return defaulted.stream().map(d -> {
            EvidenceField f = rubric.evidence().get(d.field());
            return new MissingEvidence(d.field(), f == null ? null : f.label(), d.value(), d.units());
        }).toList();
    }
}
