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

    /**
     * The map's base layer, as {@code sitrep import countries} generated it into the jar (gzip): sent as it is to
     * clients that accept gzip, else inflated.
     */
    void countries(Context ctx) throws IOException {
        if (Pages.class.getResource(COUNTRIES) == null) { // a URL, not a stream left open on every request
            throw new io.javalin.http.NotFoundResponse("The country outlines are not bundled (see docs/knowledge.md: sitrep import countries)");
        }
        byte[] gz = resource(COUNTRIES);
        ctx.contentType("application/geo+json");
        ctx.header("Cache-Control", "public, max-age=86400");
        String accept = ctx.header("Accept-Encoding");
        if (accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("gzip")) {
            ctx.header("Content-Encoding", "gzip").result(gz);
        } else {
            try (InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
                ctx.result(in.readAllBytes());
            }
        }
    }

    private static final String COUNTRIES = "/web/data/countries.geojson.gz";

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
