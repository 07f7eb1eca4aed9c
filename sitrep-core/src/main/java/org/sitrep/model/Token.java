package org.sitrep.model;

/** One token of the article text with its part of speech, lemma and named-entity tag ("O" when none). */
public record Token(int start, int end, String text, String pos, String lemma, String ner) {
    public boolean isVerb() {
        return pos.startsWith("VB") || pos.equals("MD");
    }

    /** The index of the first of {@code tokens} (in text order) that ends after {@code offset}: a binary search. */
    public static int firstEndingAfter(java.util.List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public boolean isNoun() {
        return pos.startsWith("NN") || pos.equals("PRP") || pos.equals("CD");
    }
}
