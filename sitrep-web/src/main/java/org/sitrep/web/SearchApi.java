package org.sitrep.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.sitrep.json.DocumentJson;
import org.sitrep.store.FacetCount;
import org.sitrep.store.Hit;
import org.sitrep.store.Kind;
import org.sitrep.store.SearchQuery;
import org.sitrep.store.SearchResult;
import org.sitrep.store.SitrepStore;
import org.sitrep.store.Snippet;
import org.sitrep.store.Stats;

/** {@code GET /api/search} (hits, snippets and facet counts) and {@code GET /api/stats}. */
final class SearchApi {
    private final SitrepStore store;
    private final WebSettings settings;
    private final ObjectMapper mapper = DocumentJson.mapper();

    SearchApi(SitrepStore store, WebSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    void search(Context ctx) {
        int size = Params.integer(ctx, "size", 20, 1, settings.maxPageSize());
        int page = Params.integer(ctx, "page", 1, 1, SearchQuery.MAX_DEPTH / size);
        Kind kind = Params.choice(ctx, "kind", Kind.class);
        String q = Params.text(ctx, "q");
        SearchQuery query = new SearchQuery(q == null ? "*" : q, kind, Params.text(ctx, "actor"), Params.text(ctx, "type"),
                Params.text(ctx, "place"), Params.text(ctx, "stance"), Params.date(ctx, "since"), Params.date(ctx, "until"),
                Params.bool(ctx, "undated"), (page - 1) * size, size, true);
        SearchResult r = store.search(query);
        ObjectNode out = mapper.createObjectNode();
        ObjectNode echo = out.putObject("query");
        echo.put("q", q).put("kind", kind == null ? null : kind.name().toLowerCase(java.util.Locale.ROOT)).put("actor", query.actor())
                .put("type", query.type()).put("place", query.place()).put("stance", query.stance())
                .put("since", query.since() == null ? null : query.since().toString()).put("until", query.until() == null ? null : query.until().toString());
        out.put("total", r.total()).put("page", page).put("size", size).put("pages", pages(r.total(), size));
        ArrayNode hits = out.putArray("hits");
        for (Hit h : r.hits()) {
            hits.add(hit(h));
        }
        ObjectNode facets = out.putObject("facets");
        for (Map.Entry<String, List<FacetCount>> e : r.facets().entrySet()) {
            ArrayNode values = facets.putArray(e.getKey());
            for (FacetCount c : e.getValue()) {
                values.addObject().put("value", c.value()).put("label", c.label()).put("count", c.count());
            }
        }
        ctx.json(out);
    }

    /** The pages of {@code size} that {@code total} matches fill, but no deeper than a search reaches: the pages one may ask for. */
    static long pages(long total, int size) {
        return Math.min((total + size - 1) / size, SearchQuery.MAX_DEPTH / size);
    }

    private ObjectNode hit(Hit h) {
        ObjectNode n = mapper.createObjectNode();
        n.put("kind", h.kind().name().toLowerCase(java.util.Locale.ROOT)).put("id", h.id()).put("article", h.article()).put("title", h.title())
                .put("published", h.published() == null ? null : h.published().toString()).put("outlet", h.outlet()).put("story", h.story())
                .put("summary", h.summary()).put("score", h.score());
        ObjectNode snippet = n.putObject("snippet");
        Snippet s = h.snippet();
        snippet.put("text", s == null ? "" : s.text());
        ArrayNode marks = snippet.putArray("marks");
        if (s != null) {
            s.marks().forEach(m -> marks.addArray().add(m.start()).add(m.end()));
        }
        JsonNode record = h.record();
        if (h.kind() == Kind.ARTICLE && record instanceof ObjectNode o) {
            // An article's record is its whole document; a result needs only what a list shows.
            ObjectNode slim = mapper.createObjectNode();
            for (String f : List.of("id", "title", "published", "source", "outlet", "story")) {
                if (o.has(f)) {
                    slim.set(f, o.get(f));
                }
            }
            slim.put("entities", o.path("entities").size()).put("claims", o.path("claims").size()).put("events", o.path("events").size());
            record = slim;
        }
        n.set("record", record);
        return n;
    }

    void stats(Context ctx) {
        Stats s = store.stats();
        ObjectNode out = mapper.createObjectNode();
        ObjectNode records = out.putObject("records");
        s.records().forEach((k, v) -> records.put(k.name().toLowerCase(java.util.Locale.ROOT), v));
        ArrayNode top = out.putArray("topActors");
        s.topActors().forEach((a, c) -> top.addObject().put("id", a).put("records", c));
        ctx.json(out);
    }
}
