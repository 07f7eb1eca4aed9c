package org.sitrep.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Name normalisation and comparison shared by the actor and place resolvers. */
final class Names {
    private Names() {}

    /** Lower case, no accents, no possessive, no apostrophes, single spaces: "Mohammed Shia' al-Sudani's" → "mohammed shia al-sudani". */
    static String normalise(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.replaceAll("['’]s$", "").replaceAll("['’`]", "").toLowerCase(Locale.ROOT).strip();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s.replaceAll("\\s+", " ");
    }

    /** Name tokens for matching, with Arabic article prefixes dropped: "al-Sudani" → "sudani". */
    static List<String> tokens(String name) {
        List<String> out = new ArrayList<>();
        for (String t : normalise(name).split("[\\s.]+")) {
            String u = t.replaceFirst("^(al|el|ad|ash|as|at|az|an|ar)-", "");
            if (!u.isEmpty()) {
                out.add(u);
            }
        }
        return out;
    }

    /**
     * The lookup key of a name: accents and letters outside ASCII folded ("Erdoğan" = "Erdogan", "Łukasz" = "Lukasz"),
     * lower case, apostrophes and dots dropped, hyphens and runs of space as one space, a leading "the" and a final
     * possessive dropped. Written without regular expressions: it runs on every candidate span of every article.
     */
    static String key(String name) {
        String s = name.strip();
        if (s.endsWith("'s") || s.endsWith("’s")) {
            s = s.substring(0, s.length() - 2);
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '’' || c == '`' || c == 'ʼ' || c == 'ʻ' || c == '.') {
                continue;
            }
            if (Character.isWhitespace(c) || c == '-' || c == '‐' || c == '–' || c == '_') {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            fold(c, out);
        }
        String k = out.toString();
        return k.startsWith("the ") ? k.substring(4) : k;
    }

    /** Appends {@code c} lower-cased and folded to ASCII where it has an obvious Latin spelling. */
    private static void fold(char c, StringBuilder out) {
        if (c < 128) {
            out.append(Character.toLowerCase(c));
            return;
        }
        switch (Character.toLowerCase(c)) {
            case 'ł' -> out.append('l');
            case 'ø' -> out.append('o');
            case 'đ', 'ð' -> out.append('d');
            case 'ß' -> out.append("ss");
            case 'æ' -> out.append("ae");
            case 'œ' -> out.append("oe");
            case 'ı' -> out.append('i');
            case 'þ' -> out.append("th");
            default -> {
                String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                for (int j = 0; j < d.length(); j++) {
                    char x = d.charAt(j);
                    if (Character.getType(x) != Character.NON_SPACING_MARK && Character.getType(x) != Character.COMBINING_SPACING_MARK
                            && Character.getType(x) != Character.ENCLOSING_MARK) {
                        out.append(Character.toLowerCase(x));
                    }
                }
            }
        }
    }

    /**
     * The key of a name without its Arabic articles: "Mohammed Shia al-Sudani" → "mohammed shia sudani". A hyphenated
     * article goes ("ash-Sharq" → "sharq"); a free-standing "al" or "el" goes only before another word.
     */
    static String keyWithoutArticles(String name) {
        return key(ARTICLE.matcher(name).replaceAll(""));
    }

    /** A quick test before {@link #keyWithoutArticles}: whether the name may hold an Arabic article at all. */
    static boolean mayHaveArticles(String name) {
        for (int i = 0; i + 2 < name.length(); i++) {
            char c = name.charAt(i);
            if ((c == 'a' || c == 'A' || c == 'e' || c == 'E') && (i == 0 || !Character.isLetter(name.charAt(i - 1)))) {
                int j = i + 1;
                while (j < name.length() && j < i + 3 && Character.isLetter(name.charAt(j))) {
                    j++;
                }
                if (j < name.length() && (name.charAt(j) == '-' || name.charAt(j) == '‐' || name.charAt(j) == ' ') && j - i >= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern ARTICLE = java.util.regex.Pattern.compile(
            "(?i)(?<![\\p{L}'’])(?:(?:al|el|ad|ash|as|at|az|an|ar)[-‐]|(?:al|el)\\s+(?=\\p{L}))");

    /** The last word of a key: the surname of a person's name ("mohammed shia al sudani" → "sudani"). */
    static String lastWord(String key) {
        return key.substring(key.lastIndexOf(' ') + 1);
    }

    /**
     * The id part of a name: its key with every run of other characters as one hyphen ("Kata'ib Sayyid al-Shuhada" →
     * "kataib-sayyid-al-shuhada"). The same name gives the same slug in every article; a name with no Latin letter
     * or digit gets a hash of its key.
     */
    static String slug(String name) {
        String k = key(name);
        String slug = k.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "x" + Integer.toHexString(k.hashCode()) : slug;
    }

    /**
     * Edit distance with adjacent transpositions counted as one edit (optimal string alignment, as Lucene's
     * Levenshtein automata count them), stopping early once it exceeds {@code max}.
     */
    static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] before = new int[b.length() + 1];
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    cur[j] = Math.min(cur[j], before[j - 2] + 1);
                }
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = before;
            before = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * Two full names that differ by small misspellings: the same number of tokens, the last names equal, and every
     * other token within one edit (two for long tokens). "Kamal Harris" matches "Kamala Harris".
     */
    static boolean closeFullNames(List<String> a, List<String> b) {
        if (a.size() != b.size() || a.size() < 2 || !a.get(a.size() - 1).equals(b.get(b.size() - 1))) {
            return false;
        }
        int edits = 0;
        for (int i = 0; i < a.size() - 1; i++) {
            String x = a.get(i);
            String y = b.get(i);
            int allowed = Math.min(x.length(), y.length()) >= 8 ? 2 : 1;
            if (Math.min(x.length(), y.length()) < 4 && !x.equals(y)) {
                return false;
            }
            int d = distance(x, y, allowed);
            if (d > allowed) {
                return false;
            }
            edits += d;
        }
        return edits > 0;
    }

    /** How many words a name key has (words are separated by single spaces). */
    static int words(String key) {
        int n = 1;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }
}
