package org.sitrep.time;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.internal.Tsv;

/**
 * The temporal lexicon: classes of words and phrases (months, weekdays, counts, units, parts of the day, ...) with
 * their values, from {@code timex-lexicon.tsv} and any file a user adds. A phrase is matched over consecutive units,
 * longest first. Immutable once built.
 */
public final class TimexLexicon {
    /** One entry: its value and whether it needs a capital ("cap") or a following number ("abbr"). */
    record Entry(String value, boolean cap, boolean abbr, boolean noun, int words) {}

    private final Map<String, Map<String, Entry>> classes;
    private final int longest;
    private final Map<String, Set<String>> firstWordsByClass = new HashMap<>();

    private TimexLexicon(Map<String, Map<String, Entry>> classes, int longest) {
        this.classes = classes;
        this.longest = longest;
        classes.forEach((cls, entries) -> {
            for (String p : entries.keySet()) {
                firstWordsByClass.computeIfAbsent(cls, k -> new HashSet<>()).add(p.split(" ")[0]);
            }
        });
    }

    /** The bundled lexicon. */
    public static TimexLexicon bundled() {
        return Tsv.bundled(TimexLexicon.class, "timex-lexicon.tsv", in -> read("timex-lexicon.tsv", in, new ArrayList<>()));
    }

    /**
     * Reads a lexicon file. A malformed row (fewer than three cells, an unknown flag) is skipped and described in
     * {@code problems} with its file and line.
     */
    public static TimexLexicon read(String name, InputStream in, List<String> problems) throws IOException {
        Map<String, Map<String, Entry>> classes = new HashMap<>();
        int longest = 1;
        for (Tsv.Row row : Tsv.read(name, in)) {
            String[] c = row.padded(4);
            if (c[0] == null || c[1] == null || c[2] == null || c[0].isBlank() || c[1].isBlank() || c[2].isBlank()) {
                problems.add(row.where() + "expected class, word and value separated by tabs");
                continue;
            }
            String flag = c[3] == null ? "" : c[3].strip();
            if (!flag.isEmpty() && !flag.equals("cap") && !flag.equals("abbr") && !flag.equals("noun")) {
                problems.add(row.where() + "unknown flag '" + flag + "' (cap, abbr or noun)");
                continue;
            }
            String phrase = phrase(c[1]);
            int words = phrase.split(" ").length;
            longest = Math.max(longest, words);
            classes.computeIfAbsent(c[0].strip(), k -> new HashMap<>())
                    .put(phrase, new Entry(c[2].strip(), flag.equals("cap"), flag.equals("abbr"), flag.equals("noun"), words));
        }
        return new TimexLexicon(classes, longest);
    }

    /** This lexicon with {@code other}'s entries added (the other's win where both have a phrase). */
    public TimexLexicon merge(TimexLexicon other) {
        Map<String, Map<String, Entry>> all = new HashMap<>();
        classes.forEach((k, v) -> all.put(k, new HashMap<>(v)));
        other.classes.forEach((k, v) -> all.computeIfAbsent(k, x -> new HashMap<>()).putAll(v));
        return new TimexLexicon(all, Math.max(longest, other.longest));
    }

    boolean hasClass(String cls) {
        return classes.containsKey(cls);
    }

    /** The phrase form of a lexicon entry: each word's key, hyphenated words split as the tagger splits them. */
    static String phrase(String words) {
        StringBuilder b = new StringBuilder();
        for (String w : words.strip().split("\\s+")) {
            String k = key(w);
            String[] parts = k.length() > 2 && k.chars().anyMatch(Character::isLetter) ? k.split("(?<=.)-(?=.)") : new String[] {k};
            for (int i = 0; i < parts.length; i++) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                if (i > 0) {
                    b.append("- ");
                }
                b.append(parts[i]);
            }
        }
        return b.toString();
    }

    /** The phrase form of a word: lower case, dots removed. */
    static String key(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        return w.length() > 1 && w.chars().anyMatch(Character::isLetter) ? w.replace(".", "") : w;
    }

    /** Every entry of {@code cls} that starts at unit {@code i}, longest first. */
    List<Match> lookup(String cls, List<TimexUnit> units, int i) {
        Map<String, Entry> entries = classes.get(cls);
        if (entries == null) {
            return List.of();
        }
        List<Match> out = new ArrayList<>(1);
        StringBuilder phrase = new StringBuilder();
        List<Match> found = new ArrayList<>(1);
        for (int n = 1; n <= longest && i + n <= units.size(); n++) {
            if (n > 1) {
                phrase.append(' ');
            }
            phrase.append(units.get(i + n - 1).key());
            Entry e = entries.get(phrase.toString());
            if (e != null && allowed(e, units, i, n)) {
                found.add(new Match(n, e.value(), phrase.toString()));
            }
        }
        for (int k = found.size() - 1; k >= 0; k--) {
            out.add(found.get(k));
        }
        return out;
    }

    /** The first words of the phrases of {@code cls} (empty for an unknown class). */
    Set<String> firstWords(String cls) {
        return firstWordsByClass.getOrDefault(cls, Set.of());
    }

    private static boolean allowed(Entry e, List<TimexUnit> units, int i, int n) {
        TimexUnit u = units.get(i);
        if (e.noun() && !u.pos().startsWith("NN")) {
            return false;
        }
        if (e.cap() && !Character.isUpperCase(u.text().charAt(0))) {
            return false;
        }
        if (e.abbr()) {
            if (!Character.isUpperCase(u.text().charAt(0))) {
                return false;
            }
            int next = i + n;
            if (next < units.size() && units.get(next).key().equals(",")) {
                next++;
            }
            boolean numberAfter = next < units.size() && Character.isDigit(units.get(next).key().charAt(0));
            boolean dayBefore = i > 0 && units.get(i - 1).key().matches("\\d{1,2}(st|nd|rd|th)?");
            return numberAfter || dayBefore;
        }
        return true;
    }

    /** A lexicon phrase found at a unit: how many units it covers, its value and the phrase as matched. */
    record Match(int length, String value, String text) {}
}
