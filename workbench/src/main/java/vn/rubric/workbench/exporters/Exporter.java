package vn.rubric.workbench.exporters;

import java.io.IOException;
import java.nio.file.Path;
import vn.rubric.rules.engine.RuleBase;

/** Writes a built pack in a form another system loads (e.g. a KJAR). */
public interface Exporter {

    /** The format name the user picks, e.g. {@code kjar}. */
    String format();

    void export(RuleBase ruleBase, Path target) throws IOException;
}
