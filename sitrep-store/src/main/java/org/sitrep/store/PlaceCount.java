package org.sitrep.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A place with how many stored articles name it and how many stored events happened there.
 *
 * @param place the place as {@code places[]} of docs/schema.md holds it (id, name, lat, lon, country, kind, ...)
 */
public record PlaceCount(ObjectNode place, long articles, long events) {}
