package org.sitrep.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import org.sitrep.json.DocumentJson;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Hit;
import org.sitrep.store.Kind;
import org.sitrep.store.PlaceCount;
import org.sitrep.store.SearchQuery;
import org.sitrep.store.SearchResult;
import org.sitrep.store.SitrepStore;
import org.sitrep.store.StoredEvent;

/** {@code GET /api/places} (the map's markers) and {@code GET /api/places/{id}} (one place and its events). */
final class PlaceApi {
    static final int LATEST = 20;
    private final SitrepStore store;
    private final ObjectMapper mapper = DocumentJson.mapper();

    PlaceApi(SitrepStore store) {
        this.store = store;
    }

    void places(Context ctx) {
        int limit = Params.integer(ctx, "limit", 300, 1, 1000);
        ObjectNode out = mapper.createObjectNode();
        ArrayNode arr = out.putArray("places");
        for (PlaceCount c : store.places(limit)) {
            ObjectNode p = c.place().deepCopy();
            p.put("articles", c.articles()).put("events", c.events());
            arr.add(p);
        }
        ctx.json(out);
    }

    void place(Context ctx) {
        String id = Params.id(ctx);
        SearchResult articles = store.search(new SearchQuery("*", Kind.ARTICLE, null, null, id, null, null, null, false, 0, 1, false));
        JsonNode place = null;
        for (Hit h : articles.hits()) {
            for (JsonNode p : h.record().path("places")) {
                if (p.path("id").asText().equalsIgnoreCase(id)) {
                    place = p;
                }
            }
        }
        EventQuery at = EventQuery.all().withPlace(id);
        List<StoredEvent> latest = store.latestEvents(at, LATEST);
        if (place == null) {
            place = latest.stream().filter(e -> e.place() != null && e.place().id().equalsIgnoreCase(id)).map(e -> (JsonNode) DocumentJson.place(e.place()))
                    .findFirst().orElseThrow(() -> new NotFoundResponse("No place with id '" + id + "' in the store"));
        }
        ObjectNode out = mapper.createObjectNode();
        out.set("place", place);
        out.put("articles", articles.total());
        ObjectNode events = out.putObject("events");
        events.put("total", store.countEvents(at));
        ArrayNode arr = events.putArray("latest");
        latest.forEach(e -> arr.add(EventItems.json(e)));
        ctx.json(out);
    }
}
