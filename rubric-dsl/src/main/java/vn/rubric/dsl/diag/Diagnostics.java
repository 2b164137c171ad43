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

    /**
     * These diagnostics with every fix checked against the files' texts: a fix whose edits do
     * not find the text they replace (a scalar written with escapes, a file changed since)
     * is dropped, and its diagnostic keeps the hint in words. A file whose text is unknown
     * keeps its fixes.
     */
    public Diagnostics withCheckedFixes(vn.rubric.dsl.source.SourceTexts texts) {
        java.util.Map<java.nio.file.Path, java.util.Optional<String>> read = new java.util.HashMap<>();
        Diagnostics out = new Diagnostics();
        for (Diagnostic d : items) {
            boolean ok = d.fix() == null || d.fix().edits().stream().map(e -> e.pos().file()).distinct().allMatch(file -> {
                String text = read.computeIfAbsent(file, f -> java.util.Optional.ofNullable(texts.text(f))).orElse(null);
                return text == null || d.fix().matches(file, text);
            });
            out.add(ok ? d : d.withFix(null));
        }
        return out;
    }
}
