package org.sitrep.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Locale;
import org.sitrep.json.DocumentJson;
import org.sitrep.store.SitrepStore;
import org.sitrep.store.Timeline;

/**
 * {@code GET /api/timeline}: events per day or ISO week, optionally split by type, actor, place or context, as
 * {@code sitrep timeline} counts them ({@link Timeline}); the OpenAPI schema {@code Timeline}.
 */
final class TimelineApi {
    /** The most periods one answer lists: 27 years of days. */
    static final int MAX_PERIODS = 10_000;

    private final SitrepStore store;

    TimelineApi(SitrepStore store) {
        this.store = store;
    }

    void timeline(Context ctx) {
        Timeline.Interval interval = Params.choice(ctx, "interval", Timeline.Interval.class);
        Timeline.By by = Params.choice(ctx, "by", Timeline.By.class);
        Timeline t = Timeline.count(store, EventFilters.happened(ctx), interval == null ? Timeline.Interval.WEEK : interval, by,
                Params.bool(ctx, "mentions"), MAX_PERIODS);
        ctx.json(json(t));
    }

    static ObjectNode json(Timeline t) {
        ObjectNode out = DocumentJson.mapper().createObjectNode();
        out.put("interval", name(t.interval())).put("by", t.by() == null ? null : name(t.by()));
        ArrayNode rows = out.putArray("rows");
        t.rows().forEach(r -> rows.addObject().put("period", r.period()).put("key", r.key()).put("count", r.count()));
        out.put("total", t.total()).put("undated", t.undated()).put("coarse", t.coarse());
        return out;
    }

    private static String name(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
