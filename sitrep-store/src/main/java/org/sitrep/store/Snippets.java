package org.sitrep.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Picks the passage of a text where a query's terms are densest and marks them: the text is run through the same
 * analyzer as the index, so "Ceasefire" in the text matches the query's "ceasefire". Without a term in the text the
 * passage is the text's start.
 */
final class Snippets {
    /** The passage's length in characters, about. */
    static final int WIDTH = 240;
    private static final String ELLIPSIS = "…";

    private Snippets() {}

    static Snippet of(String text, Set<String> terms, Analyzer analyzer, String field) {
        if (text == null || text.isEmpty()) {
            return new Snippet("", List.of());
        }
        List<int[]> matches = terms.isEmpty() ? List.of() : matches(text, terms, analyzer, field);
        int start = 0;
        if (!matches.isEmpty()) {
            // The window holding most matches, starting a little before its first one.
            int best = 0;
            int bestCount = 0;
            for (int i = 0; i < matches.size(); i++) {
                int count = 0;
                for (int j = i; j < matches.size() && matches.get(j)[1] <= matches.get(i)[0] + WIDTH - 40; j++) {
                    count++;
                }
                if (count > bestCount) {
                    best = i;
                    bestCount = count;
                }
            }
            start = wordStart(text, Math.max(0, matches.get(best)[0] - 40));
        }
        int end = wordEnd(text, Math.min(text.length(), start + WIDTH));
        String prefix = start > 0 ? ELLIPSIS : "";
        String suffix = end < text.length() ? ELLIPSIS : "";
        String body = text.substring(start, end).replaceAll("\\s", " ");
        List<Snippet.Mark> marks = new ArrayList<>();
        for (int[] m : matches) {
            if (m[0] >= start && m[1] <= end) {
                marks.add(new Snippet.Mark(m[0] - start + prefix.length(), m[1] - start + prefix.length()));
            }
        }
        return new Snippet(prefix + body + suffix, marks);
    }

    private static List<int[]> matches(String text, Set<String> terms, Analyzer analyzer, String field) {
        List<int[]> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (terms.contains(term.toString()) && offset.endOffset() > offset.startOffset()) {
                    out.add(new int[] {offset.startOffset(), offset.endOffset()});
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static int wordStart(String text, int i) {
        if (i == 0) {
            return 0;
        }
        int j = i;
        while (j > 0 && j > i - 20 && !Character.isWhitespace(text.charAt(j - 1))) {
            j--;
        }
        return j > 0 && !Character.isWhitespace(text.charAt(j - 1)) ? i : j;
    }

    private static int wordEnd(String text, int i) {
        int j = i;
        while (j < text.length() && j < i + 20 && !Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j < text.length() && !Character.isWhitespace(text.charAt(j)) ? i : j;
    }
}
