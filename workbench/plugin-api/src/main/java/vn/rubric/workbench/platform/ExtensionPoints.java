package vn.rubric.workbench.platform;

import java.util.List;
import java.util.Optional;
import vn.rubric.dsl.expr.ExpressionFunction;

/**
 * The extension points of the workbench and the version of this API. A plugin descriptor's
 * {@code plugin.requires} is checked against {@link #PLATFORM_VERSION}.
 */
public final class ExtensionPoints {

    /**
     * The version of the plugin platform (this API). A minor version adds to the API; a major
     * version may break plugins written for the one before.
     */
    public static final String PLATFORM_VERSION = "2.0.0";

    /** Subcommands of the {@code rubric} CLI. */
    public static final ExtensionPoint<CommandContribution> COMMANDS = ExtensionPoint.of("commands", CommandContribution.class, CommandContribution::name);
    /** Readers of unit data (CSV, JSON, a province's own spreadsheets...). */
    public static final ExtensionPoint<Importer> IMPORTERS = ExtensionPoint.of("importers", Importer.class, Importer::format);
    /** Writers of results (score sheets, simulations...) in one format. */
    public static final ExtensionPoint<Reporter> REPORTERS = ExtensionPoint.sharingNames("reporters", Reporter.class, Reporter::format);
    /** Writers of a pack for other systems (e.g. a KJAR). */
    public static final ExtensionPoint<Exporter> EXPORTERS = ExtensionPoint.of("exporters", Exporter.class, Exporter::format);
    /** Functions the rubric language may call in expressions, compiled into the DRL. */
    public static final ExtensionPoint<ExpressionFunction> FUNCTIONS = ExtensionPoint.of("functions", ExpressionFunction.class, ExpressionFunction::name);
    /** Panels of the studio ({@code rubric studio}), also served by {@code rubric serve-api} at {@code GET /views/{id}}. */
    public static final ExtensionPoint<View> VIEWS = ExtensionPoint.of("views", View.class, View::id);

    /** Every extension point, in the order {@code rubric plugins} lists them. */
    public static final List<ExtensionPoint<?>> ALL = List.of(COMMANDS, IMPORTERS, REPORTERS, EXPORTERS, FUNCTIONS, VIEWS);

    private ExtensionPoints() {}

    public static Optional<ExtensionPoint<?>> byId(String id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
