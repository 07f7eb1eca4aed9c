package org.sitrep.story;

/**
 * A fixed, seeded family of hash functions for MinHash signatures. Function {@code i} maps a 64-bit shingle hash
 * {@code x} to {@code (a_i * x + b_i) >>> 33} (multiply-shift hashing; {@code a_i} odd), with {@code a_i} and
 * {@code b_i} drawn from a SplitMix64 sequence started at the seed. Nothing depends on the JVM, the platform or the
 * run: the same seed and text give the same signature everywhere, so signatures stored today match those computed
 * next year. Immutable and thread-safe.
 */
public final class MinHash {
    private static final long GOLDEN = 0x9e3779b97f4a7c15L;
    private final long[] a;
    private final long[] b;
    private final long seed;

    public MinHash(int functions, long seed) {
        if (functions < 1) {
            throw new IllegalArgumentException("The parameter 'functions' must be at least 1, got " + functions);
        }
        this.seed = seed;
        a = new long[functions];
        b = new long[functions];
        long state = seed;
        for (int i = 0; i < functions; i++) {
            state += GOLDEN;
            a[i] = Shingles.mix(state) | 1L;
            state += GOLDEN;
            b[i] = Shingles.mix(state);
        }
    }

    public int functions() {
        return a.length;
    }

    public long seed() {
        return seed;
    }

    /** The signature of a set of shingle hashes (see {@link Shingles#hashes}); an empty set gives an empty signature. */
    public Signature signature(long[] shingles) {
        int n = a.length;
        int[] min = new int[n];
        java.util.Arrays.fill(min, Integer.MAX_VALUE);
        for (long x : shingles) {
            for (int i = 0; i < n; i++) {
                int h = (int) ((a[i] * x + b[i]) >>> 33);
                if (h < min[i]) {
                    min[i] = h;
                }
            }
        }
        return new Signature(min, shingles.length);
    }
}
