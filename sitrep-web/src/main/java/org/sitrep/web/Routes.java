package org.sitrep.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UnauthorizedResponse;
import org.sitrep.store.SitrepStore;

/**
 * Every route of the app, in one place; {@code /openapi.json} documents the same list and a test checks the two agree.
 * Pages are HTML shells whose scripts call the API; the API answers JSON (CSV for the table exports).
 */
final class Routes {
    private Routes() {}

    static void register(RoutesConfig routes, SitrepStore store, WebSettings settings, Ingestor ingestor) {
        Pages pages = new Pages();
        SearchApi search = new SearchApi(store, settings);
        ArticleApi articles = new ArticleApi(store);
        IngestApi ingest = new IngestApi(ingestor);
        EventsApi events = new EventsApi(store, settings);
        ClaimsApi claims = new ClaimsApi(store, settings);
        ActorApi actors = new ActorApi(store);
        PlaceApi places = new PlaceApi(store);
        TimelineApi timeline = new TimelineApi(store);
        CalmApi calm = new CalmApi(store);
        ExportApi export = new ExportApi(store);

        routes.before(Security::headers);
        routes.before(Security::loopbackHost);
        routes.before("/api/ingest", ctx -> {
            if (!ApiToken.matches(ctx.header("Authorization"), settings.token())) {
                ctx.header("WWW-Authenticate", "Bearer realm=\"sitrep\"");
                throw new UnauthorizedResponse("This endpoint needs 'Authorization: Bearer <token>' with the token the server printed on its first start");
            }
        });

        routes.get("/", pages::search);
        routes.get("/articles/{id}", pages::article);
        routes.get("/timeline", pages::timeline);
        routes.get("/map", pages::map);
        routes.get("/actors/{id}", pages::actor);
        routes.get("/claims", pages::claims);
        routes.get("/openapi.json", pages::openApi);
        routes.get("/data/countries.geojson", pages::countries);

        routes.get("/api/stats", search::stats);
        routes.get("/api/search", search::search);
        routes.get("/api/articles/{id}", articles::article);
        routes.get("/api/events", events::events);
        routes.get("/api/claims", claims::claims);
        routes.get("/api/actors/{id}", actors::actor);
        routes.get("/api/places", places::places);
        routes.get("/api/places/{id}", places::place);
        routes.get("/api/timeline", timeline::timeline);
        routes.get("/api/calm", calm::calm);
        routes.get("/api/export", export::export);
        routes.post("/api/ingest", ingest::ingest);

        routes.exception(HttpResponseException.class, (e, ctx) -> ApiError.http(e, ctx, settings.maxRequestBytes()));
        routes.exception(IllegalArgumentException.class, ApiError::badRequest);
        routes.exception(org.sitrep.store.StoreLockedException.class, (e, ctx) -> ApiError.write(ctx, 503, e.getMessage()));
        // A store of an older Sitrep searches, but its events must be ingested again for the event views: say so, as the CLI does.
        routes.exception(org.sitrep.store.StoreOutdatedException.class, (e, ctx) -> ApiError.write(ctx, 409, e.getMessage()));
        routes.exception(Exception.class, ApiError::unexpected);
        routes.error(404, ctx -> {
            String body = ctx.result();
            if (body == null || body.isEmpty()) { // no handler answered: an unknown path
                ApiError.write(ctx, 404, "No such page or endpoint: " + ctx.method() + " " + ctx.path());
            }
        });
    }
}
