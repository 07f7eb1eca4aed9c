package org.sitrep.model;

/** The kinds of entity mention Sitrep reports. */
public enum EntityType { PERSON, ORGANIZATION, LOCATION, NATIONALITY, MISC }
