package vn.rubric.rules.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A generated DRL file cut in two: what the rules stand on (its package, imports, declared
 * types and functions: the prelude, comments left out) and its rules, by name, each with its
 * text. Two builds of a pack whose preludes are the same differ only in some rules, which a
 * rule base can then change in place ({@link LiveRules}). The cut relies on the generator's
 * layout: a rule starts at a line {@code rule "…"} and ends at a line {@code end}, both at
 * the start of the line; hand-written files are never cut.
 */
record DrlParts(String prelude, List<String> declaredTypes, List<String> functions, Map<String, String> rules) {

    static DrlParts of(String drl) {
        StringBuilder prelude = new StringBuilder();
        List<String> types = new ArrayList<>(), functions = new ArrayList<>();
        Map<String, String> rules = new LinkedHashMap<>();
        String name = null;
        StringBuilder rule = null;
        for (String line : drl.split("\n", -1)) {
            if (rule == null && line.startsWith("rule \"")) {
                name = line.substring("rule \"".length(), line.lastIndexOf('"'));
                rule = new StringBuilder();
            }
            if (rule != null) {
                rule.append(line).append('\n');
                if (line.equals("end")) {
                    rules.put(name, rule.toString());
                    rule = null;
                }
                continue;
            }
            if (line.isBlank() || line.startsWith("//")) continue;
            prelude.append(line).append('\n');
            if (line.startsWith("declare ")) types.add(line.substring("declare ".length()).strip());
            if (line.startsWith("function ")) {
                String head = line.substring(0, line.indexOf('(')).strip();
                functions.add(head.substring(head.lastIndexOf(' ') + 1));
            }
        }
        return new DrlParts(prelude.toString(), List.copyOf(types), List.copyOf(functions), rules);
    }

    /** The lines a DRL file of another package needs to use this one's types and functions. */
    static String imports(String packageName, List<DrlParts> parts) {
        StringBuilder out = new StringBuilder();
        for (DrlParts p : parts) {
            for (String line : p.prelude().split("\n")) {
                if (line.startsWith("import ") || line.startsWith("global ")) out.append(line).append('\n');
            }
            for (String type : p.declaredTypes()) out.append("import ").append(packageName).append('.').append(type).append(";\n");
            // Drools compiles a DRL function f into the class F of its package
            for (String f : p.functions()) {
                out.append("import function ").append(packageName).append('.')
                        .append(Character.toUpperCase(f.charAt(0))).append(f.substring(1)).append('.').append(f).append(";\n");
            }
        }
        return out.toString();
    }
}
