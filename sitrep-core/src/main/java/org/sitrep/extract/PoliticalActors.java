package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Document;
import org.sitrep.model.Participant;
import org.sitrep.model.Token;

/**
 * Who counts as a party to a political event, for triggers flagged {@code actor} ("demand", "deal", "urged", "met"):
 * a state, a government, armed or security forces, a party, an international or non-governmental organisation, a
 * sector agent ("Israeli soldiers"), an organisation the dictionary codes, or a person who holds an office (a role
 * with a word of the lexicon's {@code political-roles} set, or a dictionary code); a group of such actors. A footballer
 * urging his club or a firm's fuel demand is no political event.
 */
final class PoliticalActors {
    private static final Set<ActorType> POLITICAL = Set.of(ActorType.COUNTRY, ActorType.GOVERNMENT, ActorType.MILITARY,
            ActorType.POLICE, ActorType.REBEL, ActorType.MILITIA, ActorType.PARTY, ActorType.IGO, ActorType.NGO);

    private PoliticalActors() {}

    /** Whether either participant is a political actor. */
    static boolean any(EventLexicon lexicon, Document doc, Participant a, Participant b) {
        return political(lexicon, doc, a) || political(lexicon, doc, b);
    }

    static boolean political(EventLexicon lexicon, Document doc, Participant p) {
        if (p == null) {
            return false;
        }
        if (p.actor() == null) {
            if (p.country() != null && (isPlaceName(doc, p) || p.span().text().matches("\\p{Lu}[\\p{L}.-]*['’]s\\s.*"))) {
                return true; // "Berlin rejected ...", "Algeria's first multi-party elections" (the state's own); not "the Anfield board"
            }
            // "two factions", "the rebels", "opposition parties", "the president": a word for a political body or office
            // heads the phrase
            return headedByBody(lexicon, p.span().text()) || holdsOffice(lexicon, lastWord(p.span().text()));
        }
        if (p.actor().startsWith("agent:") || p.actor().startsWith("country:")) {
            return true;
        }
        return doc.actor(p.actor()).map(a -> political(lexicon, doc, a)).orElse(false);
    }

    /** The phrase is a place's name alone, perhaps after "the". */
    private static boolean isPlaceName(Document doc, Participant p) {
        String text = p.span().text().replaceFirst("^(?i)the\\s+", "");
        int start = p.span().end() - text.length();
        return doc.entities().stream().anyMatch(m -> m.place() != null && m.span().start() == start && m.span().end() == p.span().end());
    }

    private static boolean political(EventLexicon lexicon, Document doc, Actor a) {
        if (POLITICAL.contains(a.type())) {
            return true;
        }
        return switch (a.type()) {
            case PERSON -> a.code() != null || a.roles().stream().anyMatch(r -> holdsOffice(lexicon, r));
            case GROUP -> a.members().stream().anyMatch(m -> doc.actor(m).map(x -> x.type() != ActorType.GROUP && political(lexicon, doc, x)).orElse(false));
            case ORGANIZATION -> a.code() != null && !a.code().isEmpty() || headedByBody(lexicon, a.name());
            case MEDIA -> a.code() != null && !a.code().isEmpty();
            default -> false;
        };
    }

    /** "the International Labor Office", "the rebels", "its allies": the phrase's last word names a political body. */
    private static boolean headedByBody(EventLexicon lexicon, String phrase) {
        String head = lastWord(phrase).replaceAll("['’]s?$", "");
        Set<String> bodies = lexicon.set("political-groups");
        return bodies.contains(head) || head.endsWith("s") && bodies.contains(head.substring(0, head.length() - 1))
                || head.endsWith("ies") && bodies.contains(head.substring(0, head.length() - 3) + "y");
    }

    private static String lastWord(String phrase) {
        String[] words = phrase.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return words[words.length - 1];
    }

    private static boolean holdsOffice(EventLexicon lexicon, String role) {
        if (role.isEmpty()) {
            return false;
        }
        for (String w : role.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (lexicon.set("political-roles").contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the target is people: a person or group actor, or a phrase whose head is a word of the {@code people} set. */
    static boolean people(EventLexicon lexicon, Document doc, List<Token> s, Participant target) {
        if (target == null) {
            return false;
        }
        if (target.actor() != null && doc.actor(target.actor()).map(a -> a.type() == ActorType.PERSON || a.type() == ActorType.GROUP).orElse(false)) {
            return true;
        }
        for (Token t : s) {
            if (t.start() >= target.span().start() && t.end() <= target.span().end()
                    && (lexicon.set("people").contains(t.lemma().toLowerCase(Locale.ROOT)) || lexicon.set("people").contains(Phrases.lower(t)))) {
                return true;
            }
        }
        return false;
    }
}
