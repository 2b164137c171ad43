package vn.rubric.dsl.expr;

import java.util.ArrayList;
import java.util.List;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.source.SourcePos;

/**
 * Splits an expression into tokens. Anything outside the language (a dot, a semicolon,
 * a backslash, braces, {@code @}, {@code $}, an assignment) is an error at its column:
 * those are the characters that would let text escape into Java or MVEL.
 */
final class Lexer {

    enum Type { NUMBER, STRING, IDENT, OP, LPAREN, RPAREN, LBRACKET, RBRACKET, COMMA, END }

    record Token(Type type, String text, int offset) {}

    static final class LexError extends RuntimeException {
        final Diagnostic diagnostic;

        LexError(Diagnostic diagnostic) {
            super(diagnostic.code());
            this.diagnostic = diagnostic;
        }
    }

    private final String src;
    private final SourcePos base;
    private int i;

    Lexer(String src, SourcePos base) {
        this.src = src;
        this.base = base;
    }

    List<Token> tokens() {
        List<Token> out = new ArrayList<>();
        while (true) {
            while (i < src.length() && Character.isWhitespace(src.charAt(i))) i++;
            if (i >= src.length()) {
                out.add(new Token(Type.END, "", i));
                return out;
            }
            int start = i;
            char c = src.charAt(i);
            if (Character.isDigit(c)) {
                while (i < src.length() && (Character.isDigit(src.charAt(i)) || src.charAt(i) == '.')) i++;
                String num = src.substring(start, i);
                if (num.chars().filter(ch -> ch == '.').count() > 1 || num.endsWith(".")) {
                    throw new LexError(error("E-EXPR-NUMBER", start, num));
                }
                out.add(new Token(Type.NUMBER, num, start));
            } else if (c == '.' && i + 1 < src.length() && Character.isDigit(src.charAt(i + 1))) {
                int end = start + 1;
                while (end < src.length() && Character.isDigit(src.charAt(end))) end++;
                String written = src.substring(start, end);
                throw new LexError(error("E-EXPR-NUMBER-DOT", start, written).withFix(write(start, written, "0" + written)));
            } else if (isIdentStart(c)) {
                while (i < src.length() && isIdentPart(src.charAt(i))) i++;
                out.add(new Token(Type.IDENT, src.substring(start, i), start));
                if (i < src.length() && src.charAt(i) == '.') {
                    throw new LexError(error("E-EXPR-JAVA", i, src.substring(start, i) + "."));
                }
            } else if (c == '\'' || c == '"') {
                i++;
                StringBuilder sb = new StringBuilder();
                while (true) {
                    if (i >= src.length() || src.charAt(i) == '\n') throw new LexError(error("E-EXPR-STRING", start));
                    char s = src.charAt(i);
                    if (s == '\\') throw new LexError(error("E-EXPR-ESCAPE", i));
                    i++;
                    if (s == c) break;
                    sb.append(s);
                }
                out.add(new Token(Type.STRING, sb.toString(), start));
            } else {
                out.add(operator(c, start));
            }
        }
    }

    private Token operator(char c, int start) {
        String two = i + 1 < src.length() ? src.substring(i, i + 2) : "";
        switch (two) {
            case "==", "!=", "<=", ">=" -> {
                i += 2;
                return new Token(Type.OP, two, start);
            }
            case "&&", "||" -> {
                String word = two.equals("&&") ? "and" : "or";
                // spaced, so "a&&b" becomes "a and b", not one name
                throw new LexError(error("E-EXPR-OPERATOR", start, two, word).withFix(write(start, two, " " + word + " ", word)));
            }
            default -> { }
        }
        i++;
        return switch (c) {
            case '<', '>', '+', '-', '*', '/' -> new Token(Type.OP, String.valueOf(c), start);
            case '(' -> new Token(Type.LPAREN, "(", start);
            case ')' -> new Token(Type.RPAREN, ")", start);
            case '[' -> new Token(Type.LBRACKET, "[", start);
            case ']' -> new Token(Type.RBRACKET, "]", start);
            case ',' -> new Token(Type.COMMA, ",", start);
            case '!' -> throw new LexError(error("E-EXPR-OPERATOR", start, "!", "not").withFix(write(start, "!", "not ", "not")));
            case '=' -> throw new LexError(error("E-EXPR-OPERATOR", start, "=", "==").withFix(write(start, "=", "==")));
            case '.', ';', '{', '}', '@', '$', '#', '`', '\\', ':', '?', '&', '|', '^', '~', '%' ->
                    throw new LexError(error("E-EXPR-JAVA", start, String.valueOf(c)));
            default -> throw new LexError(error("E-EXPR-CHAR", start, String.valueOf(c)));
        };
    }

    private Diagnostic error(String code, int offset, Object... args) {
        return Diagnostic.error(code, base.plusColumns(offset), args);
    }

    /** The fix "write {@code replacement} instead of {@code old}" at {@code offset}. */
    private vn.rubric.dsl.diag.Fix write(int offset, String old, String replacement) {
        return write(offset, old, replacement, replacement);
    }

    private vn.rubric.dsl.diag.Fix write(int offset, String old, String replacement, String shown) {
        return vn.rubric.dsl.diag.Fix.of("write", List.of(vn.rubric.dsl.diag.Edit.replace(base.plusColumns(offset), old, replacement)), old, shown);
    }

    static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    static boolean isIdentPart(char c) {
        return isIdentStart(c) || (c >= '0' && c <= '9');
    }
}
