package org.sitrep.web;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.sitrep.json.DocumentJson;
import org.sitrep.store.SitrepStore;

/**
 * The analyst's desk: the REST API ({@code /api/...}, documented at {@code /openapi.json}) and the pages over one
 * store. {@code WebApp.create(store, settings, ingestor).start(host, port)} serves it; {@code start("127.0.0.1", 0)}
 * takes a free port. The caller owns the store and closes it after stopping the app.
 *
 * <p>Every route is in {@link Routes}. Pages are static HTML from {@code /web/pages}, their scripts and styles from
 * {@code /static} and the libraries from webjars under {@code /webjars}; no page script is inline and a
 * Content-Security-Policy forbids any ({@link Security}).
 */
public final class WebApp {
    private WebApp() {}

    /** The app over {@code store}, not started; {@code ingestor} serves {@code POST /api/ingest}. */
    public static Javalin create(SitrepStore store, WebSettings settings, Ingestor ingestor) {
        if (store == null) {
            throw new IllegalArgumentException("The parameter 'store' must not be null.");
        }
        if (settings == null) {
            throw new IllegalArgumentException("The parameter 'settings' must not be null.");
        }
        if (ingestor == null) {
            throw new IllegalArgumentException("The parameter 'ingestor' must not be null.");
        }
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = settings.maxRequestBytes();
            config.jetty.modifyServer(server -> server.setErrorHandler(new ServerErrors()));
            config.jsonMapper(new JavalinJackson(DocumentJson.mapper(), false));
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/web/static";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            Routes.register(config.routes, store, settings, ingestor);
        });
    }
}
