package org.sitrep.story;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Word shingles of a text, hashed. Words are normalised first (NFKC, lower case, any run of characters that are not
 * letters or digits is one break), so case, punctuation, quotes and white space never tell two copies apart. A shingle
 * is {@code k} consecutive words; a text of fewer than {@code k} words is one shingle of all its words, an empty
 * text none. Hashes are FNV-1a over the words' code points, combined and finished with the SplitMix64 mixer: defined
 * by Java's integer arithmetic alone, so the same text hashes the same on every run and machine.
 */
public final class Shingles {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Shingles() {}

    /** The normalised words of {@code text}. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        String t = normalised(text);
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                w.appendCodePoint(Character.toLowerCase(cp));
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        if (w.length() > 0) {
            out.add(w.toString());
        }
        return out;
    }

    /** The distinct hashes of the {@code k}-word shingles of {@code text}, in ascending order. */
    public static long[] hashes(String text, int k) {
        if (text == null) {
            throw new IllegalArgumentException("The parameter 'text' must not be null.");
        }
        if (k < 1) {
            throw new IllegalArgumentException("The parameter 'k' must be at least 1, got " + k);
        }
        long[] words = wordHashes(normalised(text));
        int n = words.length;
        if (n == 0) {
            return new long[0];
        }
        int count = Math.max(1, n - k + 1);
        int width = Math.min(k, n);
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            long h = FNV_OFFSET;
            for (int j = 0; j < width; j++) {
                h = (h ^ words[i + j]) * FNV_PRIME;
            }
            out[i] = mix(h);
        }
        Arrays.sort(out);
        int distinct = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[distinct++] = out[i];
            }
        }
        return distinct == out.length ? out : Arrays.copyOf(out, distinct);
    }

    private static long[] wordHashes(String t) {
        long[] out = new long[Math.max(16, t.length() / 5)];
        int n = 0;
        long h = FNV_OFFSET;
        boolean inWord = false;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                h = (h ^ Character.toLowerCase(cp)) * FNV_PRIME;
                inWord = true;
            } else if (inWord) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = mix(h);
                h = FNV_OFFSET;
                inWord = false;
            }
        }
        if (inWord) {
            if (n == out.length) {
                out = Arrays.copyOf(out, n + 1);
            }
            out[n++] = mix(h);
        }
        return Arrays.copyOf(out, n);
    }

    private static String normalised(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /** The SplitMix64 finaliser: a bijection on 64-bit values that spreads every input bit over the output. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
