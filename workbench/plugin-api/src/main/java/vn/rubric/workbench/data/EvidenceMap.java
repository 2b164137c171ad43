package vn.rubric.workbench.data;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A typed unit's evidence, read-only: the rubric's field names once for all units (in the
 * rubric's order, as a LinkedHashMap would give them), and one array of values per unit. A
 * LinkedHashMap per unit, with its entries and boxed values, was a fifth of a 100,000-unit
 * diff's heap (BENCHMARKS.md, "Memory").
 */
final class EvidenceMap extends AbstractMap<String, Object> {

    /** The field names of one rubric, and where each is in a unit's values: made once per typing. */
    static final class Fields {
        private final String[] names;
        private final Map<String, Integer> index = new HashMap<>();
        /** Equal values of different units, kept once: a population's evidence takes few distinct values. */
        private final Map<Object, Object> canonical = new HashMap<>();

        Fields(List<String> names) {
            this.names = names.toArray(String[]::new);
            for (int i = 0; i < this.names.length; i++) index.put(this.names[i], i);
        }

        int size() {
            return names.length;
        }

        /** The value, or an equal one already kept (only the first several thousand distinct values are kept). */
        Object canonical(Object value) {
            if (value == null) return null;
            Object kept = canonical.get(value);
            if (kept != null) return kept;
            if (canonical.size() < 65_536) canonical.put(value, value);
            return value;
        }
    }

    private final Fields fields;
    private final Object[] values;

    /** {@code values}: one per field, in the fields' order. */
    EvidenceMap(Fields fields, Object[] values) {
        this.fields = fields;
        this.values = values;
    }

    @Override
    public Object get(Object key) {
        Integer i = fields.index.get(key);
        return i == null ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return fields.index.containsKey(key);
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= values.length) throw new NoSuchElementException();
                        int i = next++;
                        return new SimpleImmutableEntry<>(fields.names[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }
}
