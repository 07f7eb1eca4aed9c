package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.DocumentJson;
import org.sitrep.store.SitrepStore;

/** Issue 11: the OpenAPI document served at /openapi.json lists exactly the routes the app registers. */
class OpenApiRoutesTest {
    @TempDir
    Path dir;

    private static final Set<HandlerType> METHODS = Set.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);

    @Test
    void every_registered_route_is_documented_and_every_documented_route_is_registered() throws Exception {
        try (SitrepStore store = SitrepStore.open(dir.resolve("index"))) {
            Javalin app = WebApp.create(store, WebSettings.of("t"), r -> {
                throw new IllegalStateException();
            });
            Set<String> registered = new TreeSet<>();
            for (ParsedEndpoint e : app.unsafe.internalRouter.allHttpHandlers()) {
                if (METHODS.contains(e.endpoint.method)) {
                    registered.add(e.endpoint.method.name() + " " + e.endpoint.path);
                }
            }
            Set<String> documented = new TreeSet<>();
            JsonNode doc;
            try (InputStream in = WebApp.class.getResourceAsStream("/org/sitrep/web/openapi.json")) {
                doc = DocumentJson.mapper().readTree(in);
            }
            for (Iterator<String> paths = doc.get("paths").fieldNames(); paths.hasNext(); ) {
                String path = paths.next();
                for (Iterator<String> methods = doc.get("paths").get(path).fieldNames(); methods.hasNext(); ) {
                    documented.add(methods.next().toUpperCase(Locale.ROOT) + " " + path);
                }
            }
            assertEquals(documented, registered);
            assertTrue(registered.size() >= 20, registered.toString());
        }
    }

    @Test
    void the_document_is_served_and_every_operation_says_what_it_answers() throws Exception {
        try (SitrepStore store = SitrepStore.open(dir.resolve("index"))) {
            Javalin app = WebApp.create(store, WebSettings.of("t"), r -> {
                throw new IllegalStateException();
            }).start("127.0.0.1", 0);
            try {
                JsonNode doc = WebFixtures.Client.of(app).json("/openapi.json");
                assertEquals("3.1.0", doc.get("openapi").asText());
                doc.get("paths").forEach(p -> p.forEach(op -> {
                    assertTrue(op.hasNonNull("summary"), op.toString());
                    assertTrue(op.get("responses").size() > 0, op.toString());
                }));
                assertEquals("bearer", doc.at("/paths/~1api~1ingest/post/security/0").fieldNames().next());
            } finally {
                app.stop();
            }
        }
    }
}
