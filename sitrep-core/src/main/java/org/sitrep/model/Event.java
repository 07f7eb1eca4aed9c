package org.sitrep.model;

/**
 * A coded event mention.
 *
 * @param type    PLOVER event type (ASSAULT, CONSULT, REQUEST, ...)
 * @param mode    PLOVER mode when the trigger says it ("visit", "air"), else null
 * @param source  who acts, or null
 * @param target  who is acted on, or null
 * @param place   place id, or null
 * @param time    index into the document's times of the date expression nearest the trigger in its sentence, or null
 * @param claim   id of the claim whose content holds the trigger (the claim this event is reported in), or null
 */
public record Event(String type, String mode, Span trigger, Participant source, Participant target, String place,
                    Integer time, EventContext context, Span sentence, String claim) {
    public Event withContext(EventContext c) {
        return new Event(type, mode, trigger, source, target, place, time, c, sentence, claim);
    }

    public boolean negated() {
        return context == EventContext.NEGATED;
    }
}
