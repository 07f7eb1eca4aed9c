package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Document;
import org.sitrep.model.Mention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * The actor a personal pronoun refers to, for the claims and events stages ("he held a series of meetings" → Sudani;
 * "They vowed ..." → the two factions just named). Candidates are the resolved actors of the pronoun's sentence
 * before it (nearest first) and of the two sentences before (their subject first, then the latest): persons for "he"
 * and "she", groups named by coordination and then organisations for "they", organisations and states for "it". An
 * object pronoun ("told them") never refers to an actor of its own sentence. The caller may rule actors out (a
 * source is not the actor its own claim talks about).
 */
public final class Antecedents {
    private static final int SENTENCES_BACK = 2;

    private Antecedents() {}

    /** Whether {@code word} is a personal pronoun Sitrep resolves (he, she, they, it and their object forms). */
    public static boolean isPronoun(String word) {
        return Titles.bundled().pronoun(word).isPresent();
    }

    /**
     * An antecedent found.
     *
     * @param actor        the actor id
     * @param at           where the antecedent was last named before the pronoun (a group: where its naming ends)
     * @param sameSentence whether that is in the pronoun's own sentence
     * @param weak         true for a single organisation taken for "they", which English allows but seldom means
     *                     when another reading is at hand
     */
    public record Antecedent(String actor, int at, boolean sameSentence, boolean weak) {}

    /** The id of the actor {@code pronoun} refers to, never one of {@code excluded}; empty when the text does not say. */
    public static Optional<String> of(Document doc, Span pronoun, Set<String> excluded) {
        return find(doc, pronoun, excluded).map(Antecedent::actor);
    }

    /** As {@link #of}, with where the antecedent stands and how sure the choice is. */
    public static Optional<Antecedent> find(Document doc, Span pronoun, Set<String> excluded) {
        Optional<Titles.Pronoun> p = Titles.bundled().pronoun(pronoun.text());
        if (p.isEmpty()) {
            return Optional.empty();
        }
        int sentence = sentenceOf(doc, pronoun.start());
        if (sentence < 0) {
            return Optional.empty();
        }
        Map<String, Actor> actors = doc.actors().stream().collect(Collectors.toMap(Actor::id, a -> a, (a, b) -> a));
        Function<String, ActorType> typeOf = id -> actors.containsKey(id) ? actors.get(id).type() : null;
        boolean object = Set.of("him", "her", "them").contains(pronoun.text().toLowerCase(java.util.Locale.ROOT));
        List<Candidate> ordered = new ArrayList<>();
        for (int s = sentence; s >= Math.max(0, sentence - SENTENCES_BACK); s--) {
            if (s == sentence && object) {
                continue;
            }
            for (Candidate c : candidates(doc, doc.sentences().get(s), s == sentence ? pronoun.start() : Integer.MAX_VALUE, typeOf, s == sentence)) {
                ordered.add(new Candidate(c.start(), c.actor(), s == sentence));
            }
        }
        // Two passes for "they": a group named by coordination first, then a single organisation ("Hezbollah ... they").
        for (int pass = 0; pass < 2; pass++) {
            for (Candidate c : ordered) {
                if (!excluded.contains(c.actor()) && fits(p.get(), typeOf.apply(c.actor()), pass)) {
                    return Optional.of(new Antecedent(c.actor(), c.start(), c.own(), pass == 1));
                }
            }
        }
        return Optional.empty();
    }

    private record Candidate(int start, String actor, boolean own) {}

    /**
     * The actors of one sentence before {@code before}: in the pronoun's own sentence the nearest first; in an earlier
     * sentence its subject (an actor before its first verb) first, then the latest.
     */
    private static List<Candidate> candidates(Document doc, Sentence s, int before, Function<String, ActorType> typeOf, boolean own) {
        List<Mention> inside = doc.entities().stream()
                .filter(m -> m.actor() != null && s.span().contains(m.span()) && m.span().end() <= before && typeOf.apply(m.actor()) != null)
                .sorted((a, b) -> a.span().compareTo(b.span()))
                .toList();
        List<Candidate> found = new ArrayList<>();
        for (Mention m : inside) {
            found.add(new Candidate(m.span().start(), m.actor(), own));
        }
        for (Coordinations.Coordination c : Coordinations.find(doc.text(), inside, typeOf)) {
            if (typeOf.apply(c.groupId()) != null) {
                found.add(new Candidate(c.span().end(), c.groupId(), own)); // ranks by its end: later than its members
            }
        }
        found.sort((a, b) -> Integer.compare(b.start(), a.start()));
        if (!own) {
            int firstVerb = firstVerb(doc, s);
            Candidate subject = null;
            for (Candidate c : found) {
                if (c.start() < firstVerb && (subject == null || c.start() < subject.start())) {
                    subject = c;
                }
            }
            if (subject != null) {
                found.remove(subject);
                found.add(0, subject);
            }
        }
        return found;
    }

    private static int firstVerb(Document doc, Sentence s) {
        for (Token t : doc.tokens(s)) {
            if (t.pos().startsWith("VB") && !t.pos().equals("VBN") && !t.pos().equals("VBG") || t.pos().equals("MD")) {
                return t.start();
            }
        }
        return Integer.MAX_VALUE;
    }

    private static boolean fits(Titles.Pronoun p, ActorType type, int pass) {
        if (type == null) {
            return false;
        }
        if (p.person()) {
            return pass == 0 && type == ActorType.PERSON;
        }
        if (p.plural()) {
            return pass == 0 ? type == ActorType.GROUP : type.isOrganisation();
        }
        return pass == 0 && (type.isOrganisation() || type == ActorType.COUNTRY);
    }

    private static int sentenceOf(Document doc, int offset) {
        List<Sentence> ss = doc.sentences();
        int lo = 0;
        int hi = ss.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span sp = ss.get(mid).span();
            if (offset < sp.start()) {
                hi = mid - 1;
            } else if (offset >= sp.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
