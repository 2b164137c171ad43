package vn.rubric.workbench.reports;

import java.io.PrintWriter;
import java.util.List;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.rules.score.ScoreSheet;

/** Writes score sheets in one format. */
public interface Reporter {

    /** The format name the user picks with {@code --format}, e.g. {@code text}. */
    String format();

    void write(Rubric rubric, List<ScoreSheet> sheets, Messages text, PrintWriter out);
}
