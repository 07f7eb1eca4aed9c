package org.sitrep.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import org.sitrep.json.DocumentJson;
import org.sitrep.store.ClaimGraph;
import org.sitrep.store.SitrepStore;

/** {@code GET /api/claims}: claims grouped by proposition through their links, as {@code sitrep claims --json} groups them. */
final class ClaimsApi {
    private final SitrepStore store;
    private final WebSettings settings;

    ClaimsApi(SitrepStore store, WebSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    void claims(Context ctx) {
        int size = Params.integer(ctx, "size", 20, 1, settings.maxPageSize());
        int page = Params.integer(ctx, "page", 1, 1, Integer.MAX_VALUE);
        boolean contested = Params.bool(ctx, "contested");
        boolean all = Params.bool(ctx, "all");
        List<ClaimGraph.Group> groups = store.claims(Params.text(ctx, "actor"), Params.date(ctx, "since"), !all).groups().stream()
                .filter(g -> all || !g.links().isEmpty()).filter(g -> !contested || g.contested()).toList();
        ObjectNode out = DocumentJson.mapper().createObjectNode().put("total", groups.size()).put("page", page).put("size", size);
        ArrayNode arr = out.putArray("groups");
        long from = (long) (page - 1) * size;
        for (long i = from; i < Math.min(groups.size(), from + size); i++) {
            arr.add(groups.get((int) i).toJson());
        }
        ctx.json(out);
    }
}
