package org.sitrep.store;

import java.util.List;

/** The hits of a search, best first and at most its limit, and how many records match in all. */
public record SearchResult(List<Hit> hits, long total) {
    public SearchResult {
        hits = List.copyOf(hits);
        if (total < hits.size()) {
            throw new IllegalArgumentException("The parameter 'total' must be at least the " + hits.size() + " hits, got " + total);
        }
    }
}
