package org.sitrep.store;

import java.time.LocalDate;

/**
 * A search: Lucene query syntax over the text ({@code *} or blank for all), optionally narrowed to one kind, one actor
 * (id or name words), and a date range on the article date (inclusive).
 */
public record SearchQuery(String text, Kind kind, String actor, LocalDate since, LocalDate until, int limit) {
    public SearchQuery {
        if (limit <= 0) {
            throw new IllegalArgumentException("The parameter 'limit' must be positive, got " + limit);
        }
    }
}
