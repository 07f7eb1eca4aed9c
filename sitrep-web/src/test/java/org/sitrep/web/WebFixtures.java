package org.sitrep.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.json.DocumentJson;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimSource;
import org.sitrep.model.DateSource;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventCoding;
import org.sitrep.model.EventContext;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Participant;
import org.sitrep.model.Place;
import org.sitrep.model.PublicationDate;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;

/** Hand-built documents (no NLP) and a small HTTP client for the web tests. */
final class WebFixtures {
    static final Actor HOCHSTEIN = new Actor("person:hochstein", "Amos Hochstein", ActorType.PERSON, List.of("Hochstein"),
            List.of("US envoy"), "USAGOV", "USA");
    static final Actor MIKATI = new Actor("person:najib-mikati", "Najib Mikati", ActorType.PERSON, List.of("Mikati"),
            List.of("Prime Minister"), "LBNGOV", "LBN");
    static final Actor HEZBOLLAH = new Actor("org:hezbollah", "Hezbollah", ActorType.MILITIA, List.of("Hezbollah"), List.of(), "LBNREB", "LBN");
    static final Actor IDF = new Actor("agent:ISRMIL", "Israeli military", ActorType.MILITARY, List.of("Israeli forces"), List.of(), "ISRMIL", "ISR");
    static final Place BEIRUT = new Place("geonames:276781", "Beirut", 33.89332, 35.50157, "LB", "city");

    private WebFixtures() {}

    /**
     * An article: "{source} {cue} {content}. Israeli forces struck Hezbollah positions near Beirut." with one claim by
     * {@code source} and one ASSAULT event at Beirut.
     */
    static Document article(String id, LocalDate day, Actor source, String cue, Stance stance, String content) {
        String first = source.aliases().get(0) + " " + cue + " " + content + ".";
        String text = first + " Israeli forces struck Hezbollah positions near Beirut.";
        Article a = new Article(id, "https://news.example/" + id, "Example News", "Title of " + id,
                day == null ? PublicationDate.UNKNOWN : new PublicationDate(day, DateSource.GIVEN), List.of(), List.of(), text, "en",
                OffsetMap.shifted(0, text.length()));
        int cueAt = first.indexOf(cue);
        Span src = Span.of(text, 0, source.aliases().get(0).length());
        Claim c = new Claim(new ClaimSource(src, source.id(), false, src.text()), Span.of(text, cueAt, cueAt + cue.length()),
                Span.of(text, cueAt + cue.length() + 1, first.length() - 1), stance, false, null, Span.of(text, 0, first.length()));
        int struck = text.indexOf("struck");
        int forces = text.indexOf("Israeli forces");
        int hez = text.indexOf("Hezbollah positions");
        Event e = new Event("ASSAULT", null, Span.of(text, struck, struck + 6), new Participant(Span.of(text, forces, forces + 14), IDF.id(), "ISR"),
                new Participant(Span.of(text, hez, hez + 9), HEZBOLLAH.id(), "LBN"), BEIRUT.id(), null, EventContext.ASSERTED,
                Span.of(text, first.length() + 1, text.length()), null, new EventCoding("195", 4, -10.0, "Explosions/Remote violence", "Air/drone strike"),
                null, null, null, true);
        List<Actor> actors = new ArrayList<>(List.of(source, HEZBOLLAH, IDF));
        return Document.of(a).withActors(List.of(), actors).withPlaces(List.of(), List.of(BEIRUT)).withClaims(List.of(c)).withEvents(List.of(e));
    }

    /** A client of one running app. */
    record Client(Javalin app, HttpClient http) {
        static Client of(Javalin app) {
            return new Client(app, HttpClient.newHttpClient());
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + app.port() + path);
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        JsonNode json(String path) throws IOException, InterruptedException {
            HttpResponse<String> r = get(path);
            if (r.statusCode() != 200) {
                throw new AssertionError("GET " + path + " answered " + r.statusCode() + ": " + r.body());
            }
            return DocumentJson.mapper().readTree(r.body());
        }

        HttpResponse<String> post(String path, String token, String contentType, byte[] body) throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (contentType != null) {
                b.header("Content-Type", contentType);
            }
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
