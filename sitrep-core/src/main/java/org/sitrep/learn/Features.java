package org.sitrep.learn;

/**
 * 64-bit feature hashes: a template number and one or two values. Strings contribute their (cached) {@code hashCode},
 * so hashing a token's features allocates nothing.
 */
public final class Features {
    private Features() {}

    public static long of(int template, String value) {
        return mix(((long) template << 32) ^ (value.hashCode() & 0xffffffffL));
    }

    public static long of(int template, int value) {
        return mix(((long) template << 32) ^ (value & 0xffffffffL) ^ 0x5bd1e995L);
    }

    public static long of(int template, String a, String b) {
        return mix(of(template, a) * 31 + (b.hashCode() & 0xffffffffL));
    }

    public static long of(int template, String a, int b) {
        return mix(of(template, a) * 37 + b);
    }

    public static long of(int template, int a, int b) {
        return mix(of(template, a) * 41 + b);
    }

    public static long of(int template, int a, String b) {
        return mix(of(template, a) * 43 + (b.hashCode() & 0xffffffffL));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
