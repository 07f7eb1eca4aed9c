package org.sitrep.eval;

import java.util.List;

/**
 * One CoNLL document rebuilt as text: tokens joined by single spaces, one sentence per line. {@code starts}/{@code ends}
 * give each token's offsets in {@code text}; {@code gold} the entities as token ranges.
 */
public record ConllDocument(String text, int[] starts, int[] ends, List<Entity> gold) {
    /** An entity over tokens [first, last] of a type (PER, ORG, LOC, MISC). */
    public record Entity(int first, int last, String type) {}
}
