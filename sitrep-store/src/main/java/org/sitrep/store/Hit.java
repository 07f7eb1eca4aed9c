package org.sitrep.store;

import java.time.LocalDate;

/**
 * One search result: its kind, id, article id and title, a one-line summary, its JSON, its score, and what a result
 * list shows of it: the article's publication day (or null), outlet (or null), story, and a snippet of its text with
 * the query's terms marked. {@code record} is {@code json} as the search parsed it (null when it is not JSON), so a
 * caller need not parse it again; it is the caller's to read, not to change.
 */
public record Hit(Kind kind, String id, String article, String title, String summary, String json, float score, LocalDate published,
                  String outlet, String story, Snippet snippet, com.fasterxml.jackson.databind.JsonNode record) {}
