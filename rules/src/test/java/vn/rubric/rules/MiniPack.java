package vn.rubric.rules;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.rules.pack.PackLoader;
import vn.rubric.dsl.score.Unit;

/** The test pack in src/test/resources/mini-pack, and an independent statement of what it should give. */
final class MiniPack {

    static final String[] HOT_SPOTS = {"none", "handled", "unhandled"};

    private MiniPack() {}

    static Path folder() {
        try {
            return Path.of(MiniPack.class.getResource("/mini-pack/rubric.yaml").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static RuleBase build() {
        PackLoader.Result loaded = PackLoader.load(folder());
        if (!loaded.ok() || loaded.diagnostics().hasErrors()) throw new AssertionError(loaded.diagnostics().all());
        RuleBase.Result built = RuleBase.build(loaded.pack());
        if (built.ruleBase() == null) throw new AssertionError(built.diagnostics().all());
        return built.ruleBase();
    }

    /** Unit i of a deterministic population that walks every tier and many shares. */
    static Unit unit(int i) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("hot_spot", HOT_SPOTS[i % 3]);
        e.put("office", (i % 21) / 20.0);
        e.put("dialogues", i % 4);
        e.put("cancelled", i % 6);
        e.put("model_recognized", i % 5 == 0);
        return new Unit("u" + i, "Đơn vị " + i, e, null);
    }

    /** The same sheet by hand: the expected total of unit i. */
    static double expectedTotal(int i) {
        Unit u = unit(i);
        double hot = switch ((String) u.evidence().get("hot_spot")) { case "none" -> 6; case "handled" -> 3; default -> 0; };
        double office = Math.floor((Double) u.evidence().get("office") * 4 / 0.25 + 0.5 + 1e-9) * 0.25;
        double dialogue = Math.min((Integer) u.evidence().get("dialogues"), 2);
        double bonus = (Boolean) u.evidence().get("model_recognized") ? 1 : 0;
        double deduction = Math.min(2, Math.min(2, (Integer) u.evidence().get("cancelled") * 0.5));
        return hot + office + dialogue + bonus - deduction;
    }

    static String expectedClass(int i) {
        double t = expectedTotal(i);
        boolean barred = unit(i).evidence().get("hot_spot").equals("unhandled");
        if (t >= 7 && !barred) return "Xuất sắc";
        return t >= 5 ? "Khá" : "Yếu";
    }
}
