package org.sitrep.web;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@code POST /api/ingest} hands its body to: reads it in one of the formats {@code sitrep analyze} reads (or
 * fetches the URL it names), analyses each article and stores it, committing once at the end. The web application
 * calls it from one request at a time; the NLP models load on the first call, so no page waits for them. The command
 * line supplies it ({@code sitrep serve}), so this module needs no NLP.
 */
public interface Ingestor {
    /**
     * One request to ingest.
     *
     * @param body        the request body (null when a URL is given instead)
     * @param name        a file name that helps tell the format apart ({@code page.html}, {@code feed.xml}, {@code a.jsonl}); may be empty
     * @param contentType the body's media type, or null
     * @param url         an http(s) URL to fetch and read instead of a body, or null
     * @param format      the input format as {@code --input-format} names it ({@code auto} when not given)
     * @param docDate     the publication date of articles that carry none, or null
     */
    record Request(byte[] body, String name, String contentType, String url, String format, LocalDate docDate) {
        public Request {
            if ((body == null) == (url == null)) {
                throw new IllegalArgumentException("A request to ingest carries either a body or a URL, not " + (body == null ? "neither" : "both"));
            }
            name = name == null ? "" : name;
            format = format == null || format.isBlank() ? "auto" : format;
        }
    }

    /** One stored article. */
    record Stored(String id, String title, String story, int entities, int claims, int events) {}

    /**
     * What came of a request: the articles stored, and one line per record or input skipped and per warning (each
     * naming the record). Nothing of a request is visible to readers until all of it is stored.
     */
    record Report(List<Stored> stored, List<String> errors, List<String> warnings) {
        public Report {
            stored = List.copyOf(stored);
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Reads, analyses and stores what the request carries. Throws IllegalArgumentException (a 400) when the request
     * itself is wrong (an unknown format, a URL that is not http(s)).
     */
    Report ingest(Request request);
}
