package org.sitrep.time;

/** The tense of the clause around a temporal expression: it decides which Friday or which September is meant. */
public enum Tense { PAST, PRESENT, FUTURE, NONE }
