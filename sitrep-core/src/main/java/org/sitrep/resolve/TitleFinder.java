package org.sitrep.resolve;

import java.util.List;
import org.sitrep.model.Token;

/**
 * Finds the title written before a name ("caretaker Prime Minister Najib Mikati" → "caretaker Prime Minister"). The
 * title words are data ({@code titles.tsv}, kind {@code word}).
 */
public final class TitleFinder {
    private TitleFinder() {}

    /** The title words directly before token {@code first}, expanded ("PM" → "Prime Minister"); empty when none. */
    static String titleBefore(List<Token> tokens, int first, int sentenceStart) {
        int i = first - 1;
        while (i >= sentenceStart && isTitleWord(tokens.get(i).text())) {
            i--;
        }
        while (i + 1 < first && tokens.get(i + 1).text().equalsIgnoreCase("of")) {
            i++; // a title never starts with "of"
        }
        StringBuilder sb = new StringBuilder();
        for (int k = i + 1; k < first; k++) {
            String w = tokens.get(k).text();
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w.equalsIgnoreCase("pm") ? "Prime Minister" : w);
        }
        return sb.toString().replaceFirst("^then-", "").strip();
    }

    /** Whether a word belongs to a title ("speaker", "envoy"), as opposed to a thing ("office"). */
    public static boolean isTitleWord(String w) {
        return Titles.bundled().isTitleWord(w);
    }
}
