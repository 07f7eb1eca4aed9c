package org.sitrep.pipeline;

/** The layers of a Document that stages require and provide. */
public enum Layer { TEXT, SENTENCES, TOKENS, ENTITIES, TIMES, ACTORS, PLACES, CLAIMS, EVENTS, LINKS }
