package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;
import org.sitrep.model.Claim;
import org.sitrep.model.Ids;

/**
 * Nested attributions as a chain: a claim whose cue lies inside another claim's content is reported inside it ("sources
 * told Reuters that the envoy had said ...": the envoy's claim has the sources' claim as its {@link Claim#parent}).
 * The parent is the innermost such claim of the same article: of those whose content holds the whole cue, the one
 * with the shortest content. A parent's content is always strictly longer than its child's, so no claim is its own
 * parent or ancestor, whatever the spans. One sweep over the claims in cue order: O(n log n).
 */
final class ClaimNesting {
    private ClaimNesting() {}

    /**
     * The claims, in the same order, each with its parent set when it has one; claims without one are returned as
     * they are. Every claim must have its id ({@link org.sitrep.model.Document} fills them).
     */
    static List<Claim> withParents(List<Claim> claims) {
        int n = claims.size();
        // A claim's rank: the content length of the first claim with its id, the one a parent id names.
        Map<String, Integer> rankOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Claim c = claims.get(i);
            if (c.id() == null) {
                throw new IllegalArgumentException("Claim " + i + " (cue '" + c.cue().text() + "' at " + c.cue().start()
                        + ") has no id; put the claims in a Document first");
            }
            rankOf.putIfAbsent(c.id(), c.content().length());
        }
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) {
            rank[i] = rankOf.get(claims.get(i).id());
        }
        Integer[] byContent = order(n, Comparator.comparingInt(i -> claims.get(i).content().start()));
        Integer[] byCue = order(n, Comparator.comparingInt(i -> claims.get(i).cue().start()));
        // Contents that have started and may still hold a later cue: keyed by rank, then index; and by end, to retire them.
        TreeSet<Long> open = new TreeSet<>();
        PriorityQueue<Integer> byEnd = new PriorityQueue<>(Comparator.comparingInt(i -> claims.get(i).content().end()));
        List<Claim> out = new ArrayList<>(claims);
        int next = 0;
        for (int q : byCue) {
            Claim child = claims.get(q);
            int cueStart = child.cue().start();
            int cueEnd = child.cue().end();
            while (next < n && claims.get(byContent[next]).content().start() <= cueStart) {
                open.add(key(rank[byContent[next]], byContent[next]));
                byEnd.add(byContent[next]);
                next++;
            }
            while (!byEnd.isEmpty() && claims.get(byEnd.peek()).content().end() < cueStart) {
                int done = byEnd.poll();
                open.remove(key(rank[done], done)); // cues only move right: this content can hold none of them
            }
            String article = Ids.article(child.id());
            // Only strictly higher ranks: never itself, never a claim that could be below it in a chain.
            for (long k : open.tailSet(key(rank[q], Integer.MAX_VALUE), false)) {
                Claim parent = claims.get((int) k);
                if (parent.content().end() >= cueEnd && Ids.article(parent.id()).equals(article)) {
                    out.set(q, child.withParent(parent.id()));
                    break;
                }
            }
        }
        return List.copyOf(out);
    }

    private static long key(int rank, int index) {
        return ((long) rank << 32) | index;
    }

    private static Integer[] order(int n, Comparator<Integer> by) {
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, by);
        return idx;
    }
}
