package vn.rubric.workbench.exporters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.rubric.dsl.compile.DrlCompiler;
import vn.rubric.dsl.expr.ExpressionFunction;
import vn.rubric.dsl.expr.ValueType;

/**
 * The functions of plugins that a pack's generated DRL declares (after
 * {@link DrlCompiler#PLUGIN_FUNCTIONS_HEADER}), read back as the rubric language's functions:
 * the pack carries their code, so verify-pack can load its rubric and run its tests as a
 * system with Drools alone would, when the plugin is not installed here. A declaration whose
 * types are not the language's (number, boolean, text) is left out.
 */
final class PackFunctions {

    private static final Pattern DECLARATION = Pattern.compile("(?m)^\\s*function\\s+([\\w.]+)\\s+(\\w+)\\s*\\(([^)]*)\\)");

    private PackFunctions() {}

    static Map<String, ExpressionFunction> read(String generatedDrl) {
        Map<String, ExpressionFunction> out = new LinkedHashMap<>();
        int at = generatedDrl.indexOf(DrlCompiler.PLUGIN_FUNCTIONS_HEADER);
        if (at < 0) return out;
        String section = generatedDrl.substring(at + DrlCompiler.PLUGIN_FUNCTIONS_HEADER.length());
        Matcher m = DECLARATION.matcher(section);
        int from = 0;
        while (m.find(from)) {
            int end = bodyEnd(section, m.end());
            if (end < 0) break;
            from = end;
            ValueType returns = type(m.group(1));
            List<ValueType> parameters = new ArrayList<>();
            boolean typed = returns != null;
            for (String p : m.group(3).isBlank() ? new String[0] : m.group(3).split(",")) {
                ValueType t = type(p.strip().split("\\s+")[0]);
                typed &= t != null;
                parameters.add(t);
            }
            if (!typed) continue;
            try {
                out.put(m.group(2), new ExpressionFunction(m.group(2), parameters, returns, section.substring(m.start(), end).strip()));
            } catch (IllegalArgumentException notALanguageFunction) {
                // a name the language cannot call (a built-in's, a Java word): not one a rubric used
            }
        }
        return out;
    }

    /** Just past the brace that closes the body opened after {@code from}; string and character literals are passed over. -1 when it never closes. */
    private static int bodyEnd(String text, int from) {
        int open = text.indexOf('{', from);
        if (open < 0) return -1;
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                for (i++; i < text.length() && text.charAt(i) != c; i++) if (text.charAt(i) == '\\') i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The language's type of a DRL (Java) type: the mapping ExpressionFunction documents. */
    private static ValueType type(String java) {
        return switch (java) {
            case "double", "Double", "java.lang.Double" -> ValueType.NUMBER;
            case "boolean", "Boolean", "java.lang.Boolean" -> ValueType.BOOLEAN;
            case "String", "java.lang.String" -> ValueType.TEXT;
            default -> null;
        };
    }
}
