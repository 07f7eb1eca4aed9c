package org.sitrep.story;

import java.util.HexFormat;

/**
 * Locality-sensitive hashing by banding: a signature of {@code bands × rows} values is cut into {@code bands} runs of
 * {@code rows} values, and each run is hashed, with its band number, into one 64-bit key. Two texts become candidates
 * when any band key is the same, that is when one whole band of their signatures agrees, which happens with
 * probability {@code 1 - (1 - J^rows)^bands} for Jaccard similarity J: an S-curve rising around
 * {@code (1/bands)^(1/rows)}. Candidates come from the keys alone, so no two articles are compared unless they share
 * one. Immutable.
 */
public final class Bands {
    private final int bands;
    private final int rows;

    public Bands(int bands, int rows) {
        if (bands < 1) {
            throw new IllegalArgumentException("The parameter 'bands' must be at least 1, got " + bands);
        }
        if (rows < 1) {
            throw new IllegalArgumentException("The parameter 'rows' must be at least 1, got " + rows);
        }
        this.bands = bands;
        this.rows = rows;
    }

    public int bands() {
        return bands;
    }

    public int rows() {
        return rows;
    }

    /** One key per band; none for an empty signature, which is nobody's candidate. */
    public long[] keys(Signature s) {
        if (s.size() != bands * rows) {
            throw new IllegalArgumentException("A signature of " + s.size() + " values does not cut into " + bands + " bands of " + rows + " rows");
        }
        if (s.isEmpty()) {
            return new long[0];
        }
        long[] keys = new long[bands];
        for (int band = 0; band < bands; band++) {
            long h = Shingles.mix(band + 1L);
            for (int r = 0; r < rows; r++) {
                h = Shingles.mix(h ^ (s.value(band * rows + r) & 0xffffffffL));
            }
            keys[band] = h;
        }
        return keys;
    }

    /** A key as 16 hex digits: the term under which the store indexes it. */
    public static String term(long key) {
        return HexFormat.of().toHexDigits(key);
    }

    /** The chance that two texts of Jaccard similarity {@code jaccard} share at least one band key. */
    public double candidateProbability(double jaccard) {
        return 1 - Math.pow(1 - Math.pow(jaccard, rows), bands);
    }

    /** Where the S-curve is steepest, roughly: {@code (1/bands)^(1/rows)}. */
    public double threshold() {
        return Math.pow(1.0 / bands, 1.0 / rows);
    }
}
