package org.sitrep.model;

/** An entity mention; {@code actor} and {@code place} are the ids it resolved to, or null. */
public record Mention(Span span, EntityType type, String actor, String place) {
    public Mention withActor(String actorId) {
        return new Mention(span, type, actorId, place);
    }

    public Mention withPlace(String placeId) {
        return new Mention(span, type, actor, placeId);
    }

    public Mention withType(EntityType newType) {
        return new Mention(span, newType, actor, place);
    }
}
