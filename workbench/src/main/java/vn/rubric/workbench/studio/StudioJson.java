package vn.rubric.workbench.studio;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.workbench.platform.TestResult;

/** The studio's answers as JSON: findings located in the folder's files, test results. */
final class StudioJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private StudioJson() {}

    /** Each finding: file (relative to the folder when inside it), line, column, code, severity, message, hint. */
    static ArrayNode diagnostics(Diagnostics found, FolderFiles files, Messages diagnostics) {
        ArrayNode list = MAPPER.createArrayNode();
        for (Diagnostic d : found.sorted()) {
            ObjectNode e = list.addObject();
            Path file = d.pos().file();
            Path abs = file == null ? null : file.toAbsolutePath().normalize();
            e.put("file", abs == null ? null : abs.startsWith(files.folder()) ? files.relative(abs) : file.toString());
            e.put("line", d.pos().line());
            e.put("column", d.pos().column());
            e.put("code", d.code());
            e.put("severity", d.isError() ? "error" : "warning");
            e.put("message", diagnostics.message(d));
            e.put("hint", diagnostics.hint(d));
        }
        return list;
    }

    static ObjectNode tests(List<TestResult> results, FolderFiles files) {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("passed", results.stream().filter(r -> !r.base() && r.passed()).count());
        doc.put("failed", results.stream().filter(r -> !r.base() && !r.passed()).count());
        ArrayNode list = doc.putArray("cases");
        for (TestResult r : results) {
            ObjectNode c = list.addObject();
            Path abs = r.file().toAbsolutePath().normalize();
            c.put("file", abs.startsWith(files.folder()) ? files.relative(abs) : r.file().toString());
            c.put("name", r.name());
            c.put("base", r.base());
            c.put("passed", r.passed());
            ArrayNode misses = c.putArray("misses");
            for (TestResult.Miss m : r.misses()) misses.addObject().put("what", m.what()).put("expected", m.expected()).put("actual", m.actual());
        }
        return doc;
    }
}
