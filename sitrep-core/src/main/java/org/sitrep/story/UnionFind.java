package org.sitrep.story;

import java.util.Arrays;

/**
 * Disjoint sets over the members 0, 1, 2, … in the order they were added, with path halving. The representative of
 * a set is always its least member, that is its earliest-added one, so a group's name never depends on the order in
 * which its links were found. Not thread-safe.
 */
public final class UnionFind {
    private int[] parent = new int[16];
    private int size;

    /** Adds a member in a set of its own and returns its number. */
    public int add() {
        if (size == parent.length) {
            parent = Arrays.copyOf(parent, size * 2);
        }
        parent[size] = size;
        return size++;
    }

    public int size() {
        return size;
    }

    /** The least member of {@code x}'s set. */
    public int find(int x) {
        check(x);
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** Joins the sets of {@code x} and {@code y}; returns the representative of the joined set. */
    public int union(int x, int y) {
        int rx = find(x);
        int ry = find(y);
        if (rx == ry) {
            return rx;
        }
        int root = Math.min(rx, ry);
        parent[Math.max(rx, ry)] = root;
        return root;
    }

    private void check(int x) {
        if (x < 0 || x >= size) {
            throw new IllegalArgumentException("No member " + x + " (members are 0 to " + (size - 1) + ")");
        }
    }
}
