package org.sitrep.eval;

import java.util.List;

/** A gold span: one or more character fragments [start, end) (brat allows discontinuous spans). */
public record GoldSpan(List<int[]> fragments) {
    public GoldSpan {
        fragments = List.copyOf(fragments);
        if (fragments.isEmpty()) {
            throw new IllegalArgumentException("A gold span needs at least one fragment");
        }
    }

    public int start() {
        return fragments.stream().mapToInt(f -> f[0]).min().orElseThrow();
    }

    public int end() {
        return fragments.stream().mapToInt(f -> f[1]).max().orElseThrow();
    }

    public boolean overlaps(int s, int e) {
        return fragments.stream().anyMatch(f -> f[0] < e && s < f[1]);
    }
}
