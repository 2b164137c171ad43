package vn.rubric.workbench.platform;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.workbench.data.ImportResult;
import vn.rubric.workbench.data.RawTable;
import vn.rubric.workbench.data.UnitData;

/**
 * Reads units from a file in one format. Reading knows no rubric: it gives the raw table,
 * which {@link RawTable#type} then types for each rubric that needs it (a diff types one
 * file for two).
 */
public interface Importer {

    /** The format name, e.g. {@code csv}. */
    String format();

    /** File name endings this importer reads, without the dot. */
    List<String> extensions();

    /**
     * Whether the file, which has one of {@link #extensions()}, is in this importer's own
     * layout (e.g. a province's workbook with one sheet per unit). Importers that recognise a
     * file are chosen before those that only share its ending, so a plugin can read some
     * {@code .xlsx} files while the built-in importer keeps the others. By default: no.
     */
    default boolean recognizes(Path file) {
        return false;
    }

    /**
     * The file as a table of raw cells. Never throws for bad content: every problem is added
     * to {@code diagnostics} at its position, and the rows that could be read are kept so
     * typing can report theirs too. Null when nothing usable was read (no file, no header).
     */
    RawTable readTable(Path file, Diagnostics diagnostics);

    /** Reads the file and types it for one rubric. */
    default ImportResult read(Path file, Rubric rubric) {
        Diagnostics diagnostics = new Diagnostics();
        RawTable table = readTable(file, diagnostics);
        UnitData data = table == null ? UnitData.none(file) : table.type(rubric, Set.of(), diagnostics);
        return new ImportResult(data, diagnostics);
    }
}
