package org.sitrep.model;

/** A geocoded place; {@code country} is the ISO 3166 alpha-2 code. */
public record Place(String id, String name, double lat, double lon, String country, String kind) {}
