package org.sitrep.model;

/** One token of the article text with its part of speech, lemma and named-entity tag ("O" when none). */
public record Token(int start, int end, String text, String pos, String lemma, String ner) {
    public boolean isVerb() {
        return pos.startsWith("VB") || pos.equals("MD");
    }

    public boolean isNoun() {
        return pos.startsWith("NN") || pos.equals("PRP") || pos.equals("CD");
    }
}
