package org.sitrep.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.sitrep.json.DocumentJson;
import org.sitrep.store.StoredEvent;

/** A stored event as the API lists it ({@code EventItem} in the OpenAPI document). */
final class EventItems {
    private EventItems() {}

    static ObjectNode json(StoredEvent e) {
        ObjectNode n = DocumentJson.mapper().createObjectNode().put("id", e.id()).put("article", e.article()).put("story", e.story())
                .put("title", e.title()).put("url", e.url()).put("outlet", e.outlet())
                .put("published", e.published() == null ? null : e.published().toString()).put("day", e.day() == null ? null : e.day().toString())
                .put("precision", e.precision()).put("type", e.type()).put("context", e.context().name().toLowerCase(Locale.ROOT));
        n.set("source", e.source() == null ? null : DocumentJson.actor(e.source()));
        n.set("target", e.target() == null ? null : DocumentJson.actor(e.target()));
        n.set("place", e.place() == null ? null : DocumentJson.place(e.place()));
        n.set("event", e.json());
        return n;
    }
}
