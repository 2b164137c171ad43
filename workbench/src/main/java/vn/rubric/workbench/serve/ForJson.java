package vn.rubric.workbench.serve;

import java.util.Map;
import vn.rubric.dsl.diag.Diagnostic;

/**
 * The data importer's findings said in the words of a request body: the importer words them
 * for files (a CSV's columns, "a data file"), which a client that sent JSON cannot map to what
 * it sent. Only the wording changes: same arguments, same place.
 */
final class ForJson {

    /** Importer code → the code with a message for a JSON body (same arguments). */
    static final Map<String, String> CODES = Map.of(
            "W-DATA-DEFAULT-COLUMN", "W-API-DEFAULT-FIELD",
            "E-DATA-MORE-CONTENT", "E-API-MORE-CONTENT",
            "E-DATA-JSON-SYNTAX", "E-API-JSON-SYNTAX",
            "E-DATA-EMPTY-FILE", "E-API-EMPTY-BODY",
            "E-DATA-EMPTY", "E-API-NO-UNITS");

    private ForJson() {}

    static Diagnostic word(Diagnostic d) {
        String code = CODES.get(d.code());
        return code == null ? d : new Diagnostic(code, d.severity(), d.pos(), d.args(), d.note(), d.fix());
    }
}
