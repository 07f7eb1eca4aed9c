package org.sitrep.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import org.sitrep.store.Calm;
import org.sitrep.store.SitrepStore;

/**
 * {@code GET /api/calm}: how long since the last event of a kind between two sides, the same JSON as
 * {@code sitrep calm --json} ({@link Calm#json()}).
 */
final class CalmApi {
    /** The most reports of non-events one answer lists. */
    static final int MAX_LIMIT = 100;

    private final SitrepStore store;

    CalmApi(SitrepStore store) {
        this.store = store;
    }

    void calm(Context ctx) {
        List<String> types = EventFilters.list(ctx, "type");
        Calm.Question q = new Calm.Question(types.isEmpty() ? List.of("ASSAULT") : types, Params.text(ctx, "source"), Params.text(ctx, "target"),
                Params.text(ctx, "source-country"), Params.text(ctx, "target-country"));
        int limit = Params.integer(ctx, "limit", 10, 1, MAX_LIMIT);
        LocalDate asOf = Params.date(ctx, "as-of");
        if (asOf == null) {
            asOf = Calm.latestDay(store).orElseThrow(() -> new IllegalArgumentException(
                    "The store holds no dated event that happened to measure up to; give the parameter 'as-of'"));
        }
        ctx.json(Calm.of(store, q, asOf, limit).json());
    }
}
