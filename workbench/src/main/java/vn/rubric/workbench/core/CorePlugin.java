package vn.rubric.workbench.core;

import vn.rubric.workbench.platform.CommandContribution;
import vn.rubric.workbench.commands.ChangesCommand;
import vn.rubric.workbench.commands.CompileCommand;
import vn.rubric.workbench.commands.DiffCommand;
import vn.rubric.workbench.commands.DocumentCommand;
import vn.rubric.workbench.commands.SimulateCommand;
import vn.rubric.workbench.commands.SweepCommand;
import vn.rubric.workbench.commands.ExportCommand;
import vn.rubric.workbench.commands.ImportSheetCommand;
import vn.rubric.workbench.commands.PluginsCommand;
import vn.rubric.workbench.commands.ScoreCommand;
import vn.rubric.workbench.commands.ServeApiCommand;
import vn.rubric.workbench.commands.StudioCommand;
import vn.rubric.workbench.commands.TestCommand;
import vn.rubric.workbench.commands.ValidateCommand;
import vn.rubric.workbench.commands.VerifyPackCommand;
import vn.rubric.workbench.documents.AppendixDocument;
import vn.rubric.workbench.documents.ComparisonDocument;
import vn.rubric.workbench.documents.ImpactDocument;
import vn.rubric.workbench.exporters.KjarExporter;
import vn.rubric.workbench.importers.CsvImporter;
import vn.rubric.workbench.importers.JsonImporter;
import vn.rubric.workbench.importers.XlsxImporter;
import vn.rubric.workbench.platform.CommandContribution;
import vn.rubric.workbench.platform.Contributions;
import vn.rubric.workbench.platform.ExtensionPoints;
import vn.rubric.workbench.platform.Plugin;
import vn.rubric.workbench.reports.CsvReporter;
import vn.rubric.workbench.reports.HtmlReporter;
import vn.rubric.workbench.reports.JsonPopulationReporter;
import vn.rubric.workbench.reports.JsonReporter;
import vn.rubric.workbench.reports.TextChangesReporter;
import vn.rubric.workbench.reports.TextDiffReporter;
import vn.rubric.workbench.reports.TextSheetReporter;
import vn.rubric.workbench.reports.TextSimulationReporter;
import vn.rubric.workbench.reports.TextSweepReporter;
import vn.rubric.workbench.reports.XlsxReporter;
import vn.rubric.workbench.views.ChangesView;
import vn.rubric.workbench.views.ImpactView;
import vn.rubric.workbench.views.OutlineView;
import vn.rubric.workbench.views.PluginsView;
import vn.rubric.workbench.views.ProblemsView;
import vn.rubric.workbench.views.TestsView;
import vn.rubric.workbench.views.UnitSheetView;

/**
 * The built-in features, contributed through the same extension points any plugin uses. Its
 * descriptor is {@code META-INF/rubric/built-in-plugin.properties}.
 */
public final class CorePlugin implements Plugin {

    @Override
    public void contribute(Contributions c) {
        c.add(ExtensionPoints.COMMANDS, CommandContribution.of("validate", ValidateCommand::new));
        c.add(ExtensionPoints.COMMANDS, CommandContribution.of("compile", CompileCommand::new));
        c.add(ExtensionPoints.COMMANDS, CommandContribution.of("score", ScoreCommand::new));
        c.add(ExtensionPoints.COMMANDS, CommandContribution.of("test", TestCommand::new));
        c.add(ExtensionPoints.COMMANDS, CommandContribution.of("simulate", SimulateCommand::new));
        c.add(ExtensionPoints.COMMANDS, CommandContribution.of("diff", DiffCommand::new));
        c.add(ExtensionPoints.COMMANDS, CommandContribution.of("changes", ChangesCommand::new));
        c.add(ExtensionPoints.COMMANDS, CommandContribution.of("sweep", SweepCommand::new));
        c.add(ExtensionPoints.COMMANDS, CommandContribution.of("export", ExportCommand::new));
        c.add(ExtensionPoints.COMMANDS, CommandContribution.of("verify-pack", VerifyPackCommand::new));
        c.add(ExtensionPoints.COMMANDS, CommandContribution.of("serve-api", ServeApiCommand::new));
        c.add(ExtensionPoints.COMMANDS, CommandContribution.of("document", DocumentCommand::new));
        c.add(ExtensionPoints.COMMANDS, CommandContribution.of("import-sheet", ImportSheetCommand::new));
        c.add(ExtensionPoints.COMMANDS, CommandContribution.of("studio", StudioCommand::new));
        c.add(ExtensionPoints.COMMANDS, CommandContribution.of("plugins", PluginsCommand::new));
        c.add(ExtensionPoints.IMPORTERS, new CsvImporter());
        c.add(ExtensionPoints.IMPORTERS, new XlsxImporter());
        c.add(ExtensionPoints.IMPORTERS, new JsonImporter());
        c.add(ExtensionPoints.REPORTERS, new TextSheetReporter());
        c.add(ExtensionPoints.REPORTERS, new JsonReporter());
        c.add(ExtensionPoints.REPORTERS, new TextSimulationReporter());
        c.add(ExtensionPoints.REPORTERS, new TextDiffReporter());
        c.add(ExtensionPoints.REPORTERS, new TextChangesReporter());
        c.add(ExtensionPoints.REPORTERS, new TextSweepReporter());
        c.add(ExtensionPoints.REPORTERS, new JsonPopulationReporter());
        c.add(ExtensionPoints.REPORTERS, new CsvReporter());
        c.add(ExtensionPoints.REPORTERS, new HtmlReporter());
        c.add(ExtensionPoints.REPORTERS, new XlsxReporter());
        c.add(ExtensionPoints.REPORTERS, new AppendixDocument());
        c.add(ExtensionPoints.REPORTERS, new ComparisonDocument());
        c.add(ExtensionPoints.REPORTERS, new ImpactDocument());
        c.add(ExtensionPoints.EXPORTERS, new KjarExporter());
        c.add(ExtensionPoints.VIEWS, new ProblemsView());
        c.add(ExtensionPoints.VIEWS, new ImpactView());
        c.add(ExtensionPoints.VIEWS, new ChangesView());
        c.add(ExtensionPoints.VIEWS, new TestsView());
        c.add(ExtensionPoints.VIEWS, new UnitSheetView());
        c.add(ExtensionPoints.VIEWS, new OutlineView());
        c.add(ExtensionPoints.VIEWS, new PluginsView());
    }
}
