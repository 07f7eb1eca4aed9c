package org.sitrep.time;

/**
 * A unit the temporal rules read: a token, or a part of a hyphenated token ("third-quarter" → third, -, quarter).
 *
 * @param key   the lower-case form without dots, which rules and the lexicon match
 * @param text  the text as written
 * @param token the index of the document token it comes from
 */
record TimexUnit(int start, int end, String text, String key, String pos, int token) {}
