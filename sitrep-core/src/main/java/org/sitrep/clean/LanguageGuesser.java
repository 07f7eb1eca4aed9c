package org.sitrep.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.Character.UnicodeScript;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import org.sitrep.internal.Tsv;

/**
 * Tells the language of a text in one pass over its characters. When most letters are in one non-Latin script, the
 * script names the language ({@code scripts.tsv}: Arabic, Cyrillic, Han and so on, with letters that tell Persian from
 * Arabic or Ukrainian from Russian). Latin-script text is told by which language's function words
 * ({@code function-words.tsv}) make the largest share of its words. Says {@value Languages#UNDETERMINED} when there is
 * too little text or no clear winner. English keeps the old rule: it is named whenever its function words make at
 * least 12% of the words and no other language clearly beats it, so English news is never turned away.
 */
public final class LanguageGuesser {
    /** English function words at least this share of the words make a text English (the rule before other languages). */
    static final double ENGLISH_SHARE = 0.12;
    /** English wins unless another language has more than this many times its hits. */
    static final double ENGLISH_MARGIN = 1.0 / 0.75;
    /** Another Latin-script language needs this many words, this many function words, this share of them, and this lead over the runner-up. */
    static final int MIN_WORDS = 5;
    /** A headline-like line ("Talks: negotiators met in Doha") shares two short words with several languages: no evidence. */
    static final int MIN_HITS = 3;
    static final double MIN_SHARE = 0.10;
    static final double MIN_LEAD = 1.25;
    /** A script names the language only from this many letters on. */
    static final int MIN_SCRIPT_LETTERS = 10;

    private static final FunctionWords WORDS = load("function-words.tsv", FunctionWords::read);
    private static final ScriptLanguages SCRIPTS = load("scripts.tsv", ScriptLanguages::read);
    private static final int ENGLISH = WORDS.languages().indexOf("en");

    private LanguageGuesser() {}

    /** Every language code {@link #guess} can return, besides {@value Languages#UNDETERMINED}. */
    public static Set<String> languages() {
        Set<String> all = new LinkedHashSet<>(WORDS.languages());
        all.addAll(SCRIPTS.languages());
        return Set.copyOf(all);
    }

    /** The language of {@code text} as an ISO 639-1 code, or {@value Languages#UNDETERMINED}. */
    public static String guess(String text) {
        Counts c = new Counts(WORDS.languages().size(), SCRIPTS.poolCount(), SCRIPTS.ruleCount());
        StringBuilder word = new StringBuilder(WORDS.longest() + 1);
        boolean inWord = false;
        int n = text.length();
        for (int i = 0; i < n; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isLatinLetter(cp)) {
                c.latin++;
                inWord = true;
                word.appendCodePoint(Character.toLowerCase(cp));
                continue;
            }
            if ((cp == '\'' || cp == '\u2019') && inWord && i < n && isLatinLetter(text.codePointAt(i))) {
                word.append('\'');
                continue;
            }
            if (inWord) {
                c.word(word);
                word.setLength(0);
                inWord = false;
            }
            if (cp >= 0x80 && (Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK)) {
                UnicodeScript script = UnicodeScript.of(cp);
                int pool = SCRIPTS.pool(script);
                if (pool >= 0) {
                    c.pools[pool]++;
                    SCRIPTS.countMarks(cp, script, c.marks);
                } else if (Character.isLetter(cp) && script != UnicodeScript.INHERITED && script != UnicodeScript.COMMON) {
                    c.other++;
                }
            }
        }
        if (inWord) {
            c.word(word);
        }
        return c.decide();
    }

    /** ASCII letters and the letters of the Latin script (accented letters included). */
    private static boolean isLatinLetter(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z';
        }
        return Character.isLetter(cp) && (cp < 0x250 || UnicodeScript.of(cp) == UnicodeScript.LATIN);
    }

    /** What one pass counted. */
    private static final class Counts {
        final int[] hits;
        final int[] pools;
        final int[] marks;
        int words;
        int latin;
        int other;

        Counts(int languages, int pools, int rules) {
            this.hits = new int[languages];
            this.pools = new int[pools];
            this.marks = new int[rules];
        }

        /** Counts a Latin word; one with an apostrophe may match whole, by its head with the apostrophe (l'), or without it. */
        void word(CharSequence w) {
            words++;
            if (w.length() > WORDS.longest()) {
                int apostrophe = indexOf(w, '\'');
                if (apostrophe > 0 && apostrophe < WORDS.longest()) {
                    add(WORDS.mask(w.subSequence(0, apostrophe + 1).toString()));
                }
                return;
            }
            String s = w.toString();
            int mask = WORDS.mask(s);
            int apostrophe = s.indexOf('\'');
            if (mask == 0 && apostrophe > 0) {
                mask = WORDS.mask(s.substring(0, apostrophe + 1));
                if (mask == 0) {
                    mask = WORDS.mask(s.substring(0, apostrophe));
                }
            }
            add(mask);
        }

        private void add(int mask) {
            for (int m = mask, b = 0; m != 0; m >>>= 1, b++) {
                if ((m & 1) != 0) {
                    hits[b]++;
                }
            }
        }

        private static int indexOf(CharSequence s, char ch) {
            for (int k = 0; k < s.length(); k++) {
                if (s.charAt(k) == ch) {
                    return k;
                }
            }
            return -1;
        }

        String decide() {
            int pool = 0;
            for (int p = 1; p < pools.length; p++) {
                if (pools[p] > pools[pool]) {
                    pool = p;
                }
            }
            int script = pools.length == 0 ? 0 : pools[pool];
            if (latin >= script && latin >= other && latin > 0) {
                return latinLanguage();
            }
            if (other > script || script < MIN_SCRIPT_LETTERS) {
                return Languages.UNDETERMINED;
            }
            return SCRIPTS.language(pool, script, marks);
        }

        private String latinLanguage() {
            if (words == 0) {
                return Languages.UNDETERMINED;
            }
            int best = ENGLISH >= 0 ? ENGLISH : 0;
            for (int l = 0; l < hits.length; l++) {
                if (hits[l] > hits[best]) {
                    best = l;
                }
            }
            if (ENGLISH >= 0 && hits[ENGLISH] >= ENGLISH_SHARE * words && hits[best] <= ENGLISH_MARGIN * hits[ENGLISH]) {
                return "en";
            }
            int second = 0;
            for (int l = 0; l < hits.length; l++) {
                if (l != best && hits[l] > second) {
                    second = hits[l];
                }
            }
            boolean clear = words >= MIN_WORDS && hits[best] >= MIN_HITS && hits[best] >= MIN_SHARE * words && hits[best] >= MIN_LEAD * second;
            return clear ? WORDS.languages().get(best) : Languages.UNDETERMINED;
        }
    }

    /** Reads a bundled data file next to this class with one of the row readers above. */
    private static <T> T load(String name, Reader<T> reader) {
        return Tsv.bundled(LanguageGuesser.class, name, in -> reader.read(name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
    }

    private interface Reader<T> {
        T read(String name, BufferedReader in) throws IOException;
    }
}
