package org.sitrep.clean;

import java.util.Locale;
import java.util.Set;

/** A cheap language check: English function words make up a large share of English running text. */
public final class LanguageGuesser {
    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "in", "a", "that", "is", "was", "for",
            "on", "with", "said", "by", "it", "as", "at", "he", "from", "his", "be", "has", "have", "had", "are", "which");

    private LanguageGuesser() {}

    /** "en" when English function words are at least 12% of the words, else "und" (undetermined). */
    public static String guess(String text) {
        int words = 0;
        int hits = 0;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
            if (w.isEmpty()) {
                continue;
            }
            words++;
            if (ENGLISH.contains(w)) {
                hits++;
            }
        }
        return words > 0 && hits * 100 >= words * 12 ? "en" : "und";
    }
}
