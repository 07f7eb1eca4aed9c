package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Claim;
import org.sitrep.model.Document;
import org.sitrep.model.EntityType;
import org.sitrep.model.Event;
import org.sitrep.model.EventContext;
import org.sitrep.model.Mention;
import org.sitrep.model.Participant;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;
import org.sitrep.resolve.Gazetteer;

/**
 * The events stage: PLOVER-typed event mentions with source, target, place and context. A trigger in a negated clause
 * ("did not carry out attacks") is coded NEGATED, never as an event that happened; "if"/"could" make it HYPOTHETICAL
 * and "will"/"to ..." FUTURE. An event inside a claim's content points to that claim.
 */
public final class EventExtractor implements Stage {
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "without", "neither", "nor");
    private static final Set<String> NEGATING_VERBS = Set.of("fail", "refrain", "deny", "avoid", "stop", "cease");
    private static final Set<String> HYPOTHETICAL = Set.of("if", "could", "would", "might", "may", "should", "unless", "whether");
    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll");
    private static final Set<String> INTENT_VERBS = Set.of("plan", "expect", "vow", "intend", "seek", "aim", "want", "threaten",
            "hope", "propose", "prepare", "pledge", "promise", "ask", "urge", "need", "persuade", "continue");
    private static final Set<String> CLAUSE_MARKS = Set.of(",", ";", ":", "that", "which", "who", "after", "before", "because", "but", "while", "when", "where");
    private final Gazetteer gazetteer;

    public EventExtractor(Gazetteer gazetteer) {
        if (gazetteer == null) {
            throw new IllegalArgumentException("The parameter 'gazetteer' must not be null.");
        }
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.ACTORS, Layer.PLACES, Layer.CLAIMS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.EVENTS);
    }

    @Override
    public Document apply(Document doc) {
        List<Event> events = new ArrayList<>();
        for (Sentence sentence : doc.sentences()) {
            List<Token> s = doc.tokens(sentence);
            int verbEvent = -1; // the last verb-triggered event of this sentence and its token
            int verbToken = -1;
            for (int i = 0; i < s.size(); i++) {
                Token t = s.get(i);
                String lemma = t.lemma().toLowerCase(Locale.ROOT);
                Optional<EventLexicon.Coding> coding = t.isVerb() ? EventLexicon.verb(lemma)
                        : t.pos().startsWith("NN") ? EventLexicon.noun(lemma) : Optional.empty();
                if (coding.isPresent() && !isReportingUse(doc, t) && !isBoilerplate(s, i) && !inCompound(doc.text(), t)) {
                    Event e = event(doc, sentence, s, i, coding.get());
                    if (!t.isVerb() && verbEvent >= 0 && isMeansOf(s, verbToken, i) && events.get(verbEvent).type().equals(e.type())) {
                        events.set(verbEvent, merged(events.get(verbEvent), e)); // "killed in an Israeli air strike": one event
                        continue;
                    }
                    events.add(e);
                    if (t.isVerb()) {
                        verbEvent = events.size() - 1;
                        verbToken = i;
                    }
                }
            }
        }
        return doc.withEvents(events);
    }

    /** "deny", "reject" used as reporting cues are claims, already; their event is coded too unless it is the cue of a claim about a statement. */
    private static boolean isReportingUse(Document doc, Token t) {
        return doc.claims().stream().anyMatch(c -> c.cue().start() == t.start() && c.content().length() < 20);
    }

    /** A noun trigger in an "in/by/with" phrase right after a verb trigger names how the verb's event was done. */
    private static boolean isMeansOf(List<Token> s, int verb, int noun) {
        if (noun - verb > 6 || noun <= verb + 1) {
            return false;
        }
        if (!Set.of("in", "by", "with").contains(Phrases.lower(s.get(verb + 1)))) {
            return false;
        }
        for (int k = verb + 2; k < noun; k++) {
            String p = s.get(k).pos();
            if (!(p.equals("DT") || p.startsWith("JJ") || p.startsWith("NN"))) {
                return false;
            }
        }
        return true;
    }

    private static Event merged(Event verb, Event means) {
        return new Event(verb.type(), verb.mode() != null ? verb.mode() : means.mode(), verb.trigger(),
                verb.source() != null ? verb.source() : means.source(), verb.target(), verb.place() != null ? verb.place() : means.place(),
                verb.context(), verb.sentence(), verb.claim());
    }

    /** "did not respond to requests for comment" is newsroom routine, not an event. */
    private static boolean isBoilerplate(List<Token> s, int i) {
        return i + 2 < s.size() && Phrases.lower(s.get(i + 1)).equals("for") && Phrases.lower(s.get(i + 2)).startsWith("comment");
    }

    /** "Iran-backed": the trigger is half of a compound adjective. */
    private static boolean inCompound(String text, Token t) {
        return t.start() > 0 && text.charAt(t.start() - 1) == '-' || t.end() < text.length() && text.charAt(t.end()) == '-';
    }

    private Event event(Document doc, Sentence sentence, List<Token> s, int i, EventLexicon.Coding coding) {
        Token trigger = s.get(i);
        String text = doc.text();
        Participant source = null;
        Participant target = null;
        if (trigger.isVerb()) {
            boolean passive = trigger.pos().equals("VBN") && i > 0 && hasBeBefore(s, i);
            Phrases.Range subject = Phrases.subjectBefore(s, i);
            Phrases.Range object = objectAfter(s, i);
            Phrases.Range agent = passive ? afterWord(s, i, "by") : Phrases.NONE;
            if (passive) {
                target = participant(doc, s, subject);
                source = !agent.isEmpty() ? participant(doc, s, agent) : adjectivalSource(doc, s, i);
            } else {
                source = participant(doc, s, subject);
                target = participant(doc, s, object);
            }
        } else {
            Phrases.Range by = afterWord(s, i, "by");
            source = !by.isEmpty() ? participant(doc, s, by) : adjectivalSource(doc, s, i);
            Phrases.Range against = afterAny(s, i, Set.of("against", "on", "with", "to"));
            target = participant(doc, s, against);
            if (source == null && i > 0) {
                // "Iraqi armed factions did not carry out attacks": the subject of the light verb acts.
                int v = i - 1;
                while (v > 0 && !s.get(v).isVerb() && i - v < 4) {
                    v--;
                }
                if (s.get(v).isVerb() && !s.get(v).pos().equals("VBN")) {
                    source = participant(doc, s, Phrases.subjectBefore(s, v));
                }
            }
        }
        String mode = coding.mode();
        if (mode == null && coding.type().equals("ASSAULT") && i > 0) {
            String before = Phrases.lower(s.get(i - 1));
            mode = before.equals("air") || before.equals("aerial") ? "air" : before.equals("drone") ? "drone" : null;
        }
        String place = place(doc, s, i);
        Span triggerSpan = Span.of(text, trigger.start(), trigger.end());
        Integer claim = claimOf(doc.claims(), triggerSpan);
        return new Event(coding.type(), mode, triggerSpan, source, target, place, context(s, i), sentence.span(), claim);
    }

    private static boolean hasBeBefore(List<Token> s, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            if (s.get(k).lemma().equalsIgnoreCase("be") || s.get(k).lemma().equalsIgnoreCase("get")) {
                return true;
            }
            if (!s.get(k).pos().equals("RB")) {
                return false;
            }
        }
        return false;
    }

    private static Phrases.Range objectAfter(List<Token> s, int i) {
        int k = i + 1;
        if (k < s.size() && (s.get(k).pos().equals("RP") || s.get(k).pos().equals("IN") && Set.of("with", "against", "on", "to").contains(Phrases.lower(s.get(k))))) {
            k++;
        }
        return k < s.size() ? Phrases.nounPhraseFrom(s, k) : Phrases.NONE;
    }

    private static Phrases.Range afterWord(List<Token> s, int i, String word) {
        return afterAny(s, i, Set.of(word));
    }

    /** The noun phrase after the first of {@code words} within the trigger's clause. */
    private static Phrases.Range afterAny(List<Token> s, int i, Set<String> words) {
        for (int k = i + 1; k < Math.min(s.size(), i + 6); k++) {
            String l = Phrases.lower(s.get(k));
            if (words.contains(l) && s.get(k).pos().matches("IN|TO")) {
                return Phrases.nounPhraseFrom(s, k + 1);
            }
            if (CLAUSE_MARKS.contains(l) || s.get(k).isVerb()) {
                break;
            }
        }
        return Phrases.NONE;
    }

    /** "an Israeli air attack", "retaliatory American strikes": a demonym before the trigger names its source. */
    private Participant adjectivalSource(Document doc, List<Token> s, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            Token t = s.get(k);
            if (!(t.pos().startsWith("JJ") || t.pos().startsWith("NN"))) {
                break;
            }
            Optional<Gazetteer.Entry> country = gazetteer.country(t.text());
            if (country.isPresent()) {
                Span span = Span.of(doc.text(), t.start(), t.end());
                return new Participant(span, "country:" + country.get().iso3(), country.get().iso3());
            }
        }
        return null;
    }

    private Participant participant(Document doc, List<Token> s, Phrases.Range r) {
        if (r.isEmpty()) {
            return null;
        }
        Span span = Span.of(doc.text(), s.get(r.from()).start(), s.get(r.to() - 1).end());
        if (doc.times().stream().anyMatch(t -> t.span().overlaps(span)) || s.get(r.from()).pos().equals("CD") && r.to() - r.from() == 1) {
            return null; // "on Sept. 27" is when, not whom
        }
        String actor = null;
        String country = null;
        for (Mention m : doc.entities()) {
            if (span.contains(m.span()) && m.actor() != null) {
                if (actor == null && (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION)) {
                    actor = m.actor();
                }
                if (country == null && m.actor().startsWith("country:")) {
                    country = m.actor().substring("country:".length());
                }
            }
        }
        if (actor == null && country != null && span.text().split("\\s+").length <= 2) {
            actor = "country:" + country; // "Israel", "the US": the state itself
        }
        if (actor != null && country == null) {
            country = doc.actor(actor).map(a -> a.country()).orElse(null);
        }
        return new Participant(span, actor, country);
    }

    /** The first geocoded place in the trigger's sentence after it, else before it. */
    private static String place(Document doc, List<Token> s, int i) {
        int from = s.get(i).start();
        int sentenceStart = s.get(0).start();
        int sentenceEnd = s.get(s.size() - 1).end();
        String before = null;
        for (Mention m : doc.entities()) {
            if (m.place() == null || m.span().start() < sentenceStart || m.span().end() > sentenceEnd) {
                continue;
            }
            if (m.span().start() >= from) {
                return m.place();
            }
            before = m.place();
        }
        return before;
    }

    /** Negated, hypothetical, future, or asserted: read from the words before the trigger in its clause. */
    static EventContext context(List<Token> s, int i) {
        boolean future = false;
        for (int k = i - 1; k >= 0 && i - k <= 7; k--) {
            Token t = s.get(k);
            String l = Phrases.lower(t);
            if (CLAUSE_MARKS.contains(l) && !l.equals("that")) {
                break;
            }
            if (NEGATORS.contains(l) || NEGATING_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                return EventContext.NEGATED;
            }
            if (t.pos().startsWith("NN") || t.pos().equals("PRP")) {
                break; // "troops deployed": a noun closes the scope a negation could reach
            }
            if (HYPOTHETICAL.contains(l)) {
                return EventContext.HYPOTHETICAL;
            }
            if (FUTURE.contains(l)) {
                future = true;
            }
            if (t.pos().equals("TO") && k == i - 1 && k > 0) {
                String governing = s.get(k - 1).lemma().toLowerCase(Locale.ROOT);
                future |= INTENT_VERBS.contains(governing) || s.get(k - 1).isNoun() || s.get(k - 1).pos().startsWith("JJ");
            }
            if (l.equals("expected") || l.equals("planned") || l.equals("scheduled")) {
                future = true;
            }
        }
        // "had the calm been arranged": an inverted conditional at the clause start.
        if (i >= 2 && Phrases.lower(s.get(0)).equals("had")) {
            return EventContext.HYPOTHETICAL;
        }
        return future ? EventContext.FUTURE : EventContext.ASSERTED;
    }

    private static Integer claimOf(List<Claim> claims, Span trigger) {
        for (int k = 0; k < claims.size(); k++) {
            if (claims.get(k).content().contains(trigger)) {
                return k;
            }
        }
        return null;
    }
}
