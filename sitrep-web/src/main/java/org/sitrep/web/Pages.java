package org.sitrep.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages: static HTML shells from the classpath ({@code /web/pages/<name>.html}) that load their script from
 * {@code /static/js}. A page's id (an article, an actor) is read by its script from the address, so nothing from the
 * request is ever written into the HTML. The OpenAPI document is served from the classpath the same way.
 */
final class Pages {
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    void search(Context ctx) {
        page(ctx, "search");
    }

    void article(Context ctx) {
        page(ctx, "article");
    }

    void timeline(Context ctx) {
        page(ctx, "timeline");
    }

    void map(Context ctx) {
        page(ctx, "map");
    }

    void actor(Context ctx) {
        page(ctx, "actor");
    }

    void claims(Context ctx) {
        page(ctx, "claims");
    }

    void openApi(Context ctx) {
        ctx.contentType("application/json").result(resource("/org/sitrep/web/openapi.json"));
    }

    private void page(Context ctx, String name) {
        ctx.contentType("text/html; charset=utf-8").result(resource("/web/pages/" + name + ".html"));
    }

    private byte[] resource(String path) {
        return cache.computeIfAbsent(path, p -> {
            try (InputStream in = Pages.class.getResourceAsStream(p)) {
                if (in == null) {
                    throw new IllegalStateException("The resource " + p + " is missing from the jar");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
