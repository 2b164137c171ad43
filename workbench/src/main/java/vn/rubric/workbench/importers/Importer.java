package vn.rubric.workbench.importers;

import java.nio.file.Path;
import java.util.List;
import vn.rubric.dsl.model.Rubric;

/** Reads units' evidence from a file in one format. */
public interface Importer {

    /** The format name, e.g. {@code csv}. */
    String format();

    /** File name endings this importer reads, without the dot. */
    List<String> extensions();

    /** Reads every unit; never throws for bad content, which comes back as located diagnostics. */
    ImportResult read(Path file, Rubric rubric);
}
