package vn.rubric.dsl.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;

/**
 * Reads YAML into {@link YamlNode}s with positions, using Jackson's streaming parser.
 * Text is normalized to NFC so that a title typed with combining accents compares equal
 * to one typed precomposed.
 */
public final class YamlReader {

    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private final Path file;
    private final String source;
    private final String[] lines;
    private final Diagnostics diagnostics;

    private YamlReader(Path file, String source, Diagnostics diagnostics) {
        this.file = file;
        this.source = source;
        this.lines = source.split("\n", -1);
        this.diagnostics = diagnostics;
    }

    /** Reads a file; a missing or unreadable file, or malformed YAML, becomes a diagnostic and null. */
    public static YamlNode read(Path file, Diagnostics diagnostics) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            diagnostics.add(Diagnostic.error("E-FILE-MISSING", SourcePos.of(file), file));
            return null;
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("E-FILE-UNREADABLE", SourcePos.of(file), file, e.getMessage()));
            return null;
        }
        return parse(file, text, diagnostics);
    }

    public static YamlNode parse(Path file, String text, Diagnostics diagnostics) {
        String nfc = Normalizer.normalize(text.replace("\r\n", "\n"), Normalizer.Form.NFC);
        return new YamlReader(file, nfc, diagnostics).parseDocument();
    }

    private YamlNode parseDocument() {
        try (JsonParser p = FACTORY.createParser(source)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                diagnostics.add(Diagnostic.error("E-YAML-EMPTY", SourcePos.of(file)));
                return null;
            }
            return node(p, t);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            SourcePos pos = loc == null ? SourcePos.of(file) : new SourcePos(file, loc.getLineNr(), loc.getColumnNr());
            diagnostics.add(Diagnostic.error("E-YAML-SYNTAX", pos, firstLine(e.getOriginalMessage())));
            return null;
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("E-FILE-UNREADABLE", SourcePos.of(file), file, e.getMessage()));
            return null;
        }
    }

    private YamlNode node(JsonParser p, JsonToken t) throws IOException {
        SourcePos pos = here(p);
        boolean flow = (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && charAt(pos) == (t == JsonToken.START_OBJECT ? '{' : '[');
        switch (t) {
            case START_OBJECT -> {
                LinkedHashMap<String, YamlNode.Mapping.Entry> entries = new LinkedHashMap<>();
                YamlNode last = null;
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String key = p.currentName();
                    SourcePos keyPos = here(p);
                    YamlNode value = node(p, p.nextToken());
                    YamlNode.Mapping.Entry previous = entries.get(key);
                    if (previous != null) {
                        diagnostics.add(Diagnostic.error("E-YAML-DUPLICATE-KEY", keyPos, key, previous.keyPos().line())
                                .withFix(flow ? null : removeLines(keyPos, value, key)));
                        continue;
                    }
                    entries.put(key, new YamlNode.Mapping.Entry(key, keyPos, value));
                    last = value;
                }
                return new YamlNode.Mapping(entries, flow, pos, end(p, flow, last, pos));
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                for (JsonToken i = p.nextToken(); i != JsonToken.END_ARRAY; i = p.nextToken()) {
                    items.add(node(p, i));
                }
                return new YamlNode.Sequence(List.copyOf(items), flow, pos, end(p, flow, items.isEmpty() ? null : items.get(items.size() - 1), pos));
            }
            case VALUE_NUMBER_INT -> { return scalar(p, YamlNode.Scalar.Kind.INTEGER, pos); }
            case VALUE_NUMBER_FLOAT -> { return scalar(p, YamlNode.Scalar.Kind.DECIMAL, pos); }
            case VALUE_TRUE, VALUE_FALSE -> { return scalar(p, YamlNode.Scalar.Kind.BOOLEAN, pos); }
            case VALUE_NULL -> { return new YamlNode.Scalar("", YamlNode.Scalar.Kind.NULL, false, "", pos, pos); }
            default -> { return scalar(p, YamlNode.Scalar.Kind.STRING, pos); }
        }
    }

    private YamlNode.Scalar scalar(JsonParser p, YamlNode.Scalar.Kind kind, SourcePos pos) throws IOException {
        JsonLocation end = p.currentLocation();
        int from = (int) p.currentTokenLocation().getCharOffset(), to = (int) end.getCharOffset();
        String raw = from >= 0 && to >= from && to <= source.length() ? source.substring(from, to) : p.getText();
        return new YamlNode.Scalar(p.getText(), kind, startsWithQuote(pos), raw, pos, new SourcePos(file, end.getLineNr(), end.getColumnNr()));
    }

    /**
     * A flow collection ends at its closing bracket; the parser places a block one's end at
     * whatever follows it, so it ends where its last part does.
     */
    private SourcePos end(JsonParser p, boolean flow, YamlNode last, SourcePos start) {
        if (flow) {
            JsonLocation end = p.currentLocation();
            return new SourcePos(file, end.getLineNr(), end.getColumnNr());
        }
        return last == null ? start : last.end();
    }

    /**
     * The fix that removes a key and its value, written on lines of their own (the first of
     * two keys is the one read, so removing the second changes nothing); null when they
     * share a line with something else.
     */
    private vn.rubric.dsl.diag.Fix removeLines(SourcePos keyPos, YamlNode value, String key) {
        String first = lines[keyPos.line() - 1];
        if (!first.substring(0, Math.min(first.length(), keyPos.column() - 1)).isBlank()) return null;
        SourcePos end = value.end();
        boolean blockScalar = end.column() == 1 && end.line() > keyPos.line();
        int to = blockScalar ? end.line() - 1 : end.line();
        if (to > lines.length) return null;
        String rest = blockScalar ? "" : lines[to - 1].substring(Math.min(lines[to - 1].length(), end.column() - 1));
        if (!rest.isBlank() && !rest.strip().startsWith("#")) return null;
        StringBuilder text = new StringBuilder();
        for (int l = keyPos.line(); l <= to; l++) text.append(lines[l - 1]).append('\n');
        return vn.rubric.dsl.diag.Fix.of("remove-duplicate-key",
                List.of(vn.rubric.dsl.diag.Edit.delete(new SourcePos(file, keyPos.line(), 1), text.toString())), key, keyPos.line());
    }

    private char charAt(SourcePos pos) {
        if (pos.line() < 1 || pos.line() > lines.length || pos.column() < 1) return 0;
        String line = lines[pos.line() - 1];
        return pos.column() > line.length() ? 0 : line.charAt(pos.column() - 1);
    }

    private boolean startsWithQuote(SourcePos pos) {
        char c = charAt(pos);
        return c == '"' || c == '\'';
    }

    private SourcePos here(JsonParser p) {
        JsonLocation loc = p.currentTokenLocation();
        return new SourcePos(file, loc.getLineNr(), loc.getColumnNr());
    }

    private static String firstLine(String message) {
        if (message == null) return "";
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).trim();
    }
}
