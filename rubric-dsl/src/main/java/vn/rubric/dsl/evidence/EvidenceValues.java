package vn.rubric.dsl.evidence;

import java.util.Locale;
import vn.rubric.dsl.model.EvidenceField;
import vn.rubric.dsl.util.Decimals;

/**
 * Turns raw values (text from a CSV cell, a JSON or YAML scalar) into the typed values the
 * rules read: Integer for counts, Double for numbers and shares, Boolean, and the key of
 * an enumeration value. A wrong value is an error a user can fix, not an exception.
 */
public final class EvidenceValues {

    /** A value, or an error: a diagnostic code and its arguments (the caller adds the position). */
    public record Coerced(Object value, String errorCode, Object[] errorArgs) {
        static Coerced ok(Object v) {
            return new Coerced(v, null, null);
        }

        static Coerced error(String code, Object... args) {
            return new Coerced(null, code, args);
        }

        public boolean ok() {
            return errorCode == null;
        }
    }

    private EvidenceValues() {}

    public static Coerced coerce(EvidenceField f, Object raw) {
        if (raw == null || (raw instanceof String s && s.isBlank())) {
            return f.defaultValue() != null ? ok(f, f.defaultValue()) : Coerced.error("E-DATA-MISSING", f.name());
        }
        // a number shows as written (2, not 2.0) in messages
        String text = raw instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : raw.toString().strip();
        switch (f.type()) {
            case BOOLEAN -> {
                if (raw instanceof Boolean b) return Coerced.ok(b);
                return switch (text.toLowerCase(Locale.ROOT)) {
                    case "true", "yes", "y", "on", "1", "có", "x" -> Coerced.ok(true);
                    case "false", "no", "n", "off", "0", "không" -> Coerced.ok(false);
                    default -> Coerced.error("E-DATA-BOOLEAN", text, f.name());
                };
            }
            case ENUM -> {
                if (f.values().containsKey(text)) return Coerced.ok(text);
                return Coerced.error("E-DATA-ENUM", text, f.name(), String.join(", ", f.values().keySet()));
            }
            default -> {
                Double d = raw instanceof Number n ? Double.valueOf(n.doubleValue()) : Decimals.parse(text);
                if (d == null || !Double.isFinite(d)) return Coerced.error("E-DATA-NUMBER", text, f.name(), f.type().word);
                if (f.type() == vn.rubric.dsl.model.FieldType.COUNT && d > Integer.MAX_VALUE && d == Math.rint(d)) {
                    return Coerced.error("E-DATA-COUNT-RANGE", text, f.name(), Integer.MAX_VALUE);
                }
                return ok(f, d);
            }
        }
    }

    /** A large whole number as digits (1e20 would read as a different number to a user who typed 20 nines). */
    private static String shown(Object v) {
        return v instanceof Double d && d == Math.rint(d) ? new java.math.BigDecimal(d).toPlainString() : String.valueOf(v);
    }

    private static Coerced ok(EvidenceField f, Object v) {
        switch (f.type()) {
            case COUNT -> {
                double d = ((Number) v).doubleValue();
                if (d < 0 || d != Math.rint(d)) return Coerced.error("E-DATA-COUNT", v, f.name());
                // a cast would make 99999999999999999999 into 2147483647 without a word
                if (d > Integer.MAX_VALUE) return Coerced.error("E-DATA-COUNT-RANGE", shown(v), f.name(), Integer.MAX_VALUE);
                return Coerced.ok((int) d);
            }
            case SHARE -> {
                double d = ((Number) v).doubleValue();
                if (d < 0 || d > 1) return Coerced.error("E-DATA-SHARE", v, f.name());
                return Coerced.ok(d);
            }
            case NUMBER -> { return Coerced.ok(((Number) v).doubleValue()); }
            default -> { return Coerced.ok(v); }
        }
    }
}
