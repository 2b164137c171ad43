package vn.rubric.example.sheets;

import vn.rubric.workbench.platform.CommandContribution;
import vn.rubric.workbench.platform.Contributions;
import vn.rubric.workbench.platform.ExtensionPoints;
import vn.rubric.workbench.platform.Plugin;

/** The province's workbook as unit data, the command that writes a blank one, and its layout as a studio panel. */
public final class ProvinceSheetsPlugin implements Plugin {

    /** The command's texts (vi, en), in this jar. */
    static final String TEXTS = "vn.rubric.example.sheets.texts";

    @Override
    public void contribute(Contributions contributions) {
        contributions.add(ExtensionPoints.IMPORTERS, new ProvinceSheetsImporter());
        contributions.add(ExtensionPoints.COMMANDS, CommandContribution.of("province-sheets", TEXTS, ProvinceSheetsCommand::new));
        contributions.add(ExtensionPoints.VIEWS, new BlankSheetView());
    }
}
