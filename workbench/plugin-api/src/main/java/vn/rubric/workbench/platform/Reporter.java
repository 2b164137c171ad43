package vn.rubric.workbench.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import vn.rubric.dsl.diag.Messages;

/**
 * Writes results in one format. A format may write several kinds of result (score
 * sheets, a simulation, a diff, a sweep); the command picks the first reporter whose
 * {@link #format()} the user asked for and that {@link #writes} its result.
 */
public interface Reporter {

    /** The format name the user picks with {@code --format}, e.g. {@code text}. */
    String format();

    boolean writes(Class<? extends Report> kind);

    /**
     * The file name ending of a format that is a document rather than text for a
     * terminal (html, xlsx): such output goes to a file, named after the run unless
     * {@code -o} names it. Empty for text formats, which go to standard output.
     */
    default Optional<String> fileExtension() {
        return Optional.empty();
    }

    void write(Report report, Messages text, OutputStream out) throws IOException;
}
