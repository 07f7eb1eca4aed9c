package org.sitrep.knowledge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names as TABARI dictionaries write them ({@code BASHAR_AL_ASSAD_}) turned into display names ("Bashar al-Assad") and
 * into the slugs of Sitrep actor ids ({@code bashar-al-assad}).
 *
 * <p>Display rules: underscores are spaces; each word is capitalised, also after a hyphen; the Arabic article
 * {@code AL}/{@code EL} before a word joins it as {@code al-}/{@code el-}; connecting words inside a name (of, the,
 * and, bin, de, van, ...) are lower case; initials ({@code R.K.}) stay upper case. Organisation names keep acronyms:
 * a one-word name of up to four letters ({@code IAEA}), a two-letter word ({@code UN}), a word without vowels
 * ({@code PKK}) or a word in parentheses. Names of persons and countries keep no word upper case except initials.
 */
public final class PhoenixNames {
    /** Words written lower case inside a name; a casing rule of English and of the transliterations news uses. */
    private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "for", "in", "on", "at", "to", "by", "de", "da", "di", "du",
            "del", "della", "des", "la", "le", "van", "von", "der", "den", "bin", "ibn", "wa", "fi", "y");
    private static final Set<String> ARTICLES = Set.of("al", "el");
    private static final Pattern INITIALS = Pattern.compile("(\\p{L}\\.)+\\p{L}?");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

    private PhoenixNames() {}

    /** {@code "BASHAR_AL_ASSAD_"} → "Bashar al-Assad"; {@code acronyms} turns the acronym rules on (organisations). */
    public static String display(String raw, boolean acronyms) {
        if (raw == null) {
            throw new IllegalArgumentException("The parameter 'raw' must not be null.");
        }
        String[] words = raw.replace('_', ' ').strip().split("\\s+");
        if (words.length == 1 && words[0].isEmpty()) {
            return "";
        }
        List<String> out = new ArrayList<>();
        String pendingArticle = null;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String lower = w.toLowerCase(Locale.ROOT);
            if (ARTICLES.contains(lower) && i + 1 < words.length && LETTERS.matcher(words[i + 1].substring(0, 1)).matches()) {
                pendingArticle = lower + "-";
                continue;
            }
            String cased;
            if (pendingArticle == null && i > 0 && CONNECTORS.contains(lower)) {
                cased = lower;
            } else if (acronyms && keepsUpperCase(w, words.length)) {
                cased = w;
            } else {
                cased = capitalise(w);
            }
            out.add(pendingArticle == null ? cased : pendingArticle + cased);
            pendingArticle = null;
        }
        return String.join(" ", out);
    }

    private static boolean keepsUpperCase(String w, int wordsInName) {
        if (w.startsWith("(") && w.endsWith(")")) {
            return true;
        }
        if (!LETTERS.matcher(w).matches()) {
            return false;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        return (wordsInName == 1 && w.length() <= 4) || (w.length() == 2 && !CONNECTORS.contains(lower) && !ARTICLES.contains(lower))
                || (w.length() >= 2 && lower.chars().noneMatch(c -> "aeiouy".indexOf(c) >= 0));
    }

    /** Capitalises one word and each part after a hyphen ("KI-MOON" → "Ki-Moon", "AL-ASSAD" → "al-Assad"). */
    static String capitalise(String w) {
        if (INITIALS.matcher(w).matches()) {
            return w.toUpperCase(Locale.ROOT);
        }
        String[] parts = w.split("-", -1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                b.append('-');
            }
            String p = parts[i];
            String lower = p.toLowerCase(Locale.ROOT);
            if (ARTICLES.contains(lower) && i + 1 < parts.length) {
                b.append(lower);
            } else {
                b.append(capitalisePart(p));
            }
        }
        return b.toString();
    }

    private static String capitalisePart(String p) {
        String lower = p.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower);
        int first = firstLetter(lower, 0);
        if (first >= 0) {
            b.setCharAt(first, Character.toUpperCase(lower.charAt(first)));
        }
        // O'Brien, D'Estaing: one letter before the apostrophe; Sha'bi, People's stay as they are.
        int apostrophe = lower.indexOf('\'');
        if (apostrophe == first + 1 && first >= 0 && apostrophe + 1 < lower.length()) {
            int next = firstLetter(lower, apostrophe + 1);
            if (next == apostrophe + 1) {
                b.setCharAt(next, Character.toUpperCase(lower.charAt(next)));
            }
        }
        return b.toString();
    }

    private static int firstLetter(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The slug of an actor id, the rule the curated {@code actors.tsv} follows: accents dropped, a final possessive
     * and apostrophes dropped, lower case, a leading "the " dropped, every run of other characters than ASCII letters
     * and digits one hyphen ("Mohammed Shia' al-Sudani" → {@code mohammed-shia-al-sudani}). Empty when the name has
     * no ASCII letter or digit.
     */
    public static String slug(String name) {
        if (name == null) {
            throw new IllegalArgumentException("The parameter 'name' must not be null.");
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.replaceAll("['’]s$", "").replaceAll("['’`]", "").toLowerCase(Locale.ROOT).strip();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
