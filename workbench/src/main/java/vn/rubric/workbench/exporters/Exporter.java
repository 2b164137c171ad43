package vn.rubric.workbench.exporters;

import java.io.IOException;
import java.nio.file.Path;
import vn.rubric.rules.pack.RulePack;

/** Writes a pack in a form another system loads (e.g. a KJAR). */
public interface Exporter {

    /** The format name the user picks, e.g. {@code kjar}. */
    String format();

    /** Writes the pack as {@code version} into {@code dir}; returns the file written. */
    Path export(RulePack pack, String version, Path dir) throws IOException;
}
