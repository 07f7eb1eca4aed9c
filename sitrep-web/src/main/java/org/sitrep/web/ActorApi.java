package org.sitrep.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.json.DocumentJson;
import org.sitrep.model.Actor;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Hit;
import org.sitrep.store.Kind;
import org.sitrep.store.SearchQuery;
import org.sitrep.store.SearchResult;
import org.sitrep.store.SitrepStore;
import org.sitrep.store.StoredEvent;

/**
 * {@code GET /api/actors/{id}}: what the store knows of one actor. Its names, aliases and roles are gathered from the
 * articles that name it (each article's actor entry holds the aliases seen there and the roles known for its date, so
 * the roles' first and last article days show them over time); its events as source and target; the claims it made;
 * and the network of actors its events join it with (each edge: how many events, of which types).
 */
final class ActorApi {
    /** Articles read for names and roles: the best matches, enough for an actor's history in any store a desk shows. */
    static final int ARTICLES = 200;
    static final int LATEST = 20;
    /** Events read for the network; beyond them the network shows the first ones in day order. */
    static final int NETWORK_EVENTS = 5000;

    private final SitrepStore store;
    private final ObjectMapper mapper = DocumentJson.mapper();

    ActorApi(SitrepStore store) {
        this.store = store;
    }

    void actor(Context ctx) {
        String id = Params.id(ctx);
        SearchResult articles = store.search(new SearchQuery("*", Kind.ARTICLE, id, null, null, null, null, null, false, 0, ARTICLES, false));
        ObjectNode actor = null;
        Set<String> aliases = new LinkedHashSet<>();
        Map<String, RoleSpan> roles = new TreeMap<>();
        for (Hit h : articles.hits()) {
            JsonNode doc = h.record();
            for (JsonNode a : doc.path("actors")) {
                if (!a.path("id").asText().equalsIgnoreCase(id)) {
                    continue;
                }
                if (actor == null) {
                    actor = a.deepCopy();
                }
                a.path("aliases").forEach(x -> aliases.add(x.asText()));
                for (JsonNode r : a.path("roles")) {
                    roles.computeIfAbsent(r.asText(), RoleSpan::new).add(h.published());
                }
            }
        }
        if (actor == null) {
            throw new NotFoundResponse("No actor with id '" + id + "' in the store");
        }
        String actorId = actor.path("id").asText();
        ArrayNode aliasArray = actor.putArray("aliases");
        aliases.forEach(aliasArray::add);
        ObjectNode out = mapper.createObjectNode();
        out.set("actor", actor);
        out.put("articles", articles.total());
        ArrayNode roleArray = out.putArray("roles");
        roles.values().stream().sorted((x, y) -> compare(x.first, y.first))
                .forEach(r -> roleArray.addObject().put("role", r.role).put("first", str(r.first)).put("last", str(r.last)).put("articles", r.articles));
        ObjectNode events = out.putObject("events");
        events.put("asSource", store.countEvents(EventQuery.all().withSource(actorId)));
        events.put("asTarget", store.countEvents(EventQuery.all().withTarget(actorId)));
        ArrayNode latest = events.putArray("latest");
        store.latestEvents(EventQuery.all().withActor(actorId), LATEST).forEach(e -> latest.add(EventItems.json(e)));
        ObjectNode claims = out.putObject("claims");
        SearchResult made = store.search(new SearchQuery("*", Kind.CLAIM, actorId, null, null, null, null, null, false, 0, LATEST, false));
        claims.put("total", made.total());
        ArrayNode claimArray = claims.putArray("latest");
        for (Hit h : made.hits()) {
            JsonNode c = h.record();
            claimArray.addObject().put("id", h.id()).put("article", h.article()).put("title", h.title()).put("outlet", h.outlet())
                    .put("published", str(h.published())).put("stance", c.path("stance").asText()).put("source", c.at("/source/description").asText())
                    .put("actor", c.at("/source/actor").isNull() ? null : c.at("/source/actor").asText())
                    .put("anonymous", c.at("/source/anonymous").asBoolean()).put("cue", c.at("/cue/text").asText())
                    .put("cueStart", c.at("/cue/start").asInt()).put("cueEnd", c.at("/cue/end").asInt()).put("content", c.at("/content/text").asText());
        }
        out.set("network", network(actorId, actor));
        ctx.json(out);
    }

    /** The actors the events of {@code id} join, and how often, by type. */
    private ObjectNode network(String id, ObjectNode self) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<String, Edge> edges = new LinkedHashMap<>();
        nodes.put(id, new Node(id, self.path("name").asText(id), self.path("country").isNull() ? null : self.path("country").asText()));
        int[] read = {0};
        for (StoredEvent e : store.earliestEvents(EventQuery.all().withActor(id), NETWORK_EVENTS)) {
            read[0]++;
            Actor s = e.source();
            Actor t = e.target();
            for (Actor a : new Actor[] {s, t}) {
                if (a != null) {
                    nodes.computeIfAbsent(a.id(), k -> new Node(a.id(), a.name(), a.country())).events++;
                }
            }
            if (s != null && t != null && !s.id().equals(t.id())) {
                String key = s.id() + "\u0000" + t.id();
                edges.computeIfAbsent(key, k -> new Edge(s.id(), t.id())).add(e.type());
            }
        }
        ObjectNode n = mapper.createObjectNode();
        ArrayNode ns = n.putArray("nodes");
        nodes.values().forEach(x -> ns.addObject().put("id", x.id).put("name", x.name).put("country", x.country).put("events", x.events));
        ArrayNode es = n.putArray("edges");
        for (Edge e : edges.values()) {
            ObjectNode o = es.addObject().put("source", e.source).put("target", e.target).put("count", e.count);
            ObjectNode types = o.putObject("types");
            e.types.forEach(types::put);
        }
        n.put("eventsRead", read[0]);
        return n;
    }

    private static int compare(LocalDate a, LocalDate b) {
        return a == null ? (b == null ? 0 : 1) : b == null ? -1 : a.compareTo(b);
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static final class RoleSpan {
        final String role;
        LocalDate first;
        LocalDate last;
        int articles;

        RoleSpan(String role) {
            this.role = role;
        }

        void add(LocalDate day) {
            articles++;
            if (day != null) {
                first = first == null || day.isBefore(first) ? day : first;
                last = last == null || day.isAfter(last) ? day : last;
            }
        }
    }

    private static final class Node {
        final String id;
        final String name;
        final String country;
        int events;

        Node(String id, String name, String country) {
            this.id = id;
            this.name = name;
            this.country = country;
        }
    }

    private static final class Edge {
        final String source;
        final String target;
        final Map<String, Integer> types = new HashMap<>();
        int count;

        Edge(String source, String target) {
            this.source = source;
            this.target = target;
        }

        void add(String type) {
            count++;
            types.merge(type.toUpperCase(Locale.ROOT), 1, Integer::sum);
        }
    }
}
