package vn.rubric.dsl.model;

/** Round to a multiple of {@code step} (e.g. 0.25), to nearest (half up), down or up. */
public record Rounding(double step, Mode mode) {

    public enum Mode { NEAREST, DOWN, UP }

    public static final Rounding NONE = new Rounding(0, Mode.NEAREST);

    public double apply(double x) {
        if (step <= 0) return x;
        double q = x / step;
        // a small tolerance so that 2.1 / 0.25 = 8.4000000001 does not round up to 8.5
        double n = switch (mode) {
            case NEAREST -> Math.floor(q + 0.5 + 1e-9);
            case DOWN -> Math.floor(q + 1e-9);
            case UP -> Math.ceil(q - 1e-9);
        };
        return n * step;
    }
}
