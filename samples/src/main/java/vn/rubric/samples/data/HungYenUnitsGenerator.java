package vn.rubric.samples.data;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.model.EvidenceField;
import vn.rubric.dsl.model.FieldType;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.rules.pack.PackLoader;
import vn.rubric.dsl.score.ScoreSheet;
import vn.rubric.rules.score.Scorer;
import vn.rubric.dsl.score.Unit;
import vn.rubric.dsl.score.UnitKind;

/**
 * Makes SYNTHETIC unit data for Hưng Yên under Quyết định 02/2020/QĐ-UBND: a year's worth of
 * units (the {@link HungYenRoster}), their evidence, the SIPAS satisfaction percentage a
 * revised regulation would score, and recorded self-scores and appraised scores and classes.
 *
 * <p>Evidence has plausible spreads: most units near the top (shares mostly 0.9-1), about 8%
 * with a discipline case, hot-spots in about 3% (more in communes; a third of them not
 * handled), a few conduct violations. The appraised score and class are what the real pack's
 * rules give, except for about one unit in 25, where the appraisal team saw the evidence
 * differently (overlooked a reproof, a hot-spot or a late follow-up, or judged an item a step
 * apart) and the recorded result is the rules' result on that view. Self-scores are usually
 * a little above the appraised score.
 *
 * <p>Everything comes from one {@link Random} with a fixed seed, in a fixed order, so the
 * same count and seed give the same file byte for byte ({@code samples/data/} holds the
 * 250-unit sample; a test regenerates and compares it).
 *
 * <p>Run: {@code java -cp … vn.rubric.samples.data.HungYenUnitsGenerator PACK OUT.csv [COUNT [SEED]]}.
 */
public final class HungYenUnitsGenerator {

    /** The seed of the committed sample. */
    public static final long SEED = 20240101L;
    /** The year of the evidence: the last full year Quyết định 02/2020 was in force (until 2025-02-14). */
    public static final int YEAR = 2024;
    /** The column a revised regulation scores SIPAS (item 3.8) from; 02/2020 does not read it. */
    public static final String SIPAS_PCT = "sipas_satisfaction_pct";

    /** A unit of the sample: who it is, its evidence (the rubric's fields and {@link #SIPAS_PCT}) and what was recorded. */
    public record SyntheticUnit(String id, String name, UnitKind kind, String parent, int year,
                                Map<String, Object> evidence, double selfScore, double appraisedScore, String appraisedClass) {}

    /** How well a unit works, which sets how its evidence is drawn. */
    private enum Standing {
        // share of units; share values with their weights; chance a fact goes wrong; SIPAS centre and spread
        STRONG(0.45, new double[] {1, 0.95, 0.9, 0.8}, new double[] {88, 7, 4, 1}, 0.03, 93, 4),
        GOOD(0.32, new double[] {1, 0.95, 0.9, 0.85, 0.8, 0.75}, new double[] {40, 15, 20, 10, 9, 6}, 0.08, 89, 5),
        FAIR(0.16, new double[] {1, 0.9, 0.8, 0.75, 0.7, 0.6}, new double[] {25, 20, 20, 15, 10, 10}, 0.20, 83, 7),
        WEAK(0.06, new double[] {0.9, 0.8, 0.7, 0.6, 0.5, 0.4}, new double[] {15, 20, 20, 20, 15, 10}, 0.35, 76, 8),
        FAILING(0.01, new double[] {0.6, 0.5, 0.4, 0.3}, new double[] {25, 25, 25, 25}, 0.60, 62, 10);

        final double share;
        final double[] values;
        final double[] weights;
        final double lapse;
        final double sipasCentre;
        final double sipasSpread;

        Standing(double share, double[] values, double[] weights, double lapse, double sipasCentre, double sipasSpread) {
            this.share = share;
            this.values = values;
            this.weights = weights;
            this.lapse = lapse;
            this.sipasCentre = sipasCentre;
            this.sipasSpread = sipasSpread;
        }
    }

    /** One unit in 25 has an appraised result the rules would not give. */
    private static final int UNITS_PER_APPRAISAL_GAP = 25;

    private final RuleBase ruleBase;
    private final Rubric rubric;

    /** {@code ruleBase}: the Hưng Yên 02/2020 pack, built; its rules give the appraised results. */
    public HungYenUnitsGenerator(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
        this.rubric = ruleBase.pack().rubric();
        for (String f : List.of("dialogue_held", "dialogue_followup_timely", "hot_spot", "discipline", "democracy_rules_issued", "conduct_violation", "a_3_8_sipas")) {
            if (!rubric.evidence().containsKey(f)) throw new IllegalArgumentException("not the Hưng Yên 02/2020 rubric: no evidence field " + f);
        }
    }

    /** The committed sample: one province, {@link #SEED}. */
    public List<SyntheticUnit> sample() {
        return generate(HungYenRoster.SIZE, SEED);
    }

    /**
     * {@code count} units: the province's roster again and again (ids and names of the second
     * copy end in "-2" and " (2)" …), each unit's evidence drawn afresh.
     */
    public List<SyntheticUnit> generate(int count, long seed) {
        Random random = new Random(seed);
        List<HungYenRoster.Member> members = new ArrayList<>(count);
        for (int copy = 1; members.size() < count; copy++) {
            List<HungYenRoster.Member> roster = HungYenRoster.members(copy, random);
            members.addAll(roster.subList(0, Math.min(roster.size(), count - members.size())));
        }
        List<Map<String, Object>> evidence = new ArrayList<>(count);
        for (HungYenRoster.Member m : members) evidence.add(evidence(m, random));
        List<ScoreSheet> byRules = score(members, evidence);
        Set<Integer> gaps = appraisalGaps(count, random);
        List<SyntheticUnit> units = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            HungYenRoster.Member m = members.get(i);
            ScoreSheet appraised = gaps.contains(i) ? appraisedDifferently(m, evidence.get(i), byRules.get(i), random) : byRules.get(i);
            double self = selfScore(appraised.total(), random);
            units.add(new SyntheticUnit(m.id(), m.name(), m.kind(), m.parent(), YEAR, evidence.get(i), self, appraised.total(), appraised.ratingClass()));
        }
        return units;
    }

    private Map<String, Object> evidence(HungYenRoster.Member m, Random random) {
        Standing standing = standing(random);
        double sipasPct = Math.round(10 * Math.max(40, Math.min(99.8, standing.sipasCentre + standing.sipasSpread * (random.nextDouble() + random.nextDouble() - 1)))) / 10.0;
        Map<String, Object> e = new LinkedHashMap<>();
        for (EvidenceField f : rubric.evidence().values()) {
            Object value = switch (f.name()) {
                case "dialogue_held" -> random.nextDouble() >= standing.lapse / 3;
                case "dialogue_followup_timely" -> random.nextDouble() >= standing.lapse;
                case "hot_spot" -> hotSpot(m.kind(), random);
                case "discipline" -> pick(random, new String[] {"none", "reproved", "disciplined"}, new double[] {92, 3.5, 4.5});
                case "democracy_rules_issued" -> random.nextDouble() >= standing.lapse / 6;
                case "conduct_violation" -> pick(random, new String[] {"none", "handled", "unhandled"}, new double[] {96.5, 2.5, 1});
                case "a_3_8_sipas" -> sipasShare(sipasPct);
                default -> {
                    if (f.type() != FieldType.SHARE) throw new IllegalArgumentException("no way to draw evidence field " + f.name());
                    yield pick(random, standing.values, standing.weights);
                }
            };
            e.put(f.name(), value);
            if (f.name().equals("a_3_8_sipas")) e.put(SIPAS_PCT, sipasPct);
        }
        return e;
    }

    private static Standing standing(Random random) {
        double r = random.nextDouble();
        for (Standing s : Standing.values()) {
            if (r < s.share) return s;
            r -= s.share;
        }
        return Standing.STRONG;
    }

    /** Hot-spots happen where people live: communes and districts far more than offices. */
    private static String hotSpot(UnitKind kind, Random random) {
        double chance = switch (kind) {
            case COMMUNE -> 0.05;
            case DISTRICT -> 0.08;
            default -> 0.01;
        };
        if (random.nextDouble() >= chance) return "none";
        return random.nextDouble() < 0.35 ? "unhandled" : "handled";
    }

    /** The appraisal team's share for item 3.8, read off the satisfaction survey. */
    private static double sipasShare(double pct) {
        if (pct >= 90) return 1;
        if (pct >= 85) return 0.9;
        if (pct >= 80) return 0.8;
        if (pct >= 70) return 0.7;
        return pct >= 60 ? 0.5 : 0.3;
    }

    private static <T> T pick(Random random, T[] values, double[] weights) {
        double total = 0;
        for (double w : weights) total += w;
        double r = random.nextDouble() * total;
        for (int i = 0; i < values.length; i++) {
            if (r < weights[i]) return values[i];
            r -= weights[i];
        }
        return values[values.length - 1];
    }

    private static Double pick(Random random, double[] values, double[] weights) {
        Double[] boxed = new Double[values.length];
        for (int i = 0; i < values.length; i++) boxed[i] = values[i];
        return pick(random, boxed, weights);
    }

    private List<ScoreSheet> score(List<HungYenRoster.Member> members, List<Map<String, Object>> evidence) {
        List<Unit> units = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) units.add(unit(members.get(i), evidence.get(i)));
        Scorer.Result result = new Scorer(ruleBase).score(units);
        if (result.problems().hasErrors() || result.sheets().size() != units.size()) {
            throw new IllegalStateException("the pack did not score every generated unit: " + result.problems().all());
        }
        return result.sheets();
    }

    /** The unit as the rules see it: the rubric's fields only. */
    private Unit unit(HungYenRoster.Member m, Map<String, Object> evidence) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String f : rubric.evidence().keySet()) fields.put(f, evidence.get(f));
        return new Unit(m.id(), m.name(), fields, null);
    }

    private static Set<Integer> appraisalGaps(int count, Random random) {
        Set<Integer> gaps = new HashSet<>();
        int wanted = Math.max(1, count / UNITS_PER_APPRAISAL_GAP);
        while (gaps.size() < wanted) gaps.add(random.nextInt(count));
        return gaps;
    }

    /**
     * What an appraisal team that saw the evidence differently would have recorded: the rules'
     * result on its view, which differs from the rules' result on the evidence.
     */
    private ScoreSheet appraisedDifferently(HungYenRoster.Member m, Map<String, Object> evidence, ScoreSheet byRules, Random random) {
        List<String> shares = rubric.evidence().values().stream().filter(f -> f.type() == FieldType.SHARE).map(EvidenceField::name).toList();
        for (int attempt = 0; attempt < 1000; attempt++) {
            Map<String, Object> seen = new LinkedHashMap<>(evidence);
            if (attempt == 0 && !"none".equals(evidence.get("discipline"))) {
                seen.put("discipline", "none"); // the reproof or reprimand was not in the file the team read
            } else if (attempt == 0 && !"none".equals(evidence.get("hot_spot"))) {
                seen.put("hot_spot", "none");
            } else if (attempt == 0 && Boolean.FALSE.equals(evidence.get("dialogue_followup_timely"))) {
                seen.put("dialogue_followup_timely", true);
            } else {
                // one item judged a step (0.1 or 0.2 of its points) apart, either way
                String field = shares.get(random.nextInt(shares.size()));
                double step = random.nextBoolean() ? 0.1 : 0.2;
                double share = (double) evidence.get(field);
                double moved = share >= 1 || random.nextBoolean() ? share - step : Math.min(1, share + step);
                seen.put(field, Math.round(moved * 100) / 100.0);
            }
            ScoreSheet sheet = score(List.of(m), List.of(seen)).get(0);
            if (sheet.total() != byRules.total()) return sheet;
        }
        throw new IllegalStateException("no appraisal view of " + m.id() + " changes its total");
    }

    /** Units score themselves a little above what the team finds, now and then the same or a little below. */
    private static double selfScore(double appraised, Random random) {
        double r = random.nextDouble();
        double delta = r < 0.70 ? 0.25 * (1 + random.nextInt(12)) : r < 0.90 ? 0 : -0.25 * (1 + random.nextInt(4));
        return Math.max(0, Math.min(100, appraised + delta));
    }

    /** The units as CSV: RFC 4180, UTF-8 without BOM, LF line ends; profile columns, then the evidence in the rubric's order. */
    public String csv(List<SyntheticUnit> units) {
        List<String> evidenceColumns = new ArrayList<>();
        for (String f : rubric.evidence().keySet()) {
            evidenceColumns.add(f);
            if (f.equals("a_3_8_sipas")) evidenceColumns.add(SIPAS_PCT);
        }
        StringBuilder sb = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("unit_id", "unit_name", "unit_kind", "parent_id", "year", "self_score", "appraised_score", "appraised_class"));
        header.addAll(evidenceColumns);
        line(sb, header);
        for (SyntheticUnit u : units) {
            List<String> cells = new ArrayList<>(List.of(u.id(), u.name(), u.kind().key, u.parent(), String.valueOf(u.year()),
                    number(u.selfScore()), number(u.appraisedScore()), u.appraisedClass()));
            for (String c : evidenceColumns) {
                Object v = u.evidence().get(c);
                cells.add(v instanceof Double d ? number(d) : String.valueOf(v));
            }
            line(sb, cells);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) sb.append(',');
            String c = cells.get(i);
            boolean quote = c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0;
            sb.append(quote ? '"' + c.replace("\"", "\"\"") + '"' : c);
        }
        sb.append('\n');
    }

    /** 1, 0.95, 94.25: as a drafter writes them. */
    private static String number(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** Writes {@code count} units made with {@code seed} to {@code out}, whole or not at all. */
    public void write(Path out, int count, long seed) throws IOException {
        String text = csv(generate(count, seed));
        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** {@code PACK OUT.csv [COUNT [SEED]]}: the 02/2020 pack folder, the file to write, how many units (250), the seed. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: HungYenUnitsGenerator PACK OUT.csv [COUNT [SEED]]");
            System.exit(2);
        }
        PackLoader.Result loaded = PackLoader.load(Path.of(args[0]));
        if (!loaded.ok()) throw new IllegalArgumentException("the pack does not load: " + loaded.diagnostics().all().stream().map(Diagnostic::code).toList());
        RuleBase.Result built = RuleBase.build(loaded.pack());
        if (built.ruleBase() == null) throw new IllegalArgumentException("the pack's rules do not build: " + built.diagnostics().all());
        int count = args.length > 2 ? Integer.parseInt(args[2]) : HungYenRoster.SIZE;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : SEED;
        new HungYenUnitsGenerator(built.ruleBase()).write(Path.of(args[1]), count, seed);
    }
}
