package vn.rubric.dsl.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A collector of diagnostics for one operation (load, validate, compile). */
public final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();

    public void add(Diagnostic d) {
        items.add(d);
    }

    public void addAll(Iterable<Diagnostic> ds) {
        ds.forEach(items::add);
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    /** In file and line order, so a report reads top to bottom like the file. */
    public List<Diagnostic> sorted() {
        return items.stream()
                .sorted(Comparator.comparing((Diagnostic d) -> String.valueOf(d.pos().file()))
                        .thenComparingInt(d -> d.pos().line())
                        .thenComparingInt(d -> d.pos().column()))
                .toList();
    }

    public List<Diagnostic> all() {
        return List.copyOf(items);
    }
}
