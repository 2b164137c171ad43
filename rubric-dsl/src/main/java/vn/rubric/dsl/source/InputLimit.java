package vn.rubric.dsl.source;

import java.util.Locale;

/**
 * How much of each kind of input the workbench reads before it refuses the rest: the file
 * size, checked before a byte is parsed (a file that is not a regular one, like a link to
 * /dev/zero, is read only up to the limit), and how deep its values may nest. Each size can
 * be raised, in megabytes, by the system property {@code rubric.limit.KIND-mb} or the
 * environment variable {@code RUBRIC_LIMIT_KIND_MB} (docs/unit-data.md, "Limits").
 */
public enum InputLimit {
    /** rubric.yaml: a regulation's sheet is tens of kilobytes; the YAML parser is slow on megabytes. */
    RUBRIC("rubric", 2, 64),
    /** rules/*.drl, a pack's hand-written rules: what the language cannot say is a few rules. */
    RULES("rules", 2, 64),
    /** tests/*.yaml: thousands of saved cases fit. */
    TESTS("tests", 16, 64),
    /** A data file of units (CSV, JSON, YAML): a province's several hundred thousand units fit. */
    DATA("data", 256, 32),
    /** The body of a request to {@code serve-api}. */
    BODY("body", 64, 32);

    private static final long MB = 1024L * 1024;

    private final String kind;
    private final long defaultMegabytes;
    private final int depth;

    InputLimit(String kind, long defaultMegabytes, int depth) {
        this.kind = kind;
        this.defaultMegabytes = defaultMegabytes;
        this.depth = depth;
    }

    /** The word that names the kind in messages and in the setting's name. */
    public String kind() {
        return kind;
    }

    /** The largest size read, in bytes: the setting when it is a positive whole number of megabytes, else the default. */
    public long bytes() {
        return megabytes() * MB;
    }

    public long megabytes() {
        String set = System.getProperty(property());
        if (set == null) set = System.getenv(environmentVariable());
        if (set != null) {
            try {
                long mb = Long.parseLong(set.strip());
                if (mb > 0 && mb < Long.MAX_VALUE / MB) return mb;
            } catch (NumberFormatException e) {
                // an unreadable setting leaves the default: the message names both, so the user sees which held
            }
        }
        return defaultMegabytes;
    }

    /** How many levels lists and mappings may nest. */
    public int depth() {
        return depth;
    }

    public String property() {
        return "rubric.limit." + kind + "-mb";
    }

    public String environmentVariable() {
        return "RUBRIC_LIMIT_" + kind.toUpperCase(Locale.ROOT) + "_MB";
    }

    /** The setting that raises the size limit, as a message shows it. */
    public String setting() {
        return environmentVariable() + "=N (-D" + property() + "=N)";
    }
}
