package org.sitrep.story;

/**
 * What makes two articles one story, in one place: shingle size, the MinHash family, the banding and the similarity a
 * candidate pair must reach. {@link #STANDARD} is what Sitrep uses everywhere (analyze, the store, the benchmark);
 * changing it changes stored band keys, so a store keeps the scheme it was built with. Immutable.
 *
 * <p>The standard scheme: 5-word shingles; 128 MinHash values (seed {@value #SEED}); 32 bands × 4 rows, so a pair
 * becomes a candidate with probability 0.23 at Jaccard 0.3, 0.56 at 0.4, 0.87 at 0.5, 0.99 at 0.6 and above 0.999
 * from 0.7 (docs/stories.md has the whole curve); a candidate pair is one story when its estimated Jaccard
 * similarity is at least 0.5.
 */
public final class StoryScheme {
    /** The MinHash seed of the standard scheme; any fixed value would do, this one must simply never change. */
    public static final long SEED = 0x5349_5452_4550_0001L;
    public static final StoryScheme STANDARD = new StoryScheme(5, 32, 4, SEED, 0.5);

    private final int shingleSize;
    private final MinHash minHash;
    private final Bands bands;
    private final double threshold;

    public StoryScheme(int shingleSize, int bands, int rows, long seed, double threshold) {
        if (shingleSize < 1) {
            throw new IllegalArgumentException("The parameter 'shingleSize' must be at least 1, got " + shingleSize);
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("The parameter 'threshold' must be in (0, 1], got " + threshold);
        }
        this.shingleSize = shingleSize;
        this.bands = new Bands(bands, rows);
        this.minHash = new MinHash(bands * rows, seed);
        this.threshold = threshold;
    }

    /** The signature of an article body. */
    public Signature signature(String text) {
        return minHash.signature(Shingles.hashes(text, shingleSize));
    }

    /** The band keys under which a signature is filed and looked up. */
    public long[] bandKeys(Signature s) {
        return bands.keys(s);
    }

    /** Whether two signatures are close enough to be one story. */
    public boolean sameStory(Signature a, Signature b) {
        return a.similarity(b) >= threshold;
    }

    public int shingleSize() {
        return shingleSize;
    }

    public Bands bands() {
        return bands;
    }

    public double threshold() {
        return threshold;
    }
}
