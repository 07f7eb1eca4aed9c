package org.sitrep.story;

import java.util.Arrays;

/**
 * Band key → the members filed under it, newest first, in flat arrays (an open-addressing table of chain heads and
 * one chain link per filing): about 24 bytes per filing instead of a boxed map's hundred. Not thread-safe.
 */
final class BucketTable {
    private static final int NONE = -1;
    private long[] keys = new long[64];
    private int[] heads = filled(64);
    private int used;
    private int[] next = new int[64];
    private int[] member = new int[64];
    private int filings;

    /** The first filing under {@code key}, or -1. */
    int head(long key) {
        int slot = slot(key);
        return heads[slot];
    }

    int next(int filing) {
        return next[filing];
    }

    int member(int filing) {
        return member[filing];
    }

    void add(long key, int m) {
        if (filings == next.length) {
            next = Arrays.copyOf(next, filings * 2);
            member = Arrays.copyOf(member, filings * 2);
        }
        int slot = slot(key);
        if (heads[slot] == NONE) {
            keys[slot] = key;
            used++;
        }
        next[filings] = heads[slot];
        member[filings] = m;
        heads[slot] = filings++;
        if (used * 2 > keys.length) {
            grow();
        }
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) Shingles.mix(key) & mask;
        while (heads[i] != NONE && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new long[oldKeys.length * 2];
        heads = filled(keys.length);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldHeads[i] != NONE) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                heads[slot] = oldHeads[i];
            }
        }
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, NONE);
        return a;
    }
}
