package vn.rubric.dsl.source;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Writes a {@link YamlNode} tree as YAML text that reads back as the same tree (positions
 * aside): text always in quotes, numbers and booleans as written. Comments are not kept.
 */
public final class YamlWriter {

    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            // a title stays on one line, as a drafter would write it
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    private YamlWriter() {}

    public static String write(YamlNode node) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(g, node);
        } catch (IOException e) {
            throw new UncheckedIOException("writing YAML to memory", e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, YamlNode node) throws IOException {
        if (node instanceof YamlNode.Mapping m) {
            g.writeStartObject();
            for (YamlNode.Mapping.Entry e : m.entries().values()) {
                g.writeFieldName(e.key());
                write(g, e.value());
            }
            g.writeEndObject();
        } else if (node instanceof YamlNode.Sequence s) {
            g.writeStartArray();
            for (YamlNode item : s.items()) write(g, item);
            g.writeEndArray();
        } else {
            YamlNode.Scalar s = (YamlNode.Scalar) node;
            switch (s.kind()) {
                case NULL -> g.writeNull();
                case BOOLEAN -> g.writeBoolean(s.booleanValue());
                // as written, so 0.25 stays 0.25; .inf and the like are not numbers here and stay text
                case INTEGER, DECIMAL -> {
                    if (s.isNumber()) g.writeNumber(s.text());
                    else g.writeString(s.text());
                }
                default -> g.writeString(s.text());
            }
        }
    }
}
