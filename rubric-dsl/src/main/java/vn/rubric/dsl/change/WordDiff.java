package vn.rubric.dsl.change;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which words of a text were removed and which added: what a report marks when a title is
 * reworded ("vi phạm [-kỷ luật-] {+pháp luật+}"). A word is a run of letters, digits and the
 * marks inside a number or a decision's symbol ({@code 02/2020/QĐ-UBND}, {@code 3.8}); a comma,
 * a bracket or a quotation mark is a word of its own, so adding a clause after a comma leaves
 * the word before it unchanged. The words both texts keep are their longest common run of words.
 */
public final class WordDiff {

    /** Whether a run of words is in both texts, only in the old one, or only in the new one. */
    public enum Op { SAME, REMOVED, ADDED }

    /**
     * Consecutive words with the same fate, as written, each with the one space that followed
     * it: the SAME and ADDED pieces joined (and stripped) give the new text, the SAME and
     * REMOVED pieces the old one, with single spaces.
     */
    public record Piece(Op op, String text) {}

    private static final Pattern WORD = Pattern.compile("[,;:!?()\\[\\]\"“”]|[^\\s,;:!?()\\[\\]\"“”]+");

    private WordDiff() {}

    /** The pieces in reading order; where words were replaced, the removed ones come first. */
    public static List<Piece> of(String before, String after) {
        List<Word> a = words(before), b = words(after);
        // longest common subsequence of words, filled from the end so the walk below goes forward
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).word.equals(b.get(j).word) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        Pieces out = new Pieces();
        int i = 0, j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).word.equals(b.get(j).word)) {
                // spaced if either text spaced it: a word removed or added next to it needs the space
                boolean spaced = a.get(i++).spaced() | b.get(j).spaced();
                out.add(Op.SAME, new Word(b.get(j++).word, spaced));
            } else if (j == b.size() || (i < a.size() && common[i + 1][j] >= common[i][j + 1])) {
                out.add(Op.REMOVED, a.get(i++));
            } else {
                out.add(Op.ADDED, b.get(j++));
            }
        }
        return out.list();
    }

    /** Whether the two texts have the same words (they may differ in spacing or Unicode composition only). */
    public static boolean sameWords(String before, String after) {
        return words(before).stream().map(w -> w.word).toList().equals(words(after).stream().map(w -> w.word).toList());
    }

    /** A word and whether a space follows it. */
    private record Word(String word, boolean spaced) {}

    private static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        if (text == null) return out;
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        Matcher m = WORD.matcher(s);
        while (m.find()) out.add(new Word(m.group(), m.end() < s.length() && Character.isWhitespace(s.charAt(m.end()))));
        return out;
    }

    /** Pieces being gathered: a word joins the last piece when it has the same fate. */
    private static final class Pieces {
        private final List<Piece> list = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private Op op;

        void add(Op wordOp, Word w) {
            if (wordOp != op) flush();
            op = wordOp;
            text.append(w.word);
            if (w.spaced) text.append(' ');
        }

        private void flush() {
            if (op != null && !text.isEmpty()) list.add(new Piece(op, text.toString()));
            text.setLength(0);
        }

        List<Piece> list() {
            flush();
            return List.copyOf(list);
        }
    }
}
