package org.sitrep.model;

/**
 * A coded event mention.
 *
 * @param type       PLOVER event type (ASSAULT, CONSULT, REQUEST, ...)
 * @param mode       PLOVER mode when the trigger says it ("visit", "air"), else null
 * @param source     who acts, or null
 * @param target     who is acted on, or null
 * @param place      place id, or null
 * @param time       index into the document's times of the date expression nearest the trigger in its sentence, or null
 * @param claim      id of the claim whose content holds the trigger (the claim this event is reported in), or null
 * @param coding     CAMEO code, QuadClass, Goldstein score and ACLED types, or null when the lexicon gives no code
 * @param date       when it happened, or null when neither the sentence nor the article dates it
 * @param casualties killed and injured where stated, or null
 * @param means      how it was done (violent events), or null
 * @param main       the article's principal event
 */
public record Event(String type, String mode, Span trigger, Participant source, Participant target, String place,
                    Integer time, EventContext context, Span sentence, String claim, EventCoding coding, EventDate date,
                    Casualties casualties, Means means, boolean main) {
    public Event(String type, String mode, Span trigger, Participant source, Participant target, String place,
                 Integer time, EventContext context, Span sentence, String claim) {
        this(type, mode, trigger, source, target, place, time, context, sentence, claim, null, null, null, null, false);
    }

    public Event withContext(EventContext c) {
        return new Event(type, mode, trigger, source, target, place, time, c, sentence, claim, coding, date, casualties, means, main);
    }

    public Event withCoding(EventCoding c) {
        return new Event(type, mode, trigger, source, target, place, time, context, sentence, claim, c, date, casualties, means, main);
    }

    public Event withDate(EventDate d) {
        return new Event(type, mode, trigger, source, target, place, time, context, sentence, claim, coding, d, casualties, means, main);
    }

    public Event withCasualties(Casualties c) {
        return new Event(type, mode, trigger, source, target, place, time, context, sentence, claim, coding, date, c, means, main);
    }

    public Event withMeans(Means m) {
        return new Event(type, mode, trigger, source, target, place, time, context, sentence, claim, coding, date, casualties, m, main);
    }

    public Event withMain(boolean m) {
        return new Event(type, mode, trigger, source, target, place, time, context, sentence, claim, coding, date, casualties, means, m);
    }

    public Event withPlace(String p) {
        return new Event(type, mode, trigger, source, target, p, time, context, sentence, claim, coding, date, casualties, means, main);
    }

    public Event withParticipants(Participant s, Participant t) {
        return new Event(type, mode, trigger, s, t, place, time, context, sentence, claim, coding, date, casualties, means, main);
    }

    public Event withType(String t, String m) {
        return new Event(t, m, trigger, source, target, place, time, context, sentence, claim, coding, date, casualties, means, main);
    }

    public boolean negated() {
        return context == EventContext.NEGATED;
    }

    /** Reported as having happened (by the outlet or inside a claim). */
    public boolean happened() {
        return context == EventContext.ASSERTED || context == EventContext.HISTORICAL;
    }
}
