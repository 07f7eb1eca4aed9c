package org.sitrep.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import org.sitrep.json.DocumentJson;
import org.sitrep.store.EventQuery;
import org.sitrep.store.SearchQuery;
import org.sitrep.store.SitrepStore;
import org.sitrep.store.StoredEvent;

/** {@code GET /api/events}: stored events, latest day first (or earliest), with the shared event filters, a page at a time. */
final class EventsApi {
    private final SitrepStore store;
    private final WebSettings settings;

    EventsApi(SitrepStore store, WebSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    void events(Context ctx) {
        EventQuery q = EventFilters.from(ctx);
        int size = Params.integer(ctx, "size", 20, 1, settings.maxPageSize());
        int page = Params.integer(ctx, "page", 1, 1, SearchQuery.MAX_DEPTH / size);
        String order = Params.text(ctx, "order");
        boolean earliest = order != null && order.toLowerCase(Locale.ROOT).equals("earliest");
        if (order != null && !earliest && !order.toLowerCase(Locale.ROOT).equals("latest")) {
            throw new IllegalArgumentException("The parameter 'order' must be latest or earliest, got '" + order + "'");
        }
        int upTo = page * size;
        List<StoredEvent> read = earliest ? store.earliestEvents(q, upTo) : store.latestEvents(q, upTo);
        ObjectNode out = DocumentJson.mapper().createObjectNode().put("total", store.countEvents(q)).put("page", page).put("size", size);
        ArrayNode arr = out.putArray("events");
        for (int i = (page - 1) * size; i < read.size(); i++) {
            arr.add(EventItems.json(read.get(i)));
        }
        ctx.json(out);
    }
}
