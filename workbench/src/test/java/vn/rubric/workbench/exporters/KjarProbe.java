package vn.rubric.workbench.exporters;

import java.io.File;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieModule;
import org.kie.api.definition.type.FactType;
import org.kie.api.runtime.KieSession;

/**
 * A consumer with Drools alone, run in a JVM of its own by {@link KjarCharsetTest}: loads a
 * KJAR from its file, scores one unit given as {@code field=value} arguments (typed by the
 * fact's field types) and prints its class and each bar's reason, one a line, as ASCII
 * ({@code \}{@code uXXXX} for the rest) so the parent reads them whatever this JVM's charset.
 */
public final class KjarProbe {

    public static void main(String[] args) throws Exception {
        KieServices ks = KieServices.Factory.get();
        KieModule module = ks.getRepository().addKieModule(ks.getResources().newFileSystemResource(new File(args[0])));
        KieBase kb = ks.newKieContainer(module.getReleaseId()).getKieBase("rubric");
        String pkg = args[1];
        FactType unitType = kb.getFactType(pkg, "Unit"), totalType = kb.getFactType(pkg, "Total"), barType = kb.getFactType(pkg, "Bar");
        Object unit = unitType.newInstance();
        for (String arg : List.of(args).subList(2, args.length)) {
            String field = arg.substring(0, arg.indexOf('=')), text = arg.substring(arg.indexOf('=') + 1);
            Class<?> type = unitType.getField(field).getType();
            Object value = type == double.class || type == Double.class ? Double.valueOf(text)
                    : type == int.class || type == Integer.class ? Integer.valueOf(text)
                    : type == boolean.class || type == Boolean.class ? Boolean.valueOf(text) : text;
            unitType.set(unit, field, value);
        }
        KieSession session = kb.newKieSession();
        try {
            session.insert(unit);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        Object total = unitType.get(unit, "total");
        System.out.println("class " + ascii((String) totalType.get(total, "ratingClass")));
        List<?> bars = (List<?>) totalType.get(total, "barredFrom");
        if (bars != null) for (Object b : bars) System.out.println("bar " + ascii((String) barType.get(b, "reason")));
        System.out.println("charset " + java.nio.charset.Charset.defaultCharset());
    }

    private static String ascii(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) b.append(c < 0x80 ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        return b.toString();
    }
}
