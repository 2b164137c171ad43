package vn.rubric.dsl.expr;

import java.util.ArrayList;
import java.util.List;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.expr.Expr.BinaryOp;
import vn.rubric.dsl.expr.Lexer.Token;
import vn.rubric.dsl.expr.Lexer.Type;
import vn.rubric.dsl.source.SourcePos;

/**
 * A recursive-descent parser for rubric expressions. Precedence, loosest first:
 * {@code or}, {@code and}, {@code not}, comparisons and {@code in}, {@code + -}, {@code * /},
 * unary minus, then numbers, strings, names, calls and parentheses.
 */
public final class Parser {

    private final String text;
    private final List<Token> tokens;
    private final SourcePos base;
    private int at;

    private Parser(String text, List<Token> tokens, SourcePos base) {
        this.text = text;
        this.tokens = tokens;
        this.base = base;
    }

    /** Parses {@code text}, whose first character sits at {@code base}; errors go to {@code diagnostics} and give null. */
    public static Expr parse(String text, SourcePos base, Diagnostics diagnostics) {
        try {
            List<Token> tokens = new Lexer(text, base).tokens();
            if (tokens.size() == 1) {
                diagnostics.add(Diagnostic.error("E-EXPR-EMPTY", base));
                return null;
            }
            Parser p = new Parser(text, tokens, base);
            Expr e = p.or();
            if (p.peek().type() != Type.END) throw p.error("E-EXPR-UNEXPECTED", p.peek(), p.peek().text());
            return e;
        } catch (Lexer.LexError e) {
            diagnostics.add(e.diagnostic);
            return null;
        }
    }

    private Expr or() {
        Expr left = and();
        while (isWord("or")) {
            Token t = next();
            left = new Expr.Binary(BinaryOp.OR, left, and(), pos(t));
        }
        return left;
    }

    private Expr and() {
        Expr left = not();
        while (isWord("and")) {
            Token t = next();
            left = new Expr.Binary(BinaryOp.AND, left, not(), pos(t));
        }
        return left;
    }

    private Expr not() {
        if (isWord("not")) {
            Token t = next();
            return new Expr.Unary(Expr.UnaryOp.NOT, not(), pos(t));
        }
        return comparison();
    }

    private Expr comparison() {
        Expr left = additive();
        if (peek().type() == Type.OP && isComparison(peek().text())) {
            Token t = next();
            Token rightStart = peek();
            Expr right = additive();
            if (peek().type() == Type.OP && isComparison(peek().text())) {
                // "a < x < b" means "a < x and x < b": the middle term is written twice
                String middle = text.substring(rightStart.offset(), peek().offset()).strip();
                String inserted = "and " + middle + " ";
                throw new Lexer.LexError(Diagnostic.error("E-EXPR-CHAINED", pos(peek()), peek().text()).withFix(
                        vn.rubric.dsl.diag.Fix.of("chained", List.of(vn.rubric.dsl.diag.Edit.insert(pos(peek()), inserted)), middle)));
            }
            return new Expr.Binary(comparisonOp(t.text()), left, right, pos(t));
        }
        boolean negated = false;
        Token start = peek();
        if (isWord("not") && peekAhead(1).type() == Type.IDENT && peekAhead(1).text().equals("in")) {
            next();
            negated = true;
        }
        if (isWord("in")) {
            next();
            expect(Type.LBRACKET, "[");
            List<Expr> options = new ArrayList<>();
            do {
                options.add(additive());
            } while (accept(Type.COMMA));
            expect(Type.RBRACKET, "]");
            return new Expr.In(left, List.copyOf(options), negated, pos(start));
        }
        return left;
    }

    private Expr additive() {
        Expr left = multiplicative();
        while (peek().type() == Type.OP && (peek().text().equals("+") || peek().text().equals("-"))) {
            Token t = next();
            BinaryOp op = t.text().equals("+") ? BinaryOp.ADD : BinaryOp.SUB;
            left = new Expr.Binary(op, left, multiplicative(), pos(t));
        }
        return left;
    }

    private Expr multiplicative() {
        Expr left = unary();
        while (peek().type() == Type.OP && (peek().text().equals("*") || peek().text().equals("/"))) {
            Token t = next();
            BinaryOp op = t.text().equals("*") ? BinaryOp.MUL : BinaryOp.DIV;
            left = new Expr.Binary(op, left, unary(), pos(t));
        }
        return left;
    }

    private Expr unary() {
        if (peek().type() == Type.OP && peek().text().equals("-")) {
            Token t = next();
            return new Expr.Unary(Expr.UnaryOp.NEGATE, unary(), pos(t));
        }
        return primary();
    }

    private Expr primary() {
        Token t = next();
        switch (t.type()) {
            case NUMBER -> { return new Expr.Num(Double.parseDouble(t.text()), pos(t)); }
            case STRING -> { return new Expr.Str(t.text(), pos(t)); }
            case LPAREN -> {
                Expr inner = or();
                expect(Type.RPAREN, ")");
                return inner;
            }
            case IDENT -> { return identifier(t); }
            case END -> throw error("E-EXPR-INCOMPLETE", t);
            default -> throw error("E-EXPR-UNEXPECTED", t, t.text());
        }
    }

    private Expr identifier(Token t) {
        String word = t.text();
        switch (word) {
            case "true" -> { return new Expr.Bool(true, pos(t)); }
            case "false" -> { return new Expr.Bool(false, pos(t)); }
            case "and", "or", "not", "in" -> throw error("E-EXPR-UNEXPECTED", t, word);
            default -> { }
        }
        if (peek().type() != Type.LPAREN) return new Expr.Name(word, pos(t));
        Expr.Function fn = Expr.Function.named(word);
        // a plugin's function has a lower-case name like every rubric name; anything else (getRuntime) is refused here
        if (fn == null && !ExpressionFunction.isName(word)) throw error("E-EXPR-FUNCTION", t, word);
        next();
        List<Expr> args = new ArrayList<>();
        if (peek().type() != Type.RPAREN) {
            do {
                args.add(or());
            } while (accept(Type.COMMA));
        }
        expect(Type.RPAREN, ")");
        // not built in: maybe a plugin's function, which only the resolver knows
        if (fn == null) return new Expr.PluginCall(word, List.copyOf(args), pos(t));
        if (args.size() < fn.minArgs || args.size() > fn.maxArgs) {
            throw error("E-EXPR-ARITY", t, word, args.size());
        }
        return new Expr.Call(fn, List.copyOf(args), pos(t));
    }

    private static boolean isComparison(String op) {
        return switch (op) {
            case "==", "!=", "<", "<=", ">", ">=" -> true;
            default -> false;
        };
    }

    private static BinaryOp comparisonOp(String op) {
        return switch (op) {
            case "==" -> BinaryOp.EQ;
            case "!=" -> BinaryOp.NE;
            case "<" -> BinaryOp.LT;
            case "<=" -> BinaryOp.LE;
            case ">" -> BinaryOp.GT;
            default -> BinaryOp.GE;
        };
    }

    private boolean isWord(String word) {
        return peek().type() == Type.IDENT && peek().text().equals(word);
    }

    private Token peek() {
        return tokens.get(at);
    }

    private Token peekAhead(int n) {
        return tokens.get(Math.min(at + n, tokens.size() - 1));
    }

    private Token next() {
        Token t = tokens.get(at);
        if (t.type() != Type.END) at++;
        return t;
    }

    private boolean accept(Type type) {
        if (peek().type() != type) return false;
        next();
        return true;
    }

    private void expect(Type type, String text) {
        if (peek().type() != type) {
            Token t = peek();
            throw error("E-EXPR-EXPECTED", t, text, t.type() == Type.END ? "end" : t.text());
        }
        next();
    }

    private SourcePos pos(Token t) {
        return base.plusColumns(t.offset());
    }

    private Lexer.LexError error(String code, Token at, Object... args) {
        return new Lexer.LexError(Diagnostic.error(code, pos(at), args));
    }
}
