package vn.rubric.example.sheets;

import vn.rubric.workbench.platform.CommandContribution;
import vn.rubric.workbench.platform.Contributions;
import vn.rubric.workbench.platform.ExtensionPoints;
import vn.rubric.workbench.platform.Plugin;

/** The province's workbook as unit data, and the command that writes a blank one. */
public final class ProvinceSheetsPlugin implements Plugin {

    /** The command's texts (vi, en), in this jar. */
    static final String TEXTS = "vn.rubric.example.sheets.texts";

    @Override
    public void contribute(Contributions contributions) {
        contributions.add(ExtensionPoints.IMPORTERS, new ProvinceSheetsImporter());
        contributions.add(ExtensionPoints.COMMANDS, CommandContribution.of("province-sheets", TEXTS, ProvinceSheetsCommand::new));
    }
}
