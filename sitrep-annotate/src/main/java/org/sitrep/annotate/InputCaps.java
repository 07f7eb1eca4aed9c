package org.sitrep.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Keeps CoreNLP's cost per document linear before it sees the text. Its tagger and CRF slow down faster than linearly
 * with the length of a token and of a sentence (a 100,000-letter "word" exhausts a 4 GB heap; a 10,000-word sentence
 * takes 40 s), so absurd tokens are blanked out and over-long sentences are cut. Both edits replace characters one for
 * one (a token's characters by spaces, a space by a newline, which always ends a sentence in Sitrep's profile), so
 * every offset into the original text stays valid and the tokens keep their original text.
 *
 * <p>A token here is a run of non-space characters; a sentence runs to a token ending in {@code . ! ?} (before any
 * closing quotes or brackets) or to a line break. One pass, no allocation unless something is changed.
 */
public final class InputCaps {
    /** Longer runs of non-space characters are skipped: a URL fits, a base64 blob or a keyboard mash does not. */
    public static final int DEFAULT_MAX_TOKEN_CHARS = 200;
    /** Sentences with more words are cut every this many words: news sentences rarely pass 80. */
    public static final int DEFAULT_MAX_SENTENCE_WORDS = 200;
    public static final InputCaps DEFAULT = new InputCaps(DEFAULT_MAX_TOKEN_CHARS, DEFAULT_MAX_SENTENCE_WORDS);

    private final int maxTokenChars;
    private final int maxSentenceWords;

    /** What applying the caps did: the text CoreNLP should read, and a message per kind of change (empty when none). */
    public record Capped(String text, List<String> changes) {}

    public InputCaps(int maxTokenChars, int maxSentenceWords) {
        if (maxTokenChars < 1) {
            throw new IllegalArgumentException("The parameter 'maxTokenChars' must be at least 1, got " + maxTokenChars);
        }
        if (maxSentenceWords < 1) {
            throw new IllegalArgumentException("The parameter 'maxSentenceWords' must be at least 1, got " + maxSentenceWords);
        }
        this.maxTokenChars = maxTokenChars;
        this.maxSentenceWords = maxSentenceWords;
    }

    public int maxTokenChars() {
        return maxTokenChars;
    }

    public int maxSentenceWords() {
        return maxSentenceWords;
    }

    public Capped apply(String text) {
        char[] out = null;
        int n = text.length();
        int skipped = 0;
        int longestToken = 0;
        int firstSkipped = -1;
        int splitSentences = 0;
        int cuts = 0;
        int firstSplit = -1;
        int words = 0;
        boolean cutThisSentence = false;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                    words = 0;
                    cutThisSentence = false;
                }
                i++;
                continue;
            }
            int start = i;
            while (i < n && !isSpace(text.charAt(i))) {
                i++;
            }
            if (i - start > maxTokenChars) {
                if (out == null) {
                    out = text.toCharArray();
                }
                java.util.Arrays.fill(out, start, i, ' ');
                skipped++;
                longestToken = Math.max(longestToken, i - start);
                if (firstSkipped < 0) {
                    firstSkipped = start;
                }
                continue;
            }
            words++;
            if (words > maxSentenceWords) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[start - 1] = '\n'; // a space precedes every word but the first of a line, which never gets here
                cuts++;
                if (!cutThisSentence) {
                    splitSentences++;
                    cutThisSentence = true;
                    if (firstSplit < 0) {
                        firstSplit = start;
                    }
                }
                words = 1;
            }
            if (endsSentence(text, start, i)) {
                words = 0;
                cutThisSentence = false;
            }
        }
        if (out == null) {
            return new Capped(text, List.of());
        }
        List<String> changes = new ArrayList<>();
        if (skipped > 0) {
            changes.add(String.format(Locale.ROOT, "skipped %,d token%s longer than %,d characters (the longest %,d, the first at offset %,d; "
                    + "raise --max-token-chars to read them)", skipped, skipped == 1 ? "" : "s", maxTokenChars, longestToken, firstSkipped));
        }
        if (splitSentences > 0) {
            changes.add(String.format(Locale.ROOT, "split %,d sentence%s longer than %,d words into pieces (%,d cuts, the first at offset %,d; "
                    + "raise --max-sentence-words to keep them whole)", splitSentences, splitSentences == 1 ? "" : "s", maxSentenceWords, cuts, firstSplit));
        }
        return new Capped(new String(out), List.copyOf(changes));
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The run ends with . ! ? or … , possibly followed by closing quotes and brackets. */
    private static boolean endsSentence(String text, int start, int end) {
        int k = end - 1;
        while (k > start && "\"'”’»)]}".indexOf(text.charAt(k)) >= 0) {
            k--;
        }
        char c = text.charAt(k);
        return c == '.' || c == '!' || c == '?' || c == '…';
    }
}
