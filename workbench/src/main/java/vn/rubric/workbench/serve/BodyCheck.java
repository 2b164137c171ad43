package vn.rubric.workbench.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Word;
import vn.rubric.dsl.source.SourcePos;
import vn.rubric.dsl.util.Names;
import vn.rubric.dsl.util.Nfc;

/**
 * A {@code POST /score} body checked against the pack's published evidence schema (the
 * {@code evidence} of pack.json) by a JSON Schema validator, unit by unit as the body is
 * read: no tree of the whole body is built, so a body of 50 MB checks in the memory of one
 * unit. The body is a list of units or {@code {"units": [...]}}; each schema error becomes a
 * finding with its JSON pointer, its line and column, said in words for JSON (the CSV words
 * of the data importer do not fit a request). A body that is not JSON at all is left to the
 * importer, whose syntax errors are already located ({@link Result#syntaxBroken()}).
 */
final class BodyCheck {

    /** A finding in the body: the diagnostic (at body:line:column) and where it is as a JSON pointer. */
    record Finding(Diagnostic diagnostic, String pointer) {}

    /**
     * What the check found; {@code unitStarts} holds each unit's line and column (packed in a
     * long, in order), so that a later finding located by line can be given its unit's pointer.
     */
    record Result(List<Finding> findings, boolean syntaxBroken, String listPointer, long[] unitStarts) {
        /** The pointer of the unit whose text holds {@code pos} (or the list's, before the first unit). */
        String pointerAt(SourcePos pos) {
            if (pos == null || pos.line() <= 0) return "";
            long at = pack(pos.line(), pos.column());
            int lo = 0, hi = unitStarts.length - 1, found = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (unitStarts[mid] <= at) { found = mid; lo = mid + 1; } else hi = mid - 1;
            }
            return found < 0 ? listPointer : listPointer + "/" + found;
        }
    }

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String UNITS = "units";
    /** Checking stops at this many findings: a body wrong throughout says so in its first ones. */
    static final int MAX_FINDINGS = 1000;

    private final Schema schema;
    private final JsonNode evidence;
    private final Path body;

    /** The checker of one pack: {@code evidence} is the JSON Schema of one unit, as pack.json publishes it. */
    static Checker of(JsonNode evidence) {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(evidence);
        return file -> new BodyCheck(schema, evidence, file).run();
    }

    /** Checks one body file; the file is named {@link ScoreService#BODY} in what it finds. */
    interface Checker {
        Result check(Path file) throws IOException;
    }

    private BodyCheck(Schema schema, JsonNode evidence, Path body) {
        this.schema = schema;
        this.evidence = evidence;
        this.body = body;
    }

    private final List<Finding> findings = new ArrayList<>();
    private long[] starts = new long[64];
    private int unitCount;
    private String listPointer = "";

    private Result run() throws IOException {
        try (InputStream in = Files.newInputStream(body); JsonParser p = JSON.createParser(in)) {
            read(p);
        } catch (JsonProcessingException e) {
            return new Result(List.of(), true, listPointer, java.util.Arrays.copyOf(starts, unitCount));
        } catch (Full e) {
            // enough said
        }
        return new Result(List.copyOf(findings), false, listPointer, java.util.Arrays.copyOf(starts, unitCount));
    }

    private void read(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            add(Diagnostic.error("E-API-EMPTY-BODY", SourcePos.of(ScoreService.BODY)), "");
            return;
        }
        if (t == JsonToken.START_ARRAY) {
            units(p, "");
        } else if (t == JsonToken.START_OBJECT) {
            SourcePos rootPos = here(p);
            boolean listed = false;
            for (t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String key = p.currentName();
                SourcePos keyPos = here(p);
                JsonToken v = p.nextToken();
                if (key.equals(UNITS) && !listed && v == JsonToken.START_ARRAY) {
                    listed = true;
                    listPointer = "/" + UNITS;
                    units(p, listPointer);
                } else if (key.equals(UNITS) && !listed) {
                    add(Diagnostic.error("E-API-UNITS-NOT-LIST", here(p), kind(v), shown(p, v)), "/" + UNITS);
                    p.skipChildren();
                    return;
                } else {
                    add(Diagnostic.error("E-API-BODY-KEY", keyPos, key), "/" + pointerToken(key));
                    p.skipChildren();
                }
            }
            if (!listed) add(Diagnostic.error("E-API-NO-UNITS-KEY", rootPos), "");
        } else {
            add(Diagnostic.error("E-API-BODY-SHAPE", here(p), kind(t), shown(p, t)), "");
            return;
        }
        // text after the body's one value is the importer's to report (E-DATA-MORE-CONTENT, located)
        p.nextToken();
    }

    private void units(JsonParser p, String list) throws IOException {
        SourcePos listPos = here(p);
        int index = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), index++) {
            if (t == null) throw new JsonProcessingException("unclosed list", p.currentLocation()) {};
            SourcePos unitPos = here(p);
            mark(unitPos);
            String pointer = list + "/" + index;
            if (t != JsonToken.START_OBJECT) {
                add(Diagnostic.error("E-API-UNIT-SHAPE", unitPos, kind(t), shown(p, t)), pointer);
                p.skipChildren();
                continue;
            }
            unit(p, unitPos, pointer);
        }
        if (index == 0) add(Diagnostic.error("E-API-NO-UNITS", listPos), list);
    }

    /** Reads one unit into a tree (its values only: a nested value is kept as an empty one of its kind) and checks it. */
    private void unit(JsonParser p, SourcePos unitPos, String pointer) throws IOException {
        ObjectNode unit = NODES.objectNode();
        Map<String, SourcePos> keys = new HashMap<>();
        Map<String, SourcePos> values = new HashMap<>();
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String key = Nfc.of(p.currentName());
            SourcePos keyPos = here(p);
            JsonToken v = p.nextToken();
            keys.putIfAbsent(key, keyPos);
            values.putIfAbsent(key, here(p));
            unit.set(key, value(p, v));
        }
        List<Error> errors = schema.validate(unit);
        // an enum field fails both "enum" and the "oneOf" of its labelled values: one finding a place
        Map<String, Error> byPlace = new LinkedHashMap<>();
        for (Error e : errors) {
            String field = field(e);
            String place = e.getKeyword() + "|" + field;
            if (e.getKeyword().equals("oneOf") || e.getKeyword().equals("const")) {
                if (errors.stream().anyMatch(o -> o.getKeyword().equals("enum") && field.equals(field(o)))) continue;
            }
            byPlace.putIfAbsent(place, e);
        }
        for (Error e : byPlace.values()) {
            String field = field(e);
            SourcePos keyPos = field == null ? unitPos : keys.getOrDefault(field, unitPos);
            SourcePos valuePos = field == null ? unitPos : values.getOrDefault(field, unitPos);
            String at = field == null || e.getKeyword().equals("required") ? pointer : pointer + "/" + pointerToken(field);
            add(finding(e, field, unit.get(field), keyPos, valuePos, unitPos), at);
        }
    }

    /** The field an error is about: the property named by the error, or the last name of its place in the unit. */
    private static String field(Error e) {
        if (e.getProperty() != null) return e.getProperty();
        var at = e.getInstanceLocation();
        return at == null || at.getNameCount() == 0 ? null : at.getName(at.getNameCount() - 1);
    }

    private Diagnostic finding(Error e, String field, JsonNode value, SourcePos keyPos, SourcePos valuePos, SourcePos unitPos) {
        switch (e.getKeyword()) {
            case "additionalProperties" -> {
                List<String> known = new ArrayList<>();
                evidence.path("properties").propertyNames().forEach(known::add);
                String near = Names.closest(field, known);
                return near != null ? Diagnostic.error("E-API-UNKNOWN-FIELD-SUGGEST", keyPos, field, near)
                        : Diagnostic.error("E-API-UNKNOWN-FIELD", keyPos, field, String.join(", ", known));
            }
            case "required" -> {
                return Diagnostic.error("E-API-MISSING-FIELD", unitPos, field, typeOf(field));
            }
            case "type" -> {
                String expected = evidence.path("properties").path(field).path("type").asString("string");
                String code = switch (expected) {
                    case "boolean" -> "E-API-TYPE-BOOLEAN";
                    case "integer" -> "E-API-TYPE-INTEGER";
                    case "number" -> "E-API-TYPE-NUMBER";
                    default -> "E-API-TYPE-STRING";
                };
                return Diagnostic.error(code, valuePos, field, kind(value), shown(value));
            }
            case "enum" -> {
                JsonNode property = evidence.path("properties").path(field);
                List<String> keys = new ArrayList<>();
                property.path("enum").forEach(k -> keys.add(k.asString()));
                String given = value.asString();
                for (JsonNode labelled : property.path("oneOf")) {
                    String label = labelled.path("title").asString("");
                    if (!label.isEmpty() && label.toLowerCase(Locale.ROOT).equals(given.toLowerCase(Locale.ROOT)))
                        return Diagnostic.error("E-API-ENUM-LABEL", valuePos, field, given, labelled.path("const").asString());
                }
                return Diagnostic.error("E-API-ENUM", valuePos, field, given, String.join(", ", keys));
            }
            case "minimum" -> {
                return Diagnostic.error("E-API-MINIMUM", valuePos, field, value.asString(), bound(field, "minimum"), bound(field, "maximum"));
            }
            case "maximum" -> {
                return Diagnostic.error("E-API-MAXIMUM", valuePos, field, value.asString(), bound(field, "maximum"), bound(field, "minimum"));
            }
            case "minLength" -> {
                return Diagnostic.error("E-API-EMPTY-TEXT", valuePos, field);
            }
            default -> {
                // a rule of a later schema this service does not word yet: named by its keyword, never the library's sentence
                return Diagnostic.error("E-API-SCHEMA", valuePos, field == null ? "" : field, e.getKeyword());
            }
        }
    }

    private String bound(String field, String key) {
        JsonNode b = evidence.path("properties").path(field).path(key);
        return b.isMissingNode() ? "" : b.asString();
    }

    /** The field's JSON type in words, for the hint of a missing field. */
    private Word typeOf(String field) {
        return jsonKind(evidence.path("properties").path(field).path("type").asString("string"));
    }

    private static JsonNode value(JsonParser p, JsonToken v) throws IOException {
        return switch (v) {
            case START_OBJECT -> { p.skipChildren(); yield NODES.objectNode(); }
            case START_ARRAY -> { p.skipChildren(); yield NODES.arrayNode(); }
            case VALUE_STRING -> NODES.stringNode(Nfc.of(p.getText()));
            case VALUE_NUMBER_INT -> NODES.numberNode(p.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDecimalValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            default -> NODES.nullNode();
        };
    }

    private void add(Diagnostic d, String pointer) throws Full {
        findings.add(new Finding(d, pointer));
        if (findings.size() >= MAX_FINDINGS) throw new Full();
    }

    private void mark(SourcePos pos) {
        if (unitCount == starts.length) starts = java.util.Arrays.copyOf(starts, starts.length * 2);
        starts[unitCount++] = pack(pos.line(), pos.column());
    }

    static long pack(int line, int column) {
        return ((long) line << 32) | (column & 0xffffffffL);
    }

    private static SourcePos here(JsonParser p) {
        JsonLocation loc = p.currentTokenLocation();
        return loc == null || loc.getLineNr() <= 0 ? SourcePos.of(ScoreService.BODY)
                : new SourcePos(ScoreService.BODY, loc.getLineNr(), Math.max(0, loc.getColumnNr()));
    }

    /** RFC 6901: "~" and "/" in a name are escaped. */
    static String pointerToken(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static Word kind(JsonToken t) {
        if (t == null) return jsonKind("null");
        return jsonKind(switch (t) {
            case START_ARRAY -> "array";
            case START_OBJECT -> "object";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "null";
            default -> "string";
        });
    }

    private static Word kind(JsonNode n) {
        if (n == null || n.isNull()) return jsonKind("null");
        if (n.isObject()) return jsonKind("object");
        if (n.isArray()) return jsonKind("array");
        if (n.isNumber()) return jsonKind("number");
        if (n.isBoolean()) return jsonKind("boolean");
        return jsonKind("string");
    }

    private static Word jsonKind(String type) {
        return Word.of("api-json-" + type);
    }

    private static String shown(JsonParser p, JsonToken t) throws IOException {
        if (t == null || !t.isScalarValue() || t == JsonToken.VALUE_NULL) return "";
        return t == JsonToken.VALUE_STRING ? " \"" + clip(p.getText()) + "\"" : " " + clip(p.getText());
    }

    private static String shown(JsonNode n) {
        if (n == null || n.isNull() || n.isContainer()) return "";
        return n.isString() ? " \"" + clip(n.asString()) + "\"" : " " + clip(n.asString());
    }

    private static String clip(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }


    /** Ends a check that has found enough. */
    private static final class Full extends IOException {
        Full() {
            super(null, null);
        }
    }
}
