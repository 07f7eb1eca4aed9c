package org.sitrep.model;

/**
 * A coded event mention.
 *
 * @param type    PLOVER event type (ASSAULT, CONSULT, REQUEST, ...)
 * @param mode    PLOVER mode when the trigger says it ("visit", "air"), else null
 * @param source  who acts, or null
 * @param target  who is acted on, or null
 * @param place   place id, or null
 * @param claim   index into the document's claims of the claim this event is reported in, or null
 */
public record Event(String type, String mode, Span trigger, Participant source, Participant target, String place,
                    EventContext context, Span sentence, Integer claim) {
    public boolean negated() {
        return context == EventContext.NEGATED;
    }
}
