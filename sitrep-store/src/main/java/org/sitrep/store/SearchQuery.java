package org.sitrep.store;

import java.time.LocalDate;

/**
 * A search: Lucene query syntax over the text ({@code *} or blank for all), optionally narrowed to one kind, one actor
 * (id or name words), and a date range on the article date (inclusive). A date range leaves out records whose article
 * has no date unless {@code includeUndated} keeps them; without a range every record passes, dated or not.
 */
public record SearchQuery(String text, Kind kind, String actor, LocalDate since, LocalDate until, boolean includeUndated, int limit) {
    public SearchQuery {
        if (limit <= 0) {
            throw new IllegalArgumentException("The parameter 'limit' must be positive, got " + limit);
        }
    }
}
