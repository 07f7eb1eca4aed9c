package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Token;

/** Test tokens from "word/POS/lemma ..." (lemma defaults to the lower-cased word), offsets as if joined by spaces. */
final class TaggedTokens {
    private TaggedTokens() {}

    static List<Token> of(String spec) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String w : spec.split(" ")) {
            String[] p = w.split("/");
            out.add(new Token(at, at + p[0].length(), p[0], p[1], p.length > 2 ? p[2] : p[0].toLowerCase(), "O"));
            at += p[0].length() + 1;
        }
        return out;
    }

    /** The text the tokens were cut from. */
    static String text(List<Token> s) {
        return String.join(" ", s.stream().map(Token::text).toList());
    }

    static int indexOf(List<Token> s, String word) {
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i).text().equals(word)) {
                return i;
            }
        }
        throw new AssertionError("no '" + word + "'");
    }
}
