package org.sitrep.story;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Document;

/**
 * Groups a stream of articles into stories in memory, as they arrive. Each article's band keys are looked up in the
 * buckets of the articles before it; each candidate found there (at most {@value #MAX_PER_BUCKET} per bucket, the
 * newest) is verified by estimated Jaccard similarity, and verified pairs are joined in a {@link UnionFind} whose
 * sets are named by their earliest member. {@link #add} answers at once with the story id as it stands, so a sink can
 * write the article straight away; {@link #story(int)} gives the final grouping once all are in, which differs only
 * where a later article joined two stories that were apart until then.
 *
 * <p>Holds per article its id, its signature and its band filings, about 1.5 KB with the standard scheme, never the
 * text. Not thread-safe: a batch calls it from the one thread that delivers documents in input order.
 */
public final class StoryGrouper {
    /** A bucket this full holds boilerplate shared by many articles; its older members are not compared again. */
    static final int MAX_PER_BUCKET = 64;

    private final StoryScheme scheme;
    private final UnionFind sets = new UnionFind();
    private final List<String> ids = new ArrayList<>();
    private final List<Signature> signatures = new ArrayList<>();
    private final BucketTable buckets = new BucketTable();
    private int[] seenBy = new int[16];
    private long comparisons;

    public StoryGrouper() {
        this(StoryScheme.STANDARD);
    }

    public StoryGrouper(StoryScheme scheme) {
        if (scheme == null) {
            throw new IllegalArgumentException("The parameter 'scheme' must not be null.");
        }
        this.scheme = scheme;
    }

    /** {@code doc} with its article's story set; see {@link #add(String, String)}. */
    public Document assign(Document doc) {
        return doc.withArticle(doc.article().withStory(add(doc.article().id(), doc.text())));
    }

    /** Adds an article body and returns its story id as it stands: the id of the earliest article it is a copy of, or its own. */
    public String add(String articleId, String text) {
        return add(articleId, scheme.signature(text));
    }

    /** Adds an article by its signature (made by this grouper's scheme) and returns its story id as it stands. */
    public String add(String articleId, Signature signature) {
        if (articleId == null) {
            throw new IllegalArgumentException("The parameter 'articleId' must not be null.");
        }
        int me = sets.add();
        ids.add(articleId);
        signatures.add(signature);
        if (seenBy.length == me) {
            seenBy = java.util.Arrays.copyOf(seenBy, me * 2);
        }
        long[] keys = scheme.bandKeys(signature);
        for (long key : keys) {
            int visited = 0;
            for (int f = buckets.head(key); f != -1 && visited < MAX_PER_BUCKET; f = buckets.next(f), visited++) {
                int other = buckets.member(f);
                if (seenBy[other] == me + 1 || sets.find(other) == sets.find(me)) {
                    continue;
                }
                seenBy[other] = me + 1;
                comparisons++;
                if (scheme.sameStory(signature, signatures.get(other))) {
                    sets.union(me, other);
                }
            }
        }
        for (long key : keys) {
            buckets.add(key, me);
        }
        return ids.get(sets.find(me));
    }

    /** How many articles were added. */
    public int size() {
        return ids.size();
    }

    /** The final story id of the {@code i}-th article added (0-based). */
    public String story(int i) {
        return ids.get(sets.find(i));
    }

    /** How many candidate pairs were verified by their signatures so far: far fewer than all pairs. */
    public long comparisons() {
        return comparisons;
    }
}
