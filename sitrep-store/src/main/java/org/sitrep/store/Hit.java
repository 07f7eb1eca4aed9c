package org.sitrep.store;

import java.time.LocalDate;

/**
 * One search result: its kind, id, article id and title, a one-line summary, its JSON, its score, and what a result
 * list shows of it: the article's publication day (or null), outlet (or null), story, and a snippet of its text with
 * the query's terms marked.
 */
public record Hit(Kind kind, String id, String article, String title, String summary, String json, float score, LocalDate published,
                  String outlet, String story, Snippet snippet) {}
