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

    static String slug(String name) {
        return normalise(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** Levenshtein distance, stopping early once it exceeds {@code max}. */
    static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
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
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev;
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
}
