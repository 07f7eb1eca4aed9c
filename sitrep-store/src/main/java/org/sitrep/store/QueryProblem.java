package org.sitrep.store;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;

/**
 * What is wrong with a query the classic parser rejected, in one line: the offending token and its column (1-based), or
 * the end of the query, instead of the parser's list of every token it would have taken.
 */
final class QueryProblem {
    private static final Pattern LEXICAL = Pattern.compile("Lexical error at line \\d+, column (\\d+)\\.\\s+Encountered: (.*?)(?: after prefix \"(.*)\")?(?: \\(in lexical state \\d+\\))?");

    private QueryProblem() {}

    /** {@code e} as thrown by {@code QueryParser.parse}, which wraps the parser's own exception. */
    static String describe(ParseException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        if (cause instanceof ParseException p && p.currentToken != null && p.currentToken.next != null) {
            Token t = p.currentToken.next;
            return t.kind == QueryParserConstants.EOF ? "unexpected end of query" : "unexpected '" + t.image + "' at column " + (t.beginColumn + 1);
        }
        if (cause instanceof TokenMgrError) {
            Matcher m = LEXICAL.matcher(cause.getMessage().strip());
            if (m.matches()) {
                String prefix = m.group(3) == null ? "" : " after '" + m.group(3).replace("\\\"", "\"").replace("\\\\", "\\") + "'";
                return m.group(2).equals("<EOF>") ? "unexpected end of query" + prefix
                        : "unexpected character " + m.group(2) + " at column " + m.group(1);
            }
        }
        return firstLine(cause.getMessage());
    }

    private static String firstLine(String message) {
        String m = message == null ? "invalid syntax" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }
}
