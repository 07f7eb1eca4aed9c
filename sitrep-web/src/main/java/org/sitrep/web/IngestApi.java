package org.sitrep.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.sitrep.json.DocumentJson;

/**
 * {@code POST /api/ingest} (token required, see {@link Routes}): the body is an article or a batch in a format
 * {@code sitrep analyze} reads, told apart by {@code ?format=}, else by {@code ?name=} (a file name), else by the
 * media type; or {@code {"url": "https://…"}} as JSON, which is fetched and read. One ingest runs at a time; readers
 * keep seeing the last commit until it has stored everything.
 */
final class IngestApi {
    private final Ingestor ingestor;
    private final ObjectMapper mapper = DocumentJson.mapper();
    private final Object lock = new Object();

    IngestApi(Ingestor ingestor) {
        this.ingestor = ingestor;
    }

    void ingest(Context ctx) throws IOException {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        byte[] body = ctx.bodyAsBytes();
        String format = Params.text(ctx, "format");
        LocalDate docDate = Params.date(ctx, "doc-date");
        String name = Params.text(ctx, "name");
        Ingestor.Request request;
        if (media(type).equals("application/json")) { // not application/jsonl: JSON Lines are articles to read, not a URL
            JsonNode n;
            try {
                n = mapper.readTree(body);
            } catch (IOException e) {
                throw new IllegalArgumentException("The body is not valid JSON: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
            }
            if (n == null || !n.isObject() || !n.path("url").isTextual()) {
                throw new IllegalArgumentException("A JSON body must be an object with a 'url' to fetch; post an article's text, page or "
                        + "JSON Lines with its own media type");
            }
            String url = n.get("url").asText().strip();
            if (!url.toLowerCase(Locale.ROOT).startsWith("http://") && !url.toLowerCase(Locale.ROOT).startsWith("https://")) {
                throw new IllegalArgumentException("The 'url' must be an http(s) URL, got '" + url + "'");
            }
            request = new Ingestor.Request(null, name, null, url, format, docDate);
        } else {
            if (body.length == 0) {
                throw new IllegalArgumentException("The body is empty: post an article's text, a page, a feed, JSON Lines or a WARC archive");
            }
            request = new Ingestor.Request(body, name == null ? nameFor(type) : name, type.isEmpty() ? null : type, null, format, docDate);
        }
        Ingestor.Report report;
        synchronized (lock) {
            report = ingestor.ingest(request);
        }
        ObjectNode out = mapper.createObjectNode();
        var stored = out.putArray("stored");
        report.stored().forEach(s -> stored.addObject().put("id", s.id()).put("title", s.title()).put("story", s.story())
                .put("entities", s.entities()).put("claims", s.claims()).put("events", s.events()));
        var errors = out.putArray("errors");
        report.errors().forEach(errors::add);
        var warnings = out.putArray("warnings");
        report.warnings().forEach(warnings::add);
        if (report.stored().isEmpty() && !report.errors().isEmpty()) {
            out.put("status", 400).put("message", "Nothing was stored: " + report.errors().get(0));
            ctx.status(400);
        } else {
            ctx.status(report.stored().isEmpty() ? 200 : 201);
        }
        ctx.json(out);
    }

    /** The media type without its parameters ("text/html; charset=utf-8" gives "text/html"). */
    private static String media(String contentType) {
        return contentType.split(";")[0].strip();
    }

    /** A file name whose extension tells the readers the body's format, from its media type ("" when it tells nothing). */
    static String nameFor(String contentType) {
        return switch (media(contentType)) {
            case "text/html", "application/xhtml+xml" -> "request.html";
            case "application/rss+xml", "application/atom+xml" -> "request.xml";
            case "application/x-ndjson", "application/jsonl", "application/jsonlines" -> "request.jsonl";
            case "application/warc" -> "request.warc";
            case "text/plain" -> "request.txt";
            default -> "";
        };
    }
}
