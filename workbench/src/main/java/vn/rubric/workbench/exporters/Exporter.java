package vn.rubric.workbench.exporters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import vn.rubric.dsl.pack.RulePack;

/** Writes a pack in a form another system loads (e.g. a KJAR). */
public interface Exporter {

    /** The format name the user picks, e.g. {@code kjar}. */
    String format();

    /** Writes the pack as {@code version} into {@code dir}, all files or none; returns the files written. */
    List<Path> export(RulePack pack, String version, Path dir) throws IOException;
}
