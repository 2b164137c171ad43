package vn.rubric.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.rubric.dsl.model.EvidenceField;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.source.SourcePos;
import vn.rubric.dsl.score.Unit;

/**
 * Makes any number of units for a rubric, deterministically (a seeded {@link Random}),
 * from its evidence schema alone: enumerations uniformly, booleans true about 80% of the
 * time, counts 0–10, numbers 0–100 (one decimal), and shares in steps of
 * {@code shareStep} (0.25 by default), biased high.
 *
 * <p>Shares are biased per unit: each unit draws a strength {@code p} in [0.5, 1) and each
 * of its shares is a binomial number of steps with success {@code p}. So one unit's shares
 * hang together (a good unit is good at most items), the mean share is about 0.75, and the
 * totals spread over every rating class rather than bunching at one.
 *
 * <p>The same rubric, seed, step and count always give the same units, in the same order,
 * with evidence maps in the schema's field order.
 */
public final class UnitGenerator {

    public static final long DEFAULT_SEED = 20200108L;
    public static final double DEFAULT_SHARE_STEP = 0.25;

    private final Rubric rubric;
    private final long seed;
    private final int shareSteps;

    public UnitGenerator(Rubric rubric) {
        this(rubric, DEFAULT_SEED, DEFAULT_SHARE_STEP);
    }

    public UnitGenerator(Rubric rubric, long seed) {
        this(rubric, seed, DEFAULT_SHARE_STEP);
    }

    /** {@code shareStep} must divide 1 (0.25, 0.1, 0.025, 0.01 …). */
    public UnitGenerator(Rubric rubric, long seed, double shareStep) {
        int steps = (int) Math.round(1 / shareStep);
        if (steps < 1 || Math.abs(steps * shareStep - 1) > 1e-9) {
            throw new IllegalArgumentException("shareStep must divide 1: " + shareStep);
        }
        this.rubric = rubric;
        this.seed = seed;
        this.shareSteps = steps;
    }

    /** {@code n} units, ids {@code u00001}, {@code u00002} …. */
    public List<Unit> generate(int n) {
        Random random = new Random(seed);
        List<Unit> units = new ArrayList<>(n);
        Path origin = Path.of("generated-seed-" + seed);
        for (int i = 1; i <= n; i++) {
            String id = String.format("u%05d", i);
            units.add(new Unit(id, "Đơn vị " + i, evidence(random), new SourcePos(origin, i, 0)));
        }
        return units;
    }

    private Map<String, Object> evidence(Random random) {
        double strength = 0.5 + 0.5 * random.nextDouble();
        Map<String, Object> e = new LinkedHashMap<>();
        for (EvidenceField f : rubric.evidence().values()) e.put(f.name(), value(f, strength, random));
        return e;
    }

    private Object value(EvidenceField f, double strength, Random random) {
        return switch (f.type()) {
            case BOOLEAN -> random.nextDouble() < 0.8;
            case ENUM -> {
                int k = random.nextInt(f.values().size());
                yield f.values().keySet().stream().skip(k).findFirst().orElseThrow();
            }
            case COUNT -> random.nextInt(11);
            case NUMBER -> random.nextInt(1001) / 10.0;
            case SHARE -> {
                int k = 0;
                for (int s = 0; s < shareSteps; s++) if (random.nextDouble() < strength) k++;
                yield k / (double) shareSteps; // k / steps, not k * step: no float noise on the share itself
            }
        };
    }
}
