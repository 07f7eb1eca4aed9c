package org.sitrep.learn;

/**
 * An open-addressing map from long keys to int values, {@code -1} for a missing key; no boxing on the hot path. Each
 * slot keeps its key and value side by side in one array, so a lookup touches one cache line; key 0 marks an empty slot
 * (a real key 0 is stored as {@link #ZERO}).
 */
final class LongIntMap {
    private static final long ZERO = 0x9E3779B97F4A7C15L;
    private long[] table;
    private int size;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        table = new long[cap * 2];
    }

    int size() {
        return size;
    }

    int get(long key) {
        long k = key == 0 ? ZERO : key;
        int mask = table.length / 2 - 1;
        int i = mix(k) & mask;
        while (true) {
            long at = table[2 * i];
            if (at == k) {
                return (int) table[2 * i + 1];
            }
            if (at == 0) {
                return -1;
            }
            i = (i + 1) & mask;
        }
    }

    /** The key's value, adding it with {@code next} when absent. */
    int getOrAdd(long key, int next) {
        int v = get(key);
        if (v >= 0) {
            return v;
        }
        put(key, next);
        return next;
    }

    void put(long key, int value) {
        if ((size + 1) * 4 > table.length) {
            grow();
        }
        long k = key == 0 ? ZERO : key;
        int mask = table.length / 2 - 1;
        int i = mix(k) & mask;
        while (table[2 * i] != 0 && table[2 * i] != k) {
            i = (i + 1) & mask;
        }
        if (table[2 * i] == 0) {
            size++;
        }
        table[2 * i] = k;
        table[2 * i + 1] = value;
    }

    /** Calls {@code visitor} with every key and its value. */
    void forEach(Visitor visitor) {
        for (int i = 0; i < table.length; i += 2) {
            if (table[i] != 0) {
                visitor.visit(table[i] == ZERO ? 0 : table[i], (int) table[i + 1]);
            }
        }
    }

    @FunctionalInterface
    interface Visitor {
        void visit(long key, int value);
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        size = 0;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != 0) {
                put(old[i] == ZERO ? 0 : old[i], (int) old[i + 1]);
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
