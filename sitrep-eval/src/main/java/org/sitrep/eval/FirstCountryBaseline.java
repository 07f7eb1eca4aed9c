package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The peer for actor resolution: every participant of a sentence gets the country of the first country name or
 * demonym in it ("Libya has offered to hand over to Great Britain ..." → LBY for source and target alike). Words are
 * runs of letters (with inner apostrophes, dots and hyphens); a name starts with a capital; at each word the longest
 * run of words that names a country wins.
 */
public final class FirstCountryBaseline {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’.\\-]*");

    private final Function<String, Optional<String>> countryOfName;
    private final Function<String, Optional<String>> countryOfDemonym;
    private final int maxWords;

    /**
     * @param countryOfName    a country's alpha-3 code from its name ("Great Britain" → GBR), empty for other names
     * @param countryOfDemonym a country's alpha-3 code from a demonym ("Iraqi" → IRQ)
     * @param maxWords         the most words a name has
     */
    public FirstCountryBaseline(Function<String, Optional<String>> countryOfName, Function<String, Optional<String>> countryOfDemonym, int maxWords) {
        if (countryOfName == null || countryOfDemonym == null || maxWords < 1) {
            throw new IllegalArgumentException("The parameters 'countryOfName' and 'countryOfDemonym' must not be null and 'maxWords' must be positive, got " + maxWords);
        }
        this.countryOfName = countryOfName;
        this.countryOfDemonym = countryOfDemonym;
        this.maxWords = maxWords;
    }

    /** The first country named in {@code sentence}, or empty. */
    public Optional<String> country(String sentence) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && sentence.charAt(end - 1) == '.' && !sentence.substring(m.start(), end - 1).contains(".")) {
                end--; // "Libya." ends a sentence; "U.S." keeps its dots
            }
            words.add(new int[] {m.start(), end});
        }
        for (int i = 0; i < words.size(); i++) {
            if (!Character.isUpperCase(sentence.charAt(words.get(i)[0]))) {
                continue;
            }
            for (int n = Math.min(maxWords, words.size() - i); n >= 1; n--) {
                if (!spacesOnly(sentence, words, i, n)) {
                    continue;
                }
                String phrase = sentence.substring(words.get(i)[0], words.get(i + n - 1)[1]);
                Optional<String> c = countryOfName.apply(phrase);
                if (c.isEmpty() && n == 1) {
                    c = countryOfDemonym.apply(phrase);
                }
                if (c.isPresent()) {
                    return c;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean spacesOnly(String s, List<int[]> words, int i, int n) {
        for (int k = i; k + 1 < i + n; k++) {
            if (!s.substring(words.get(k)[1], words.get(k + 1)[0]).isBlank()) {
                return false;
            }
        }
        return true;
    }
}
