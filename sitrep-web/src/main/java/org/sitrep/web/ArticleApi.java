package org.sitrep.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.sitrep.store.SitrepStore;

/** {@code GET /api/articles/{id}}: the stored document JSON ({@code docs/schema.md}), exactly as {@code analyze} writes it. */
final class ArticleApi {
    private final SitrepStore store;

    ArticleApi(SitrepStore store) {
        this.store = store;
    }

    void article(Context ctx) {
        String id = ctx.pathParam("id");
        String json = store.article(id).orElseThrow(() -> new NotFoundResponse("No article with id '" + id + "'"));
        ctx.contentType("application/json").result(json);
    }
}
