package org.sitrep.extract;

import java.util.Optional;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/** Quotation marks in article text: where a quotation opens, closes, and whether an offset lies inside one. */
final class Quotations {
    private static final String QUOTES = "\"“”'‘’`";

    private Quotations() {}

    /**
     * Where content that opens a quotation really ends: a quotation left open at {@code end} runs on, over sentence
     * breaks, to its closing mark (within the paragraph); otherwise {@code end} itself.
     */
    static int closingQuote(String text, int start, int end) {
        int open = 0;
        boolean straight = false;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c == '“') {
                open++;
            } else if (c == '”') {
                open = Math.max(0, open - 1);
            } else if (c == '"') {
                straight = !straight;
            }
        }
        if (open == 0 && !straight) {
            return end;
        }
        int limit = Math.min(text.length(), end + 1500);
        for (int k = end; k < limit; k++) {
            char c = text.charAt(k);
            if (c == '\n' && k + 1 < text.length() && text.charAt(k + 1) == '\n') {
                return end;
            }
            if (open > 0 && c == '”' || open == 0 && straight && c == '"') {
                return k + 1;
            }
        }
        return end;
    }

    /** The quotation that ends at {@code end} (allowing a comma and closing quote), searched back a few sentences. */
    static Optional<Span> enclosingQuote(String text, int end, Sentence sentence) {
        int close = end;
        while (close < text.length() && (text.charAt(close) == ',' || text.charAt(close) == ' ')) {
            close++;
        }
        if (close >= text.length() || "\"”".indexOf(text.charAt(close)) < 0) {
            // the comma may sit inside the quote: ...point," he said
            close = end - 1;
            if (close < 0 || "\"”".indexOf(text.charAt(close)) < 0) {
                return Optional.empty();
            }
        }
        int open = -1;
        for (int k = close - 1; k >= Math.max(0, close - 2000); k--) {
            char c = text.charAt(k);
            if (c == '“' || c == '"' && (k == 0 || !Character.isLetterOrDigit(text.charAt(k - 1)))) {
                open = k;
                break;
            }
            if (c == '”' || c == '\n' && k > 0 && text.charAt(k - 1) == '\n') {
                break;
            }
        }
        if (open < 0 || open + 1 >= close) {
            return Optional.empty();
        }
        int a = open + 1;
        int b = close;
        while (b > a && (text.charAt(b - 1) == ',' || text.charAt(b - 1) == ' ')) {
            b--;
        }
        return Optional.of(Span.of(text, a, b));
    }

    /** The quotation that starts right after {@code from} (past white space), up to its closing mark. */
    static Optional<Span> followingQuotation(String text, int from) {
        int a = from;
        while (a < text.length() && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        if (a >= text.length() || "\"“".indexOf(text.charAt(a)) < 0) {
            return Optional.empty();
        }
        int lineEnd = text.indexOf('\n', a);
        int end = closingQuote(text, a, a + 1);
        if (end == a + 1) {
            end = lineEnd < 0 ? text.length() : lineEnd;
        }
        return Optional.of(Span.of(text, a, end));
    }

    /** Whether an offset lies inside a quotation opened earlier in its paragraph. */
    static boolean insideQuotation(String text, int offset) {
        int curly = 0;
        int straight = 0;
        for (int k = offset - 1; k >= 0 && offset - k < 3000; k--) {
            char c = text.charAt(k);
            if (c == '\n') {
                break;
            }
            if (c == '“') {
                curly++;
            } else if (c == '”') {
                curly--;
            } else if (c == '"') {
                straight++;
            }
        }
        return curly > 0 || straight % 2 == 1;
    }

    static boolean isQuote(Token t) {
        return QUOTES.indexOf(t.text().charAt(0)) >= 0 || t.text().equals("``") || t.text().equals("''");
    }
}
