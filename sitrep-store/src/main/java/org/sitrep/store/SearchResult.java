package org.sitrep.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hits of a search, best first and at most its limit, how many records match in all, and, when the query asked
 * for them, the facet counts over all matches by dimension ({@link Facets#DIMENSIONS}), largest first.
 */
public record SearchResult(List<Hit> hits, long total, Map<String, List<FacetCount>> facets) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facets));
        if (total < hits.size()) {
            throw new IllegalArgumentException("The parameter 'total' must be at least the " + hits.size() + " hits, got " + total);
        }
    }

    public SearchResult(List<Hit> hits, long total) {
        this(hits, total, Map.of());
    }
}
