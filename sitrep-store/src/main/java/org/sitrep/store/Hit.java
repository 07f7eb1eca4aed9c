package org.sitrep.store;

/** One search result: its kind, id, article id and title, a one-line summary, and its JSON. */
public record Hit(Kind kind, String id, String article, String title, String summary, String json, float score) {}
