package org.sitrep.store;

import java.time.LocalDate;

/**
 * A search: Lucene query syntax over the text ({@code *} or blank for all), optionally narrowed to one kind, one actor
 * (id or name words), one event type (PLOVER, events only), one place (id or name words; events and articles), one
 * claim stance (claims only), and a date range on the article date (inclusive). A date range leaves out records whose
 * article has no date unless {@code includeUndated} keeps them; without a range every record passes, dated or not.
 * Hits {@code offset} to {@code offset + limit} are returned; {@code facets} asks for facet counts over every match.
 */
public record SearchQuery(String text, Kind kind, String actor, String type, String place, String stance, LocalDate since,
                          LocalDate until, boolean includeUndated, int offset, int limit, boolean facets) {
    /** The deepest hit a search pages to: beyond it, narrow the query. */
    public static final int MAX_DEPTH = 10_000;

    public SearchQuery {
        if (limit <= 0) {
            throw new IllegalArgumentException("The parameter 'limit' must be positive, got " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("The parameter 'offset' must not be negative, got " + offset);
        }
        if ((long) offset + limit > MAX_DEPTH) {
            throw new IllegalArgumentException("The parameters 'offset' and 'limit' reach hit " + ((long) offset + limit)
                    + ", beyond the " + MAX_DEPTH + " a search pages to; narrow the query");
        }
        if (since != null && until != null && since.isAfter(until)) {
            throw new IllegalArgumentException("The parameter 'since' (" + since + ") must not be after 'until' (" + until + ").");
        }
    }

    /** The first {@code limit} hits of a search by text, kind, actor and article date, without facets. */
    public SearchQuery(String text, Kind kind, String actor, LocalDate since, LocalDate until, boolean includeUndated, int limit) {
        this(text, kind, actor, null, null, null, since, until, includeUndated, 0, limit, false);
    }
}
