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
import org.sitrep.model.Place;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;
import org.sitrep.resolve.Antecedents;
import org.sitrep.resolve.Coordinations;
import org.sitrep.resolve.Gazetteer;

/**
 * The events stage: PLOVER-typed event mentions with source, target, place and context. A trigger in a negated clause
 * ("did not carry out attacks") is coded NEGATED, never as an event that happened; "if"/"could" make it HYPOTHETICAL
 * and "will"/"to ..." FUTURE. An event inside a claim's content points to that claim.
 */
public final class EventExtractor implements Stage {
    private final Gazetteer gazetteer;
    private final EventLexicon lexicon;
    private final org.sitrep.knowledge.CameoEvents cameo = org.sitrep.knowledge.CameoEvents.bundled();
    private final AcledMap acled = AcledMap.bundled();
    private final AcledActors acledActors = AcledActors.bundled();

    /** An events stage over the bundled lexicon. */
    public EventExtractor(Gazetteer gazetteer) {
        this(gazetteer, EventLexicon.bundled());
    }

    public EventExtractor(Gazetteer gazetteer, EventLexicon lexicon) {
        if (gazetteer == null || lexicon == null) {
            throw new IllegalArgumentException("The parameters 'gazetteer' and 'lexicon' must not be null.");
        }
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
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
            int first = events.size();
            List<int[]> threatScopes = new ArrayList<>();
            Set<Integer> unarmedVerbs = new java.util.HashSet<>();
            List<int[]> contentScopes = new ArrayList<>();
            int verbEvent = -1; // the last verb-triggered event of this sentence and its token
            int verbToken = -1;
            for (int i = 0; i < s.size(); i++) {
                Token t = s.get(i);
                String lemma = t.lemma().toLowerCase(Locale.ROOT);
                // a noun trigger is a common noun: "March" is a month, "Summit Avenue" a street
                Optional<EventLexicon.Coding> phrasal = PhrasalTriggers.at(lexicon, s, i);
                if (phrasal.isEmpty()) {
                    phrasal = LightVerbs.at(lexicon, s, i); // "opened fire"
                }
                Optional<EventLexicon.Coding> coding = phrasal.isPresent() ? phrasal : t.isVerb() ? lexicon.verb(lemma)
                        : t.pos().equals("NN") || t.pos().equals("NNS") ? lexicon.noun(lemma) : Optional.empty();
                int[] threat = t.isVerb() ? ThreatConstruction.scope(lexicon, s, i) : null;
                if (threat != null) {
                    threatScopes.add(threat);
                    coding = Optional.of(new EventLexicon.Coding("THREATEN", null, "138", Set.of()));
                } else if (coding.isPresent() && coding.get().type().equals("THREATEN") && t.isVerb() && lexicon.set("threat-verbs").contains(lemma)
                        && !lemma.equals("threaten")) {
                    // "vowed to cooperate" is a promise, "warned that ..." a claim; "menaced", "intimidated" threaten by themselves
                    coding = lemma.equals("vow") && i + 1 < s.size() && Phrases.lower(s.get(i + 1)).equals("to")
                            ? Optional.of(coding.get().as("AGREE", null)) : Optional.empty();
                }
                int visited = coding.isEmpty() ? VisitConstruction.placeAfter(lexicon, doc, s, i) : -1;
                if (visited >= 0) {
                    coding = Optional.of(new EventLexicon.Coding("CONSULT", "visit", "042", Set.of(EventLexicon.Flag.ACTOR)));
                }
                if (coding.isPresent() && coding.get().has(EventLexicon.Flag.PLURAL) && !t.pos().equals("NNS") && !t.pos().equals("NNPS")) {
                    coding = Optional.empty();
                }
                if (coding.isPresent()) {
                    Phrases.Range object = t.isVerb() ? objectAfter(s, i) : Phrases.NONE;
                    if (coding.get().has(EventLexicon.Flag.OBJECT) && t.isVerb() && object.isEmpty()) {
                        coding = Optional.empty();
                    } else {
                        coding = TriggerSense.refine(lexicon, coding.get(), s, i, object);
                    }
                }
                if (coding.isPresent() && inAny(contentScopes, i)) {
                    continue; // "rejected an offer to host a summit": the offer and the summit are what was rejected
                }
                if (coding.isPresent() && !isReportingUse(doc, t) && !isBoilerplate(s, i) && !inCompound(doc.text(), t)
                        && !inName(s, i) && !scareQuoted(doc.text(), t)) {
                    int speech = ReportedDemand.speechVerb(lexicon, s, i, coding.get().type());
                    Event e = event(doc, sentence, s, i, speech >= 0 ? coding.get().as("REQUEST", null) : recoded(s, i, coding.get()));
                    if (speech >= 0) {
                        // "the rebels announced that Kagame must agree": the speaker demands it of the act's subject
                        e = e.withParticipants(someone(doc, s, participant(doc, s, Phrases.subjectBefore(s, speech))), e.source())
                                .withContext(EventContexts.of(s, speech));
                    }
                    if (lemma.equals("meet") && e.target() != null && isNotMet(s, e)) {
                        continue;
                    }
                    if (visited >= 0) {
                        Participant visitor = e.source();
                        if ((visitor == null || visitor.actor() == null) && Antecedents.isPronoun(subjectWord(s, i))) {
                            // "Hochstein was in Israel ..., but they did not continue on to Lebanon": the same visitors
                            for (int k = events.size() - 1; k >= first; k--) {
                                if ("visit".equals(events.get(k).mode()) && events.get(k).source() != null) {
                                    visitor = events.get(k).source();
                                    break;
                                }
                            }
                        }
                        if (visitor == null || visitor.actor() == null || !isPersonOrGroup(doc, visitor.actor(), lemma.equals("be"))) {
                            continue; // only people visit; "be in" only people with a role
                        }
                        e = e.withParticipants(visitor, participant(doc, s, Phrases.nounPhraseFrom(s, visited)));
                    }
                    if (isStativeParticiple(s, i)) {
                        continue; // "American troops deployed at the base": where they are, not a deployment
                    }
                    boolean unarmed = coding.get().has(EventLexicon.Flag.ARMED) && !ArmedContext.holds(lexicon, doc, s, i, e.source(), e.target());
                    if (!t.isVerb() && verbEvent >= 0 && isObjectOf(s, verbToken, i)) {
                        Event verb = events.get(verbEvent);
                        if (verb.type().equals(e.type())) {
                            events.set(verbEvent, merged(verb, e)); // "fired rockets": one event
                            if (!unarmed) {
                                unarmedVerbs.remove(verbEvent); // a noun of force makes the verb force; "attacked the attack ads" stays words
                            }
                            continue;
                        }
                        if (verb.type().equals("RETREAT") || verb.type().equals("REJECT") || verb.type().equals("SANCTION")) {
                            continue; // "suspend its operations", "rejected the truce", "prohibit all aid": what is given up, refused or cut
                        }
                    }
                    if (unarmed && !t.isVerb()) {
                        continue; // "gone on the offensive", "Commons clashes": force only in words
                    }
                    if (coding.get().has(EventLexicon.Flag.ACTOR) && ("visit".equals(e.mode()) ? !PoliticalActors.political(lexicon, doc, e.source())
                            : !PoliticalActors.any(lexicon, doc, e.source(), e.target()))) {
                        continue; // "fuel demand", "a good deal", a footballer's contract: no political actor
                    }
                    if (!e.type().equals("ASSAULT") && aboutMarkets(s, i, t.isVerb() ? objectAfter(s, i) : Phrases.NONE)) {
                        continue; // "support the economy", "fuel demand", "a rally in oil prices"
                    }
                    if (coding.get().has(EventLexicon.Flag.PEOPLE) && !PoliticalActors.people(lexicon, doc, s, e.target())) {
                        continue; // "releasing an album": only people are released
                    }
                    boolean liveVerb = verbEvent >= 0 && !unarmedVerbs.contains(verbEvent); // not a verb of words awaiting a noun of force
                    if (t.isVerb() && liveVerb && e.context() == EventContext.ASSERTED && coordinated(s, verbToken, i)) {
                        // "could target their leaders or even seek revenge": the second verb shares the first one's mood
                        EventContext shared = events.get(verbEvent).context();
                        if (shared == EventContext.HYPOTHETICAL || shared == EventContext.FUTURE) {
                            e = e.withContext(shared);
                        }
                    }
                    if (t.isVerb() && liveVerb && e.source() == null && events.get(verbEvent).type().equals(e.type())
                            && coordinated(s, verbToken, i)) {
                        e = e.withParticipants(events.get(verbEvent).source(), e.target()); // "airplanes struck and killed": one subject
                    }
                    if (t.pos().equals("VBG") && i > 0 && s.get(i - 1).text().equals(",") && liveVerb
                            && events.get(verbEvent).type().equals(e.type()) && e.type().equals("ASSAULT")) {
                        // "troops shelled the town, killing three people": the killing is the shelling's outcome, one event
                        Event verb = events.get(verbEvent);
                        boolean thing = verb.target() == null || verb.target().actor() == null;
                        events.set(verbEvent, thing && e.target() != null ? verb.withParticipants(verb.source(), e.target()) : verb);
                        continue;
                    }
                    if (!t.isVerb() && verbEvent >= 0 && isMeansOf(s, verbToken, i) && events.get(verbEvent).type().equals(e.type())) {
                        events.set(verbEvent, merged(events.get(verbEvent), e)); // "killed in an Israeli air strike": one event
                        unarmedVerbs.remove(verbEvent); // the strike is force, so the killing is
                        continue;
                    }
                    if (!t.isVerb() && liveVerb && e.source() == null && e.target() == null) {
                        continue; // "demanded ... at the fourth round of talks": a background event named after the sentence's own
                    }
                    events.add(e);
                    if (unarmed) {
                        unarmedVerbs.add(events.size() - 1); // dropped at the sentence's end unless a noun of force joins it
                    }
                    int[] content = ContentScope.of(lexicon, s, i, e.type());
                    if (content != null) {
                        contentScopes.add(content);
                    }
                    if (t.isVerb()) {
                        verbEvent = events.size() - 1;
                        verbToken = i;
                    }
                }
            }
            for (int k = events.size() - 1; k >= first; k--) {
                if (unarmedVerbs.contains(k)) {
                    events.remove(k);
                }
            }
            statuses(events, first, s, threatScopes);
        }
        return doc.withEvents(details(doc, events));
    }

    /** The coding a construction gives the trigger: an announced cooperative act is an intent (AGREE), an ultimatum a threat. */
    private EventLexicon.Coding recoded(List<Token> s, int i, EventLexicon.Coding coding) {
        if (ConditionalThreat.holds(lexicon, s, i, coding.type())) {
            return coding.as("THREATEN", null);
        }
        if (IntentConstruction.holds(lexicon, s, i, coding.type())) {
            return coding.as("AGREE", null);
        }
        return coding;
    }

    private static boolean inAny(List<int[]> scopes, int i) {
        for (int[] scope : scopes) {
            if (i >= scope[0] && i < scope[1]) {
                return true;
            }
        }
        return false;
    }

    /** Threatened and failed events of one sentence (its events are {@code events[first..]}). */
    private void statuses(List<Event> events, int first, List<Token> s, List<int[]> threatScopes) {
        int failure = FailedEvents.failureAt(lexicon, s);
        for (int k = first; k < events.size(); k++) {
            Event e = events.get(k);
            int at = indexOf(s, e.trigger().start());
            for (int[] scope : threatScopes) {
                if (at >= scope[0] && at < scope[1] && !e.type().equals("THREATEN") && e.context() != EventContext.NEGATED) {
                    e = e.withContext(EventContext.THREATENED);
                }
            }
            if (e.context() != EventContext.NEGATED && FailedEvents.undoes(s, failure, at, e.context() == EventContext.FUTURE)) {
                e = e.withContext(EventContext.FAILED);
            }
            events.set(k, e);
        }
    }

    private static int indexOf(List<Token> s, int start) {
        for (int k = 0; k < s.size(); k++) {
            if (s.get(k).start() == start) {
                return k;
            }
        }
        return -1;
    }

    /** Dates, casualties, means, codes and the main event, once every event of the document is known. */
    private List<Event> details(Document doc, List<Event> events) {
        List<Event> out = new ArrayList<>(events.size());
        java.time.LocalDate published = doc.article().published().value().orElse(null);
        java.util.Map<Integer, Sentence> sentences = new java.util.HashMap<>();
        doc.sentences().forEach(x -> sentences.put(x.span().start(), x));
        String fallbackCountry = documentCountry(doc);
        for (Event e : events) {
            Sentence sentence = sentences.get(e.sentence().start());
            List<Token> s = sentence == null ? List.of() : doc.tokens(sentence);
            int at = indexOf(s, e.trigger().start());
            e = e.withDate(EventDates.of(doc, e.time()));
            if (e.context() == EventContext.ASSERTED && isHistorical(e, published)) {
                e = e.withContext(EventContext.HISTORICAL);
            }
            if (at >= 0 && (e.type().equals("ASSAULT") || e.type().equals("COERCE"))) {
                Event withMeans = e;
                e = MeansFinder.find(lexicon, doc.text(), s, at).map(withMeans::withMeans).orElse(e);
                if (e.means() != null && e.target() != null && e.target().span().contains(e.means().span()) && e.target().actor() == null) {
                    e = e.withParticipants(e.source(), null); // "fired rockets": the weapon, not whom it hit
                }
                Event withCounts = e;
                e = CasualtyCounts.find(doc.text(), s).map(withCounts::withCasualties).orElse(e);
            }
            e = coded(doc, e, fallbackCountry);
            out.add(e);
        }
        out = OutcomeTolls.apply(doc, out);
        int main = MainEvent.pick(out, doc.text().length(), MainEvent.titleTypes(lexicon, doc.article().title()));
        if (main >= 0) {
            out.set(main, mainDetails(doc, out, main, fallbackCountry).withMain(true));
        }
        return out;
    }

    /**
     * What the article's later sentences add to its main act of violence: the toll ("Several persons were killed. 15
     * fatalities were reported.") when its own sentence counts none, a place when it has none, and whom it hit ("Three
     * civilians were killed", "opened fire and killed 3 militants") when it names no one it hit.
     */
    private Event mainDetails(Document doc, List<Event> events, int main, String fallbackCountry) {
        Event e = events.get(main);
        if (!e.type().equals("ASSAULT")) {
            return e;
        }
        Optional<CasualtyCounts.Toll> later = CasualtyCounts.after(doc, e.sentence().end());
        boolean counted = e.casualties() != null && e.casualties().killed() != null;
        if (later.isPresent() && (!counted || later.get().attributed())) {
            org.sitrep.model.Casualties own = e.casualties();
            CasualtyCounts.Toll t = later.get();
            e = e.withCasualties(new org.sitrep.model.Casualties(t.killed(), own == null ? null : own.injured(), t.atLeast(),
                    own == null ? t.span() : own.span()));
        }
        for (int k = main + 1; k < events.size() && e.place() == null; k++) {
            e = e.withPlace(events.get(k).place());
        }
        boolean unnamedVictims = e.target() == null && victimPhrase(doc, e) == null; // its second actor, if any, only from the toll
        if (e.coding() != null && (e.coding().acledActor2() == null || unnamedVictims)) {
            for (int k = main + 1; k < events.size(); k++) {
                Event o = events.get(k);
                boolean sameDoer = o.source() == null || e.source() != null && o.source().span().equals(e.source().span());
                if (o.type().equals("ASSAULT") && sameDoer && o.target() != null && o.coding() != null && o.coding().acledActor2() != null) {
                    e = e.withParticipants(e.source(), o.target()); // "Several civilians were killed": whom it hit
                    break;
                }
            }
        }
        return coded(doc, e, fallbackCountry);
    }

    /** The event's CAMEO coding, ACLED actor categories and ACLED types. */
    private Event coded(Document doc, Event e, String fallbackCountry) {
        String code = lexicon.cameo(new EventLexicon.Coding(e.type(), e.mode(), e.coding() == null ? null : e.coding().cameo(), Set.of()));
        if (code == null) {
            return e;
        }
        String country = placeCountry(doc, e.place());
        if (country == null) {
            country = fallbackCountry;
        }
        String actor2 = acledCategory(doc, e.target() != null ? e.target() : victimPhrase(doc, e), country);
        if (actor2 == null && e.type().equals("ASSAULT") && e.casualties() != null && hasHarm(e.casualties())) {
            actor2 = acledActors.unnamedVictims(); // people killed or hurt whom the text does not name as fighters
        }
        org.sitrep.model.EventCoding c = cameo.coding(code).withAcledActors(acledCategory(doc, e.source(), country), actor2);
        Event coded = e.withCoding(c);
        AcledMap.Row row = acled.of(coded, actor2);
        return row == null ? coded : coded.withCoding(c.withAcled(row.acledType(), row.acledSubType()));
    }

    private static boolean hasHarm(org.sitrep.model.Casualties c) {
        return c.killed() != null && c.killed() > 0 || c.injured() != null && c.injured() > 0;
    }

    /**
     * Whom a violent event with no target participant hit, for its ACLED category only: the phrase a participant needs
     * no actor for ("struck a house", "airstrikes on houses", "fired shells toward Israeli troops"), or null.
     */
    private Participant victimPhrase(Document doc, Event e) {
        if (!e.type().equals("ASSAULT")) {
            return null;
        }
        Sentence sentence = doc.sentences().stream().filter(x -> x.span().start() == e.sentence().start()).findFirst().orElse(null);
        List<Token> s = sentence == null ? List.of() : doc.tokens(sentence);
        int i = indexOf(s, e.trigger().start());
        if (i < 0) {
            return null;
        }
        Token t = s.get(i);
        Phrases.Range r = t.isVerb() ? objectAfter(s, i) : Phrases.NONE;
        boolean weapon = t.isVerb() && (lexicon.set("means-verbs").contains(t.lemma().toLowerCase(Locale.ROOT))
                || LightVerbs.at(lexicon, s, i).isPresent()); // "fired shells at", "opened fire at"
        if (r.isEmpty() || weapon) {
            int from = weapon && !r.isEmpty() ? r.to() - 1 : i;
            r = afterAny(s, from, Set.of("on", "against", "at", "toward", "towards"));
        }
        if (r.isEmpty()) {
            return null;
        }
        String country = null;
        for (int k = r.from(); k < r.to() && country == null; k++) {
            country = gazetteer.country(s.get(k).text()).map(Gazetteer.Entry::iso3).orElse(null);
        }
        return new Participant(Span.of(doc.text(), s.get(r.from()).start(), s.get(r.to() - 1).end()), null, country);
    }

    /** The ACLED category of a participant (for a group named by coordination, of its first member that has one). */
    private String acledCategory(Document doc, Participant p, String eventCountry) {
        if (p == null) {
            return null;
        }
        org.sitrep.model.Actor a = p.actor() == null ? null : doc.actor(p.actor()).orElse(null);
        if (a != null) {
            for (String member : a.members()) {
                org.sitrep.model.Actor m = doc.actor(member).orElse(null);
                String c = m == null ? null : acledActors.category(new AcledActors.Who(m.id(), m.type(), m.code(), m.country(), List.of()), eventCountry);
                if (c != null) {
                    return c;
                }
            }
        }
        List<String> words = new ArrayList<>();
        for (Sentence sentence : doc.sentences()) {
            if (sentence.span().contains(p.span())) {
                for (Token t : doc.tokens(sentence)) {
                    if (t.start() >= p.span().start() && t.end() <= p.span().end()) {
                        boolean demonym = (t.pos().equals("NNPS") || t.pos().equals("NNS")) && gazetteer.country(t.text()).isPresent();
                        words.add(demonym ? AcledActors.PLURAL_DEMONYM : t.lemma().toLowerCase(Locale.ROOT));
                    }
                }
                break;
            }
        }
        String country = p.country() != null ? p.country() : a == null ? null : a.country();
        return acledActors.category(new AcledActors.Who(p.actor(), a == null ? null : a.type(), a == null ? null : a.code(), country, words),
                eventCountry);
    }

    /** The country (alpha-3) of the place {@code placeId}, or null. */
    private String placeCountry(Document doc, String placeId) {
        if (placeId == null) {
            return null;
        }
        for (Place p : doc.places()) {
            if (p.id().equals(placeId)) {
                return gazetteer.countryOf(p.country()).map(Gazetteer.Entry::iso3).orElse(null);
            }
        }
        return null;
    }

    /** Where an event with no place of its own probably is: the country of the article's first place below a country. */
    private String documentCountry(Document doc) {
        for (Place p : doc.places()) {
            if (!"country".equals(p.kind()) && !"continent".equals(p.kind()) && p.country() != null) {
                return gazetteer.countryOf(p.country()).map(Gazetteer.Entry::iso3).orElse(null);
            }
        }
        return null;
    }

    /** An event the sentence dates more than a month before the article (or in an earlier year) is background. */
    private static boolean isHistorical(Event e, java.time.LocalDate published) {
        if (published == null || e.date() == null || !"sentence".equals(e.date().basis())) {
            return false;
        }
        java.time.LocalDate end = switch (e.date().precision()) {
            case DAY -> e.date().day();
            case WEEK -> e.date().day().plusDays(6);
            case MONTH -> e.date().day().plusMonths(1).minusDays(1);
            case YEAR -> e.date().day().plusYears(1).minusDays(1);
        };
        return end.isBefore(published.minusDays(31));
    }


    /**
     * "Residents refuted the claim", "the army rejected the report": the verb answers a statement, which the claim and
     * its link record; it is no REJECT event. "Denied that its forces had shelled" stays an event too.
     */
    private static boolean isReportingUse(Document doc, Token t) {
        return doc.claims().stream().anyMatch(c -> c.cue().start() == t.start() && isStatementNoun(c.content().text()));
    }

    private static boolean isStatementNoun(String content) {
        String[] words = content.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return words.length <= 4 && Cues.STATEMENT_NOUNS.contains(words[words.length - 1]);
    }

    /** "meet certain parameters" is no meeting: the target is headed by a word of the lexicon's {@code not-met} set. */
    private boolean isNotMet(List<Token> s, Event e) {
        for (Token t : s) {
            if (t.start() >= e.target().span().start() && t.end() <= e.target().span().end() && lexicon.set("not-met").contains(t.lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Two verbs joined by "and"/"or" with no finite verb between them (which would carry its own tense or mood). */
    private static boolean coordinated(List<Token> s, int first, int second) {
        boolean conjunction = false;
        for (int k = first + 1; k < second; k++) {
            String p = s.get(k).pos();
            if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD") || s.get(k).text().equals(";")) {
                return false;
            }
            conjunction |= p.equals("CC") && Set.of("and", "or").contains(Phrases.lower(s.get(k)));
        }
        return conjunction && second - first <= 12;
    }

    /** A verb trigger's direct object is the noun trigger: only determiners, possessives and modifiers between. */
    private static boolean isObjectOf(List<Token> s, int verb, int noun) {
        if (noun <= verb || noun - verb > 5) {
            return false;
        }
        for (int k = verb + 1; k < noun; k++) {
            String p = s.get(k).pos();
            if (!(p.equals("DT") || p.equals("PRP$") || p.startsWith("JJ") || p.startsWith("NN") || p.equals("CD") || p.equals("POS") || p.equals("RP"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "troops deployed at the base": a participle of the lexicon's {@code stative-participles} right after a noun, with
     * no auxiliary, before a locative, says where something is.
     */
    private boolean isStativeParticiple(List<Token> s, int i) {
        Token t = s.get(i);
        if (!t.pos().equals("VBN") || i == 0 || !s.get(i - 1).pos().startsWith("NN") || i + 1 >= s.size()) {
            return false;
        }
        return lexicon.set("stative-participles").contains(t.lemma().toLowerCase(Locale.ROOT))
                && LOCATIVES.contains(Phrases.lower(s.get(i + 1)));
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
                verb.source() != null ? verb.source() : means.source(), verb.target() != null ? verb.target() : means.target(),
                verb.place() != null ? verb.place() : means.place(), verb.time() != null ? verb.time() : means.time(), verb.context(),
                verb.sentence(), verb.claim(), verb.coding() != null ? verb.coding() : means.coding(), verb.date(), verb.casualties(),
                verb.means(), verb.main());
    }

    /** "did not respond to requests for comment" is newsroom routine, not an event. */
    private static boolean isBoilerplate(List<Token> s, int i) {
        return i + 2 < s.size() && Phrases.lower(s.get(i + 1)).equals("for") && Phrases.lower(s.get(i + 2)).startsWith("comment");
    }

    /** "the Sentencing Guidelines Council": a capitalised trigger inside a sentence, before a proper noun, is part of a name. */
    private static boolean inName(List<Token> s, int i) {
        Token t = s.get(i);
        return i > 0 && !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0)) && !s.get(i - 1).text().matches("[\"“'‘`]+|[.:!?]")
                && i + 1 < s.size() && s.get(i + 1).pos().startsWith("NNP") && Character.isUpperCase(s.get(i + 1).text().charAt(0));
    }

    /** "accused the government of \"surrendering\"": a trigger quoted by itself is the speaker's word, not an act. */
    private static boolean scareQuoted(String text, Token t) {
        return t.start() > 0 && t.end() < text.length() && "\"“‘'".indexOf(text.charAt(t.start() - 1)) >= 0
                && "\"”’'".indexOf(text.charAt(t.end())) >= 0;
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
            Phrases.Range object = LightVerbs.at(lexicon, s, i).isPresent()
                    ? afterAny(s, i + 1, Set.of("at", "on", "toward", "towards", "against", "with")) // "opened fire at houses"
                    : objectAfter(s, i);
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
            Phrases.Range from = by.isEmpty() ? afterWord(s, i, "from") : Phrases.NONE;
            source = !by.isEmpty() ? participant(doc, s, by) : !from.isEmpty() && !coding.type().equals("RETREAT") ? participant(doc, s, from)
                    : adjectivalSource(doc, s, i);
            Phrases.Range against = afterAny(s, i, Set.of("against", "on", "with", "to"));
            target = participant(doc, s, against);
            if ((source == null || target == null) && i > 0) {
                // "Iraqi armed factions did not carry out attacks": the subject of the light verb acts.
                int v = i - 1;
                while (v > 0 && !s.get(v).isVerb() && i - v < 4) {
                    v--;
                }
                Token light = s.get(v);
                int aux = v - 1;
                while (aux > 0 && s.get(aux).pos().equals("RB")) {
                    aux--; // "has even received"
                }
                boolean perfect = light.pos().equals("VBN") && aux >= 0 && s.get(aux).lemma().equalsIgnoreCase("have");
                boolean active = light.isVerb() && (!light.pos().equals("VBN") || perfect);
                if (active && lexicon.set("receiving-verbs").contains(light.lemma().toLowerCase(Locale.ROOT))) {
                    if (target == null) {
                        target = participant(doc, s, Phrases.subjectBefore(s, v)); // "received an invitation from X": the subject is asked
                    }
                } else if (source == null && active && !perfect && !isClauseBoundaryBetween(s, v, i)) {
                    source = participant(doc, s, Phrases.subjectBefore(s, v));
                }
            }
        }
        String mode = coding.mode();
        if (mode == null && coding.type().equals("ASSAULT") && i > 0) {
            String before = Phrases.lower(s.get(i - 1));
            mode = before.equals("air") || before.equals("aerial") ? "air" : before.equals("drone") ? "drone" : null;
        }
        String place = place(doc, s, i, target);
        Span triggerSpan = Span.of(text, trigger.start(), trigger.end());
        String claim = claimOf(doc.claims(), triggerSpan);
        // "the convoy" declaring a ceasefire, "the attacks" threatening, "calm" as a target: no one. Force may still hit a thing
        // ("struck a fuel depot").
        source = someone(doc, s, source);
        boolean material = coding.type().equals("ASSAULT") || coding.type().equals("COERCE");
        target = material ? target : someone(doc, s, target);
        Event e = new Event(coding.type(), mode, triggerSpan, source, target, place, time(doc, sentence, triggerSpan), EventContexts.of(s, i), sentence.span(), claim);
        String code = lexicon.cameo(coding);
        return code == null ? e : e.withCoding(cameo.coding(code));
    }

    /** The single word before the verb chain of the verb at {@code i} ("they" in "they did not continue"), or "". */
    private static String subjectWord(List<Token> s, int i) {
        Phrases.Range r = Phrases.subjectBefore(s, i);
        return r.isEmpty() || r.to() - r.from() != 1 ? "" : s.get(r.from()).text();
    }

    /**
     * Market talk, not an event: the verb's object, the noun's modifier before it or its "in"/"for"/"of" phrase after
     * it is headed by a word of the lexicon's {@code market} set.
     */
    private boolean aboutMarkets(List<Token> s, int i, Phrases.Range object) {
        Set<String> market = lexicon.set("market");
        if (!object.isEmpty()) {
            Token head = Phrases.head(s, object);
            int h = head == null ? -1 : s.indexOf(head);
            boolean amount = h > 0 && s.get(h - 1).pos().equals("CD"); // "gave X 5.1 million dollars of aid": a sum, not a market
            return head != null && !amount && market.contains(head.lemma().toLowerCase(Locale.ROOT));
        }
        if (!s.get(i).isVerb()) {
            if (i > 0 && s.get(i - 1).pos().startsWith("NN") && market.contains(s.get(i - 1).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (i + 2 < s.size() && Set.of("in", "for", "of").contains(Phrases.lower(s.get(i + 1)))) {
                Phrases.Range after = Phrases.nounPhraseFrom(s, i + 2);
                Token head = after.isEmpty() ? null : Phrases.head(s, after);
                return head != null && market.contains(head.lemma().toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    /** A person (with a role, when {@code needsRole}) or a group of persons. */
    private static boolean isPersonOrGroup(Document doc, String actorId, boolean needsRole) {
        return doc.actor(actorId).map(a -> switch (a.type()) {
            case PERSON -> !needsRole || !a.roles().isEmpty();
            case GROUP -> a.members().stream().allMatch(m -> doc.actor(m).map(x -> x.type() == org.sitrep.model.ActorType.PERSON
                    && (!needsRole || !x.roles().isEmpty())).orElse(false)) && !a.members().isEmpty();
            default -> false;
        }).orElse(false);
    }

    /** "asserted that the agreement": a complementiser between the light verb and its noun starts another clause. */
    private static boolean isClauseBoundaryBetween(List<Token> s, int v, int i) {
        for (int k = v + 1; k < i; k++) {
            if (EventContexts.CLAUSE_MARKS.contains(Phrases.lower(s.get(k)))) {
                return true;
            }
        }
        return false;
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
            boolean participle = k == i + 1 && s.get(k).pos().equals("VBN"); // "the truce declared by ..."
            if (EventContexts.CLAUSE_MARKS.contains(l) || s.get(k).isVerb() && !participle) {
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
        if (r.to() - r.from() == 1 && Antecedents.isPronoun(s.get(r.from()).text())) {
            // "he held a series of meetings": the actor the pronoun refers to; "they" as a lone organisation only nearby.
            actor = Antecedents.find(doc, span, Set.of()).filter(a -> !a.weak() || a.sameSentence())
                    .map(Antecedents.Antecedent::actor).orElse(null);
        }
        Mention head = actor == null ? ClaimSources.headMention(doc, span) : null;
        if (head != null) {
            actor = head.actor();
        }
        Optional<String> group = actor == null || head != null ? Coordinations.groupIn(doc, span) : Optional.empty();
        if (group.isPresent()) {
            actor = group.get();
        }
        for (Mention m : doc.entities()) {
            if (span.contains(m.span()) && m.actor() != null && country == null && m.actor().startsWith("country:")) {
                country = m.actor().substring("country:".length());
            }
        }
        if (actor == null && country != null && span.text().split("\\s+").length <= 2) {
            actor = "country:" + country; // "Israel", "the US": the state itself
        }
        if (actor == null && country == null) {
            country = placeCountry(doc, span); // "Berlin rejected ...": the country the place is in
        }
        if (actor != null && country == null) {
            country = doc.actor(actor).map(a -> a.country()).orElse(null);
        }
        return new Participant(span, actor, country);
    }

    /**
     * A phrase no actor resolved still names someone when it holds a person's or organisation's name, or its head is
     * a word for people (the lexicon's {@code people} set: "civilians", "protesters", "residents").
     */
    private Participant someone(Document doc, List<Token> s, Participant p) {
        if (p == null || p.actor() != null || p.country() != null) {
            return p;
        }
        int from = -1;
        int to = -1;
        for (int k = 0; k < s.size(); k++) {
            if (s.get(k).start() >= p.span().start() && s.get(k).end() <= p.span().end()) {
                from = from < 0 ? k : from;
                to = k + 1;
            }
        }
        return from >= 0 && namesSomeone(doc, s, new Phrases.Range(from, to), p.span()) ? p : null;
    }

    private boolean namesSomeone(Document doc, List<Token> s, Phrases.Range r, Span span) {
        for (Mention m : doc.entities()) {
            if (span.contains(m.span()) && (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION)) {
                return true;
            }
        }
        Token head = Phrases.head(s, r);
        return head != null && lexicon.set("people").contains(head.lemma().toLowerCase(Locale.ROOT));
    }

    /** The country (alpha-3) of the first geocoded place named within {@code span}, or null. */
    private String placeCountry(Document doc, Span span) {
        for (Mention m : doc.entities()) {
            if (m.place() != null && m.type() == EntityType.LOCATION && span.contains(m.span())) {
                for (Place p : doc.places()) {
                    if (p.id().equals(m.place())) {
                        return gazetteer.countryOf(p.country()).map(Gazetteer.Entry::iso3).orElse(null);
                    }
                }
            }
        }
        return null;
    }

    /** The temporal expression of the trigger's sentence nearest to it (an index into the document's times), or null. */
    private static Integer time(Document doc, Sentence sentence, Span trigger) {
        Integer best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int k = 0; k < doc.times().size(); k++) {
            Span t = doc.times().get(k).span();
            if (sentence.span().contains(t) && doc.times().get(k).type().equals("DATE")) {
                int distance = Math.abs(t.start() - trigger.start());
                if (distance < bestDistance) {
                    best = k;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /**
     * Where the event happened: a geocoded place in a locative phrase ("in Tyre", "near Erbil", "at Ain al-Asad base"),
     * the nearest after the trigger first; failing that, the target when the target is a place ("shelled Tyre"), then
     * the first place below a country the sentence names. A country that is only a participant ("denied that the US had
     * asked") is no place.
     */
    private static String place(Document doc, List<Token> s, int i, Participant target) {
        int from = s.get(i).start();
        int sentenceStart = s.get(0).start();
        int sentenceEnd = s.get(s.size() - 1).end();
        String locativeAfter = null;
        String locativeBefore = null;
        for (Mention m : doc.entities()) {
            if (m.place() == null || m.type() == EntityType.NATIONALITY || m.span().start() < sentenceStart || m.span().end() > sentenceEnd) {
                continue;
            }
            if (isLocative(s, m.span().start()) && !afterName(doc, s, m.span().start())) {
                if (m.span().start() >= from && locativeAfter == null) {
                    locativeAfter = m.place();
                } else if (m.span().start() < from) {
                    locativeBefore = m.place();
                }
            }
        }
        if (locativeAfter != null || locativeBefore != null) {
            return locativeAfter != null ? locativeAfter : locativeBefore;
        }
        String inTarget = target == null ? null : doc.entities().stream()
                .filter(m -> m.place() != null && target.span().contains(m.span()) && !isCountry(doc, m.place()))
                .map(Mention::place).findFirst().orElse(null);
        if (inTarget != null) {
            return inTarget;
        }
        // "shelled targets along the Coast of Gaza City": a place below a country named in the sentence, not as an actor's home
        return doc.entities().stream()
                .filter(m -> m.place() != null && m.span().start() >= sentenceStart && m.span().end() <= sentenceEnd && !isCountry(doc, m.place())
                        && m.type() == EntityType.LOCATION && !afterName(doc, s, m.span().start()))
                .map(Mention::place).findFirst().orElse(null);
    }

    private static boolean isCountry(Document doc, String placeId) {
        return doc.places().stream().anyMatch(p -> p.id().equals(placeId) && "country".equals(p.kind()));
    }

    /**
     * "its ally Hamas in Gaza": a place right after an organisation's or person's name (with only "in"/"of"/"from"
     * between) says where that actor is, not where the event happened.
     */
    private static boolean afterName(Document doc, List<Token> s, int start) {
        int k = 0;
        while (k < s.size() && s.get(k).start() < start) {
            k++;
        }
        if (k < 2 || !Set.of("in", "from", "of").contains(Phrases.lower(s.get(k - 1)))) {
            return false;
        }
        int before = s.get(k - 2).end();
        for (Mention m : doc.entities()) {
            if (m.span().end() == before && (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.PERSON)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> LOCATIVES = Set.of("in", "at", "near", "outside", "inside", "across", "into", "to", "on", "around", "throughout");

    /** The mention starting at {@code start} follows a locative preposition, perhaps with a determiner or modifiers between. */
    private static boolean isLocative(List<Token> s, int start) {
        int k = 0;
        while (k < s.size() && s.get(k).start() < start) {
            k++;
        }
        for (int j = k - 1; j >= 0 && k - j <= 4; j--) {
            String l = Phrases.lower(s.get(j));
            if (LOCATIVES.contains(l)) {
                return true;
            }
            if (!s.get(j).pos().matches("DT|JJ.*|NNP.*|POS|CD")) {
                return false;
            }
        }
        return false;
    }

    private static String claimOf(List<Claim> claims, Span trigger) {
        for (Claim c : claims) {
            if (c.content().contains(trigger)) {
                return c.id();
            }
        }
        return null;
    }
}
