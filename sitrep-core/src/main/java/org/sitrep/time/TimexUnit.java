package org.sitrep.time;

/**
 * A unit the temporal rules read: a token, or a part of a hyphenated token ("third-quarter" → third, -, quarter).
 *
 * @param key   the lower-case form without dots, which rules and the lexicon match
 * @param text  the text as written
 * @param token the index of the document token it comes from
 * @param label whether it is a number the article uses as a name elsewhere ("Resolution 1701", then "1701"): no year
 */
record TimexUnit(int start, int end, String text, String key, String pos, int token, boolean label) {
    TimexUnit(int start, int end, String text, String key, String pos, int token) {
        this(start, end, text, key, pos, token, false);
    }

    TimexUnit asLabel() {
        return new TimexUnit(start, end, text, key, pos, token, true);
    }
}
