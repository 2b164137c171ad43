package vn.rubric.dsl.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.diag.Word;

/**
 * Reads YAML into {@link YamlNode}s with positions, using Jackson's streaming parser.
 * Text is normalized to NFC so that a title typed with combining accents compares equal
 * to one typed precomposed. A file holds one document: a second one (after "---") would
 * be silently ignored, so it is an error at its line. Aliases ({@code *name}) are refused:
 * the parser gives their name, not the value they stand for. Sizes and nesting are bounded
 * by the {@link InputLimit} of the kind of file read.
 */
public final class YamlReader {

    /**
     * One parser factory per kind of input. The YAML library's own cap on a document (3 MB
     * of text) is lifted to the kind's limit, which is checked before parsing.
     */
    private static final Map<InputLimit, YAMLFactory> FACTORIES = factories();

    private final Path file;
    private final String source;
    private final String[] lines;
    private final InputLimit limit;
    private final Diagnostics diagnostics;

    private YamlReader(Path file, String source, InputLimit limit, Diagnostics diagnostics) {
        this.file = file;
        this.source = source;
        this.lines = source.split("\n", -1);
        this.limit = limit;
        this.diagnostics = diagnostics;
    }

    private static Map<InputLimit, YAMLFactory> factories() {
        Map<InputLimit, YAMLFactory> out = new EnumMap<>(InputLimit.class);
        for (InputLimit l : InputLimit.values()) out.put(l, factory(Integer.MAX_VALUE));
        return java.util.Collections.unmodifiableMap(out);
    }

    /** A factory whose parser takes documents of up to {@code codePoints} characters. */
    public static YAMLFactory factory(int codePoints) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(codePoints);
        return YAMLFactory.builder().loaderOptions(options).build();
    }

    /**
     * Reads a file of the given kind; a missing, unreadable or too large file, text that is
     * not UTF-8, or malformed YAML becomes a diagnostic and null.
     */
    public static YamlNode read(Path file, InputLimit limit, Diagnostics diagnostics) {
        String text = InputText.read(file, limit, diagnostics);
        return text == null ? null : parse(file, text, limit, diagnostics);
    }

    /** Parses a rubric's text (an editor's buffer). */
    public static YamlNode parse(Path file, String text, Diagnostics diagnostics) {
        return parse(file, text, InputLimit.RUBRIC, diagnostics);
    }

    public static YamlNode parse(Path file, String text, InputLimit limit, Diagnostics diagnostics) {
        String nfc = Normalizer.normalize(text.replace("\r\n", "\n"), Normalizer.Form.NFC);
        if (nfc.startsWith("\uFEFF")) nfc = nfc.substring(1);
        return new YamlReader(file, nfc, limit, diagnostics).parseDocument();
    }

    /**
     * The longest line read. The YAML parser slows to about a megabyte in two seconds on one
     * long line, while no rubric or test needs a line of more than a few thousand characters.
     */
    public static final int MAX_LINE = 65_536;

    private YamlNode parseDocument() {
        if (!linesFit(file, source, diagnostics)) return null;
        try (JsonParser p = FACTORIES.get(limit).createParser(source)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                diagnostics.add(Diagnostic.error("E-YAML-EMPTY", SourcePos.of(file)));
                return null;
            }
            YamlNode root = node(p, t, 1);
            if (root == null) return null;
            JsonToken more = p.nextToken();
            if (more != null) {
                diagnostics.add(Diagnostic.error("E-YAML-MORE-DOCUMENTS", here(p), separatorLine(here(p).line())));
                return null;
            }
            return root;
        } catch (JsonProcessingException e) {
            diagnostics.add(syntaxError(file, e));
            return null;
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("E-FILE-UNREADABLE", SourcePos.of(file), file, e.getMessage()));
            return null;
        }
    }

    /** False, with the first line over {@link #MAX_LINE} characters reported, when {@code text} has one. */
    public static boolean linesFit(Path file, String text, Diagnostics diagnostics) {
        int line = 1;
        for (int start = 0; start <= text.length(); line++) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            if (end - start > MAX_LINE) {
                diagnostics.add(Diagnostic.error("E-INPUT-LINE-TOO-LONG", new SourcePos(file, line, MAX_LINE + 1), end - start, MAX_LINE));
                return false;
            }
            if (nl < 0) break;
            start = nl + 1;
        }
        return true;
    }

    /** The line of the "---" (or "...") that ended the document before line {@code next}. */
    private int separatorLine(int next) {
        for (int l = Math.min(next, lines.length); l >= 1; l--) {
            if (lines[l - 1].startsWith("---") || lines[l - 1].startsWith("...")) return l;
        }
        return next;
    }

    /**
     * A parser's failure, at its line and column, in the user's language: the parser's own
     * text is matched to the mistakes drafters make, and never shown.
     */
    public static Diagnostic syntaxError(Path file, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        SourcePos pos = loc == null || loc.getLineNr() <= 0 ? SourcePos.of(file) : new SourcePos(file, loc.getLineNr(), Math.max(loc.getColumnNr(), 0));
        if (e instanceof StreamConstraintsException) return Diagnostic.error("E-INPUT-CONSTRAINT", pos);
        String message = e.getOriginalMessage();
        if (!(e instanceof MarkedYAMLException)) return Diagnostic.error("E-YAML-SYNTAX", pos, Word.of("yaml-problem." + jsonProblem(message)));
        // the YAML parser's own mark is where the mistake is; the location Jackson gives is where its last token began
        if (e instanceof MarkedYAMLException m && m.getProblemMark() != null) {
            message = m.getContext() + " " + m.getProblem();
            // a quote left open is shown where it was opened, not at the end of the file; so is a
            // brace or bracket the parser finds unclosed a few lines on (at the next key), while in
            // a long list written across many lines the mistake is where the parser stopped
            var context = m.getContextMark();
            String kind = problem(message);
            boolean atOpening = context != null && (kind.equals("quote")
                    || kind.equals("flow") && m.getProblemMark().getLine() - context.getLine() <= 5);
            var mark = atOpening ? context : m.getProblemMark();
            pos = new SourcePos(file, mark.getLine() + 1, mark.getColumn() + 1);
        }
        return Diagnostic.error("E-YAML-SYNTAX", pos, Word.of("yaml-problem." + problem(message)));
    }

    /** The kind of mistake a parser's message describes (the key of its words in the bundles). */
    static String problem(String message) {
        String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (m.contains("mapping values are not allowed")) return "colon";
        if (m.contains("\\t")) return "tab";
        if (m.contains("end of stream") && m.contains("quoted")) return "quote";
        if (m.contains("could not find expected ':'")) return "no-colon";
        if (m.contains("flow")) return "flow";
        if (m.contains("block end") || m.contains("expected key") || m.contains("block mapping") || m.contains("block collection")) return "indent";
        if (m.contains("escape")) return "escape";
        if (m.contains("special characters") || m.contains("control")) return "control";
        if (m.contains("cannot start any token")) return "reserved";
        if (m.contains("alias") || m.contains("anchor")) return "alias";
        return "other";
    }

    /** The kind of mistake a JSON parser's message describes: a value cut short, a character where none may be. */
    static String jsonProblem(String message) {
        String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (m.contains("end-of-input") || m.contains("end of input")) return "cut-short";
        if (m.contains("ctrl-char") || m.contains("control character")) return "control";
        if (m.contains("unrecognized token") || m.contains("unexpected character") || m.contains("illegal") || m.contains("trailing token")) return "json-character";
        return "other";
    }

    private YamlNode node(JsonParser p, JsonToken t, int depth) throws IOException {
        SourcePos pos = here(p);
        if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && depth > limit.depth()) {
            diagnostics.add(Diagnostic.error("E-INPUT-TOO-DEEP", pos, limit.depth()));
            return null;
        }
        if (p instanceof YAMLParser y && y.isCurrentAlias()) {
            diagnostics.add(Diagnostic.error("E-YAML-ALIAS", pos, p.getText()));
            return null;
        }
        boolean flow = (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && charAt(pos) == (t == JsonToken.START_OBJECT ? '{' : '[');
        switch (t) {
            case START_OBJECT -> {
                LinkedHashMap<String, YamlNode.Mapping.Entry> entries = new LinkedHashMap<>();
                YamlNode last = null;
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String key = p.currentName();
                    SourcePos keyPos = here(p);
                    YamlNode value = node(p, p.nextToken(), depth + 1);
                    if (value == null) return null;
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
                    YamlNode item = node(p, i, depth + 1);
                    if (item == null) return null;
                    items.add(item);
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
}
