package org.sitrep.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.internal.Tsv;

/**
 * The function words of Latin-script languages, read from a {@code language<TAB>word word ...} file: for each word,
 * the languages it belongs to as a bit set over {@link #languages()}.
 */
final class FunctionWords {
    /** At most this many languages fit the bit set. */
    static final int MAX_LANGUAGES = 32;
    private final List<String> languages;
    private final Map<String, Integer> masks;
    private final int longest;

    private FunctionWords(List<String> languages, Map<String, Integer> masks) {
        this.languages = List.copyOf(languages);
        this.masks = Map.copyOf(masks);
        this.longest = masks.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** Reads the file; a malformed row stops the load with its file name and line, as the bundled data must be whole. */
    static FunctionWords read(String name, BufferedReader in) throws IOException {
        List<String> languages = new ArrayList<>();
        Map<String, Integer> masks = new HashMap<>();
        for (Tsv.Row row : Tsv.read(name, in)) {
            String[] cols = row.cells();
            if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()) {
                throw new IllegalStateException(row.where() + "expected 'language<TAB>words', got '" + String.join("\t", cols) + "'");
            }
            String lang = cols[0].strip();
            if (!languages.contains(lang)) {
                if (languages.size() == MAX_LANGUAGES) {
                    throw new IllegalStateException(row.where() + "more than " + MAX_LANGUAGES + " languages, at '" + lang + "'");
                }
                languages.add(lang);
            }
            int bit = 1 << languages.indexOf(lang);
            for (String w : cols[1].strip().split(" +")) {
                masks.merge(w.toLowerCase(Locale.ROOT), bit, (a, b) -> a | b);
            }
        }
        return new FunctionWords(languages, masks);
    }

    /** The languages in file order; bit {@code i} of a mask stands for the i-th. */
    List<String> languages() {
        return languages;
    }

    /** The languages {@code word} (lower case) is a function word of, as a bit set; 0 for none. */
    int mask(String word) {
        Integer m = masks.get(word);
        return m == null ? 0 : m;
    }

    /** The length of the longest function word: longer words need no look-up. */
    int longest() {
        return longest;
    }
}
