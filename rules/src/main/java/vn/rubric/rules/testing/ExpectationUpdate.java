package vn.rubric.rules.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.source.ScalarRewriter;
import vn.rubric.dsl.source.SourcePos;
import vn.rubric.dsl.source.YamlNode;
import vn.rubric.dsl.testcase.TestCase;

/**
 * The test files as they would read with the expectations of failing cases set to what the
 * rules now give ({@code rubric test --update}): each value that moved is rewritten where it
 * is written, and nothing else changes. A value the case does not state is not added. What
 * cannot be set this way (the bars, a value the rules no longer give) is left for the drafter.
 * Nothing is written here: the caller shows the moves, asks, and writes {@link #files()}.
 */
public record ExpectationUpdate(List<Move> moves, List<Left> left, Map<Path, String> files, Diagnostics problems) {

    /** A value rewritten: the case, what (item 5.2, total, class), the value as written and the new one. */
    public record Move(TestReport.CaseResult result, TestCase.Expected what, String old, String now) {}

    /** Why a difference is not rewritten. */
    public enum Why {
        /** The bars, or a sheet that is not complete: not one value that can be set. */
        NOT_A_VALUE,
        /** The rules give no such value any more (an item the rubric no longer has). */
        NO_VALUE,
        /** The value is not written as it was read (the file changed since), or spans several lines. */
        NOT_IN_PLACE;

        /** The message key that says it to the drafter: {@code test.update.why.not-a-value} and so on. */
        public String key() {
            return "test.update.why." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** A difference left for the drafter to settle by hand. */
    public record Left(TestReport.CaseResult result, TestReport.Mismatch mismatch, Why why) {}

    public boolean isEmpty() {
        return moves.isEmpty() && left.isEmpty();
    }

    /** The update of every failing case of {@code report}; the test files are read again to be rewritten. */
    public static ExpectationUpdate of(TestReport report) {
        Diagnostics problems = new Diagnostics();
        List<Left> left = new ArrayList<>();
        Map<Path, List<Move>> movesByFile = new LinkedHashMap<>();
        Map<Move, ScalarRewriter.Edit> edits = new LinkedHashMap<>();
        for (TestReport.CaseResult r : report.results()) {
            if (r.passed()) continue;
            for (TestReport.Mismatch m : r.mismatches()) {
                YamlNode.Scalar written = m.target() == null || r.sheet() == null ? null : r.testCase().expect().written().get(m.target());
                if (written == null) {
                    left.add(new Left(r, m, Why.NOT_A_VALUE));
                    continue;
                }
                Object actual = TestRunner.actual(m.target(), r.sheet());
                if (actual == null) {
                    left.add(new Left(r, m, Why.NO_VALUE));
                    continue;
                }
                ScalarRewriter.Edit edit = actual instanceof Double d ? ScalarRewriter.Edit.number(written, d)
                        : ScalarRewriter.Edit.text(written, actual.toString());
                Move move = new Move(r, m.target(), written.text(), edit.value());
                movesByFile.computeIfAbsent(r.file(), f -> new ArrayList<>()).add(move);
                edits.put(move, edit);
            }
        }
        List<Move> moves = new ArrayList<>();
        Map<Path, String> files = new LinkedHashMap<>();
        for (Map.Entry<Path, List<Move>> f : movesByFile.entrySet()) {
            String text;
            try {
                text = Files.readString(f.getKey(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                problems.add(Diagnostic.error("E-FILE-UNREADABLE", SourcePos.of(f.getKey()), f.getKey(), e.getMessage()));
                f.getValue().forEach(m -> left.add(new Left(m.result(), mismatch(m), Why.NOT_IN_PLACE)));
                continue;
            }
            ScalarRewriter.Result rewritten = ScalarRewriter.apply(text, f.getValue().stream().map(edits::get).toList());
            for (Move m : f.getValue()) {
                if (rewritten.refused().contains(edits.get(m))) left.add(new Left(m.result(), mismatch(m), Why.NOT_IN_PLACE));
                else moves.add(m);
            }
            if (!rewritten.text().equals(text)) files.put(f.getKey(), rewritten.text());
        }
        return new ExpectationUpdate(List.copyOf(moves), List.copyOf(left), files, problems);
    }

    private static TestReport.Mismatch mismatch(Move m) {
        return m.result().mismatches().stream().filter(x -> m.what().equals(x.target())).findFirst()
                .orElse(new TestReport.Mismatch(m.what().toString(), m.old(), m.now(), m.what()));
    }
}
