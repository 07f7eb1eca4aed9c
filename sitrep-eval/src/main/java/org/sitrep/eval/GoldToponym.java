package org.sitrep.eval;

/**
 * A gold toponym of a geoparsing corpus: the character range [start, end) of its article's text, the phrase found
 * there, and the gold coordinates, both null for a toponym the corpus left without coordinates (not scorable).
 */
public record GoldToponym(int start, int end, String phrase, Double lat, Double lon) {
    public GoldToponym {
        if (phrase == null) {
            throw new IllegalArgumentException("The parameter 'phrase' must not be null.");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Toponym offsets must satisfy 0 <= start <= end, got [" + start + ", " + end + ")");
        }
        if (lat == null != (lon == null)) {
            throw new IllegalArgumentException("Toponym '" + phrase + "' has only one of lat and lon");
        }
    }

    /** Whether the corpus gives coordinates, so that a guess can be scored. */
    public boolean scorable() {
        return lat != null;
    }

    /** Whether this toponym shares at least one character with [otherStart, otherEnd). */
    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
