package vn.rubric.workbench.platform;

import vn.rubric.workbench.commands.CommandContribution;
import vn.rubric.workbench.exporters.Exporter;
import vn.rubric.workbench.importers.Importer;
import vn.rubric.workbench.reports.Reporter;

/** The extension points of the workbench core. */
public final class ExtensionPoints {

    /** Subcommands of the {@code rubric} CLI. */
    public static final ExtensionPoint<CommandContribution> COMMANDS = ExtensionPoint.of("commands", CommandContribution.class);
    /** Readers of unit data (CSV, JSON, ...). */
    public static final ExtensionPoint<Importer> IMPORTERS = ExtensionPoint.of("importers", Importer.class);
    /** Writers of score sheets (text, JSON, ...). */
    public static final ExtensionPoint<Reporter> REPORTERS = ExtensionPoint.of("reporters", Reporter.class);
    /** Writers of a pack for other systems (e.g. a KJAR). */
    public static final ExtensionPoint<Exporter> EXPORTERS = ExtensionPoint.of("exporters", Exporter.class);

    private ExtensionPoints() {}
}
