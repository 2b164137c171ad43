package vn.rubric.workbench.importers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.diag.Word;
import vn.rubric.dsl.source.InputLimit;
import vn.rubric.dsl.source.InputText;
import vn.rubric.dsl.source.SourcePos;
import vn.rubric.dsl.source.YamlReader;
import vn.rubric.dsl.util.Nfc;
import vn.rubric.workbench.data.RawTable;
import vn.rubric.workbench.data.RawUnit;
import vn.rubric.workbench.data.UnitColumns;
import vn.rubric.workbench.platform.Importer;

/**
 * Reads units from JSON or YAML: a list of objects (or {@code {"units": [...]}}), each with
 * the unit columns (unit_id, unit_kind, …) and evidence fields as keys. The file is read
 * token by token (no tree of the whole file is built, JSON straight from the disk), each
 * value keeping its line and column, so 100,000 units read as a CSV of them does. The
 * table's columns are the keys in the order they first appear; a unit without a key has
 * that cell empty. Nothing in the file is passed over in silence: a second JSON value or
 * YAML document after the list, or another key beside "units", is an error at its line.
 */
public final class JsonImporter implements Importer {

    private static final JsonFactory JSON = JsonFactory.builder().build();
    /** The YAML parser's cap on a document (3 MB) lifted: the data limit is checked before reading. */
    private static final YAMLFactory YAML = YamlReader.factory(Integer.MAX_VALUE);
    private static final String UNITS = "units";
    private static final Pattern BYTE = Pattern.compile("0x[0-9a-fA-F]{1,2}");

    @Override
    public String format() {
        return "json";
    }

    @Override
    public List<String> extensions() {
        return List.of("json", "yaml", "yml");
    }

    @Override
    public RawTable readTable(Path file, Diagnostics diagnostics) {
        try {
            if (Files.isRegularFile(file) && Files.size(file) == 0) {
                diagnostics.add(Diagnostic.error("E-DATA-EMPTY-FILE", SourcePos.of(file)));
                return null;
            }
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("E-FILE-UNREADABLE", SourcePos.of(file), file, e.getMessage()));
            return null;
        }
        boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        if (json) {
            try (InputStream in = InputText.open(file, InputLimit.DATA, diagnostics)) {
                if (in == null) return null;
                try (JsonParser p = JSON.createParser(in)) {
                    return new Reading(file, p, true, diagnostics).table();
                }
            } catch (InputText.TooLarge e) {
                diagnostics.add(e.diagnostic());
            } catch (IOException e) {
                diagnostics.add(Diagnostic.error("E-FILE-UNREADABLE", SourcePos.of(file), file, e.getMessage()));
            }
            return null;
        }
        // YAML is read from its text: UTF-8 checked and located first, written accents made one form (NFC)
        String text = InputText.read(file, InputLimit.DATA, diagnostics);
        if (text == null) return null;
        text = Normalizer.normalize(text.replace("\r\n", "\n"), Normalizer.Form.NFC);
        // the YAML parser crawls over one long line (about 0.5 MB a second): a list written on one line belongs in JSON
        if (!YamlReader.linesFit(file, text, diagnostics)) return null;
        try (JsonParser p = YAML.createParser(text)) {
            return new Reading(file, p, false, diagnostics).table();
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("E-FILE-UNREADABLE", SourcePos.of(file), file, e.getMessage()));
            return null;
        }
    }

    /** One reading of a file: the parser, where it is, what it found. */
    private static final class Reading {
        private final Path file;
        private final JsonParser p;
        private final boolean json;
        private final Diagnostics diagnostics;
        private final int maxDepth = InputLimit.DATA.depth();
        private final List<RawUnit> units = new ArrayList<>();
        private final Map<String, SourcePos> columns = new LinkedHashMap<>();

        Reading(Path file, JsonParser p, boolean json, Diagnostics diagnostics) {
            this.file = file;
            this.p = p;
            this.json = json;
            this.diagnostics = diagnostics;
        }

        RawTable table() {
            try {
                return read();
            } catch (Stop e) {
                return null;
            } catch (InputText.TooLarge e) {
                diagnostics.add(e.diagnostic());
                return null;
            } catch (JsonProcessingException e) {
                diagnostics.add(failure(e));
                return null;
            } catch (IOException e) {
                diagnostics.add(Diagnostic.error("E-FILE-UNREADABLE", SourcePos.of(file), file, e.getMessage()));
                return null;
            }
        }

        private RawTable read() throws IOException {
            JsonToken t = p.nextToken();
            if (t == null) {
                // only blanks or comments
                diagnostics.add(Diagnostic.error("E-DATA-EMPTY-FILE", SourcePos.of(file)));
                return null;
            }
            SourcePos rootPos = here();
            SourcePos listPos = null;
            if (t == JsonToken.START_OBJECT) {
                for (t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                    String key = p.currentName();
                    SourcePos keyPos = here();
                    JsonToken v = p.nextToken();
                    if (key.equals(UNITS) && listPos == null) {
                        listPos = here();
                        if (v != JsonToken.START_ARRAY) {
                            diagnostics.add(Diagnostic.error("E-SHAPE", listPos, Word.of("units"), Word.of("list"), kind(v), shown(v)));
                            return null;
                        }
                        units(2);
                    } else {
                        diagnostics.add(Diagnostic.error("E-UNKNOWN-KEY", keyPos, key, Word.of("input.data"), UNITS));
                        skip(v, 2);
                    }
                }
                if (listPos == null) {
                    diagnostics.add(Diagnostic.error("E-SHAPE", rootPos, Word.of("units"), Word.of("list"), Word.of("mapping"), ""));
                    return null;
                }
            } else if (t == JsonToken.START_ARRAY) {
                listPos = rootPos;
                units(1);
            } else {
                diagnostics.add(Diagnostic.error("E-SHAPE", rootPos, Word.of("units"), Word.of("list"), kind(t), shown(t)));
                return null;
            }
            int rootLine = rootPos.line();
            try {
                if (p.nextToken() != null) {
                    diagnostics.add(json ? Diagnostic.error("E-DATA-MORE-CONTENT", here(), rootLine)
                            : Diagnostic.error("E-YAML-MORE-DOCUMENTS", here(), here().line() - 1));
                    return null;
                }
            } catch (JsonProcessingException e) {
                // text after the closing bracket that is not JSON at all
                if (!json || e instanceof StreamConstraintsException) throw e;
                diagnostics.add(Diagnostic.error("E-DATA-MORE-CONTENT", at(e.getLocation()), rootLine));
                return null;
            }
            if (units.isEmpty() && !diagnostics.hasErrors()) diagnostics.add(Diagnostic.error("E-DATA-EMPTY", listPos));
            List<RawTable.Column> cols = columns.entrySet().stream().map(e -> new RawTable.Column(e.getKey(), e.getValue())).toList();
            return new RawTable(file, listPos, cols, List.copyOf(units));
        }

        /** The units of the list whose "[" was just read, at nesting {@code depth}. */
        private void units(int depth) throws IOException {
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                SourcePos unitPos = here();
                if (t != JsonToken.START_OBJECT) {
                    diagnostics.add(Diagnostic.error("E-SHAPE", unitPos, Word.of("unit"), Word.of("mapping"), kind(t), shown(t)));
                    skip(t, depth + 1);
                    continue;
                }
                unit(unitPos, depth + 1);
            }
        }

        private void unit(SourcePos unitPos, int depth) throws IOException {
            Map<String, RawUnit.Cell> fields = new LinkedHashMap<>();
            Map<String, Integer> keyLines = new HashMap<>();
            RawUnit.Cell id = null, name = null;
            boolean ok = true;
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String key = Nfc.of(p.currentName());
                // a key's place is asked for only when it is needed (a new column, a key written
                // twice): a location per key is most of the cost of reading 100,000 units
                SourcePos keyPos = columns.containsKey(key) && !keyLines.containsKey(key) ? null : here();
                if (keyPos != null) columns.putIfAbsent(key, keyPos);
                JsonToken v = p.nextToken();
                SourcePos valuePos = here();
                Integer firstLine = keyLines.putIfAbsent(key, valuePos.line());
                if (firstLine != null) {
                    diagnostics.add(Diagnostic.error("E-YAML-DUPLICATE-KEY", keyPos, key, firstLine));
                    skip(v, depth + 1);
                    continue;
                }
                if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
                    skip(v, depth + 1);
                    diagnostics.add(Diagnostic.error("E-TYPE-VALUE", valuePos, key, Word.of("value"), kind(v), ""));
                    ok = false;
                    continue;
                }
                if (p instanceof YAMLParser y && y.isCurrentAlias()) {
                    diagnostics.add(Diagnostic.error("E-YAML-ALIAS", valuePos, p.getText()));
                    ok = false;
                    continue;
                }
                // the text as written (null when empty): the field's type decides what "yes" or "1" means
                RawUnit.Cell cell = new RawUnit.Cell(v == JsonToken.VALUE_NULL ? null : Nfc.of(p.getText()), valuePos);
                if (key.equals(UnitColumns.ID)) id = cell;
                else if (key.equals(UnitColumns.NAME)) name = cell;
                else fields.put(key, cell);
            }
            if (ok) units.add(new RawUnit(id, name, fields, unitPos));
        }

        /** Passes over the value that starts with {@code t}, at nesting {@code depth}, minding the depth limit. */
        private void skip(JsonToken t, int depth) throws IOException {
            if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) return;
            int open = 1;
            checkDepth(depth);
            while (open > 0) {
                JsonToken n = p.nextToken();
                if (n == null) return;
                if (n == JsonToken.START_OBJECT || n == JsonToken.START_ARRAY) checkDepth(depth + open++);
                else if (n == JsonToken.END_OBJECT || n == JsonToken.END_ARRAY) open--;
            }
        }

        private void checkDepth(int depth) throws Stop {
            if (depth > maxDepth) {
                diagnostics.add(Diagnostic.error("E-INPUT-TOO-DEEP", here(), maxDepth));
                throw new Stop();
            }
        }

        /** A parser's failure, located, in the user's words. */
        private Diagnostic failure(JsonProcessingException e) {
            String message = String.valueOf(e.getOriginalMessage());
            if (json && message.contains("Invalid UTF-8")) {
                JsonLocation loc = e.getLocation();
                Matcher m = BYTE.matcher(message);
                return Diagnostic.error("E-FILE-ENCODING", at(loc), m.find() ? m.group().toUpperCase(Locale.ROOT).replace("0X", "0x") : "?",
                        loc == null ? 0 : Math.max(0, loc.getByteOffset()));
            }
            Diagnostic d = YamlReader.syntaxError(file, e);
            if (json && d.code().equals("E-YAML-SYNTAX")) return Diagnostic.error("E-DATA-JSON-SYNTAX", d.pos(), d.args().toArray());
            return d;
        }

        private SourcePos at(JsonLocation loc) {
            return loc == null || loc.getLineNr() <= 0 ? SourcePos.of(file) : new SourcePos(file, loc.getLineNr(), Math.max(0, loc.getColumnNr()));
        }

        private SourcePos here() {
            return at(p.currentTokenLocation());
        }

        private String shown(JsonToken t) throws IOException {
            return t != null && t.isScalarValue() && t != JsonToken.VALUE_NULL ? " '" + p.getText() + "'" : "";
        }
    }

    /** What a drafter calls the value a token starts (the words of YamlNode.kindName). */
    private static Word kind(JsonToken t) {
        if (t == null) return Word.of("empty");
        return Word.of(switch (t) {
            case START_ARRAY -> "list";
            case START_OBJECT -> "mapping";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "empty";
            default -> "text";
        });
    }


    /** Ends a reading whose error is already reported. */
    private static final class Stop extends IOException {
        Stop() {
            super(null, null);
        }
    }
}
