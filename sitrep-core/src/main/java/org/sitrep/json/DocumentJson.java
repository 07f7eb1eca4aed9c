package org.sitrep.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Actor;
import org.sitrep.model.Caption;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimLink;
import org.sitrep.model.Ids;
import org.sitrep.model.DateEvidence;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Participant;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.model.TimeRef;
import org.sitrep.model.Token;

/** The JSON contract of a Document, schema {@value #SCHEMA} (docs/schema.md). Written field by field so it changes only on purpose. */
public final class DocumentJson {
    public static final String SCHEMA = "sitrep.document/3";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DocumentJson() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(Document doc, boolean pretty) {
        try {
            return pretty ? MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toJson(doc)) : MAPPER.writeValueAsString(toJson(doc));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Could not write document " + doc.article().id() + " as JSON", e);
        }
    }

    public static ObjectNode toJson(Document doc) {
        ObjectNode o = MAPPER.createObjectNode();
        var a = doc.article();
        o.put("schema", SCHEMA);
        o.put("id", a.id());
        o.put("story", a.story());
        o.put("source", a.source());
        o.put("outlet", a.outlet());
        o.put("title", a.title());
        ObjectNode published = o.putObject("published");
        published.put("date", a.published().date() == null ? null : a.published().date().toString());
        published.put("source", lower(a.published().source()));
        published.put("notBefore", a.published().notBefore() == null ? null : a.published().notBefore().toString());
        published.put("notAfter", a.published().notAfter() == null ? null : a.published().notAfter().toString());
        published.put("confidence", Math.round(a.published().confidence() * 1000) / 1000.0);
        ArrayNode evidence = published.putArray("evidence");
        for (DateEvidence e : a.published().evidence()) {
            ObjectNode n = evidence.addObject();
            n.set("span", e.span() == null ? null : span(e.span()));
            n.put("says", e.says());
        }
        o.put("language", a.language());
        ArrayNode caps = o.putArray("captions");
        for (Caption c : a.captions()) {
            caps.addObject().put("text", c.text()).put("credit", c.credit()).put("date", c.date()).put("rawStart", c.rawStart());
        }
        ArrayNode subs = o.putArray("subheadings");
        a.subheadings().forEach(s -> subs.add(span(s)));
        o.put("text", a.text());
        ArrayNode raw = o.putArray("rawOffsets");
        a.rawOffsets().segments().forEach(s -> raw.addObject().put("textStart", s.textStart()).put("rawStart", s.rawStart()).put("length", s.length()));
        ArrayNode ents = o.putArray("entities");
        for (Mention m : doc.entities()) {
            ObjectNode e = span(m.span());
            e.put("type", m.type().name()).put("actor", m.actor()).put("place", m.place());
            ents.add(e);
        }
        ArrayNode actors = o.putArray("actors");
        for (Actor x : doc.actors()) {
            actors.add(actor(x));
        }
        ArrayNode places = o.putArray("places");
        for (Place p : doc.places()) {
            places.add(place(p));
        }
        ArrayNode times = o.putArray("times");
        for (TimeRef t : doc.times()) {
            times.add(span(t.span()).put("type", t.type()).put("value", t.value()).put("mod", t.mod()).put("anchor", t.anchor()));
        }
        ArrayNode claims = o.putArray("claims");
        for (Claim c : doc.claims()) {
            ObjectNode n = claims.addObject().put("id", c.id()).put("parent", c.parent());
            ObjectNode src = n.putObject("source");
            src.set("span", span(c.source().span()));
            src.put("actor", c.source().actor()).put("anonymous", c.source().anonymous()).put("description", c.source().description());
            src.put("type", lower(c.source().type()));
            if (c.source().anonymity() == null) {
                src.putNull("anonymity");
            } else {
                src.putObject("anonymity").put("count", c.source().anonymity().count())
                        .put("role", c.source().anonymity().role()).put("affiliation", c.source().anonymity().affiliation());
            }
            n.set("cue", span(c.cue()));
            n.put("cueLemma", lemma(doc.tokens(), c.cue()));
            n.set("content", span(c.content()));
            n.put("stance", lower(c.stance())).put("direct", c.direct()).put("channel", c.channel());
            n.set("sentence", span(c.sentence()));
        }
        ArrayNode events = o.putArray("events");
        for (Event e : doc.events()) {
            ObjectNode n = events.addObject().put("id", Ids.event(doc.article().id(), e.trigger().start())).put("type", e.type()).put("mode", e.mode());
            n.set("trigger", span(e.trigger()));
            n.set("source", participant(e.source()));
            n.set("target", participant(e.target()));
            n.put("place", e.place());
            if (e.time() == null) {
                n.putNull("time");
            } else {
                n.put("time", e.time());
            }
            n.put("negated", e.negated()).put("context", lower(e.context()));
            n.set("sentence", span(e.sentence()));
            n.put("claim", e.claim());
            if (e.coding() == null) {
                n.putNull("cameo");
            } else {
                n.putObject("cameo").put("code", e.coding().cameo()).put("quadClass", e.coding().quadClass()).put("goldstein", e.coding().goldstein());
            }
            if (e.coding() == null || e.coding().acledType() == null) {
                n.putNull("acled");
            } else {
                n.putObject("acled").put("eventType", e.coding().acledType()).put("subEventType", e.coding().acledSubType())
                        .put("actor1", e.coding().acledActor1()).put("actor2", e.coding().acledActor2());
            }
            if (e.date() == null) {
                n.putNull("date");
            } else {
                ObjectNode d = n.putObject("date").put("value", e.date().value()).put("precision", lower(e.date().precision()))
                        .put("basis", e.date().basis());
                d.set("span", e.date().span() == null ? null : span(e.date().span()));
            }
            if (e.casualties() == null) {
                n.putNull("casualties");
            } else {
                ObjectNode c = n.putObject("casualties");
                c.put("killed", e.casualties().killed()).put("injured", e.casualties().injured()).put("atLeast", e.casualties().atLeast());
                c.set("span", span(e.casualties().span()));
            }
            if (e.means() == null) {
                n.putNull("means");
            } else {
                n.putObject("means").put("kind", e.means().kind()).set("span", span(e.means().span()));
            }
            n.put("main", e.main());
        }
        ArrayNode links = o.putArray("links");
        for (ClaimLink l : doc.links()) {
            links.add(link(l));
        }
        ArrayNode notices = o.putArray("notices");
        doc.notices().forEach(n -> notices.addObject().put("stage", n.stage()).put("message", n.message()));
        return o;
    }

    /** One link: {@code from}, {@code to} (claim ids), {@code type}, {@code score}, {@code evidence[]}. */
    /** An actor as {@code actors[]} holds it. */
    public static ObjectNode actor(Actor x) {
        ObjectNode n = MAPPER.createObjectNode().put("id", x.id()).put("name", x.name()).put("type", x.type().name());
        strings(n.putArray("aliases"), x.aliases());
        strings(n.putArray("roles"), x.roles());
        n.put("code", x.code()).put("country", x.country());
        strings(n.putArray("members"), x.members());
        return n;
    }

    /** A place as {@code places[]} holds it. */
    public static ObjectNode place(Place p) {
        return MAPPER.createObjectNode().put("id", p.id()).put("name", p.name()).put("lat", p.lat()).put("lon", p.lon())
                .put("country", p.country()).put("kind", p.kind()).put("admin1", p.admin1()).put("population", p.population())
                .put("confidence", Math.round(p.confidence() * 1000) / 1000.0);
    }

    public static ObjectNode link(ClaimLink l) {
        ObjectNode n = MAPPER.createObjectNode().put("from", l.from()).put("to", l.to()).put("type", lower(l.type())).put("score", l.score());
        strings(n.putArray("evidence"), l.evidence());
        return n;
    }

    private static ObjectNode participant(Participant p) {
        if (p == null) {
            return null;
        }
        ObjectNode n = MAPPER.createObjectNode();
        n.set("span", span(p.span()));
        return n.put("actor", p.actor()).put("country", p.country());
    }

    /**
     * The lemmas of the tokens {@code span} covers, lower-case and space-joined ("say", "deny", "according to"); null
     * when the document has no tokens there. A gerund the cue goes on past with "to" or a preposition is a fixed
     * preposition ("according to", not "accord to") and keeps its word.
     */
    static String lemma(List<Token> tokens, Span span) {
        int lo = Token.firstEndingAfter(tokens, span.start());
        StringBuilder sb = new StringBuilder();
        for (int i = lo; i < tokens.size() && tokens.get(i).start() < span.end(); i++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            Token t = tokens.get(i);
            boolean preposition = t.pos().equals("VBG") && i + 1 < tokens.size() && tokens.get(i + 1).start() < span.end()
                    && tokens.get(i + 1).pos().matches("TO|IN");
            sb.append((preposition || t.lemma() == null ? t.text() : t.lemma()).toLowerCase(Locale.ROOT));
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static ObjectNode span(Span s) {
        return MAPPER.createObjectNode().put("start", s.start()).put("end", s.end()).put("text", s.text());
    }

    private static void strings(ArrayNode arr, List<String> values) {
        values.forEach(arr::add);
    }

    private static String lower(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT);
    }
}
