package vn.rubric.example.docx;

import vn.rubric.workbench.platform.Contributions;
import vn.rubric.workbench.platform.ExtensionPoints;
import vn.rubric.workbench.platform.Plugin;

/** Adds the {@code docx} format to {@code rubric score}. */
public final class DocxReportPlugin implements Plugin {

    @Override
    public void contribute(Contributions contributions) {
        contributions.add(ExtensionPoints.REPORTERS, new SelfAssessmentReporter());
    }
}
