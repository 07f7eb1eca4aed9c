package org.sitrep.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Tiny token fixtures for the temporal rules: words separated by spaces, each optionally tagged "word/POS"; an untagged
 * word gets a rough tag (a number CD, a capitalised word NNP, "said" and words in -ed VBD, "will" MD, else NN).
 */
final class TimexFixture {
    private TimexFixture() {}

    record Text(String text, List<Token> tokens, List<Sentence> sentences) {}

    static Text of(String tagged) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (String w : tagged.trim().split("\\s+")) {
            String word = w;
            String pos = null;
            int slash = w.lastIndexOf('/');
            if (slash > 0 && slash < w.length() - 1 && Character.isUpperCase(w.charAt(slash + 1))) {
                word = w.substring(0, slash);
                pos = w.substring(slash + 1);
            }
            if (pos == null) {
                pos = Character.isDigit(word.charAt(0)) ? "CD"
                        : word.equals("will") ? "MD"
                        : word.equals("said") || word.endsWith("ed") ? "VBD"
                        : Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN";
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(word);
            tokens.add(new Token(start, text.length(), word, pos, word.toLowerCase(), "O"));
        }
        String t = text.toString();
        return new Text(t, tokens, List.of(new Sentence(Span.of(t, 0, t.length()), 0, tokens.size())));
    }

    /** The expressions of {@code tagged} against {@code anchor} (null: unknown). */
    static List<Timex> tag(String tagged, LocalDate anchor) {
        Text t = of(tagged);
        return TimexTagger.standard().tag(t.text(), t.sentences(), t.tokens(), anchor, p -> {});
    }

    /** "span=value" for each expression, for compact assertions. */
    static List<String> values(String tagged, String anchor) {
        return tag(tagged, anchor == null ? null : LocalDate.parse(anchor)).stream().map(x -> x.span().text() + "=" + x.value()).toList();
    }
}
