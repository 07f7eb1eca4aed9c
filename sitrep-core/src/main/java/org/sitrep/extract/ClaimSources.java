package org.sitrep.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimSource;
import org.sitrep.model.Document;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.resolve.Agents;
import org.sitrep.resolve.Antecedents;
import org.sitrep.resolve.Coordinations;
import org.sitrep.resolve.TitleFinder;

/** Who a claim's source is: a named actor, an anonymous one ("two sources"), or a pronoun's antecedent. */
final class ClaimSources {
    private static final Pattern ANONYMITY = Pattern.compile("(?i)condition of anonymity|declined to be named|not authori[sz]ed to speak|asked not to be (?:named|identified)");

    private ClaimSources() {}

    /**
     * Who the source is: named (an actor in the phrase; a group when it names several together), anonymous ("two
     * sources"), or a pronoun's antecedent. A pronoun refers to the source of an earlier claim or to an actor named
     * before it ({@link Antecedents}), whichever was named last — but never to an actor its own claim talks about
     * ("he said the PM ..." is not the PM), to a lone organisation for "they" when an earlier source is at hand, nor
     * away from an earlier anonymous source when the sentence says the speaker asked not to be named.
     */
    static ClaimSource resolve(Document doc, List<Token> s, Phrases.Range r, Span span, Sentence sentence, Span content,
                               List<Claim> earlier, List<Claim> thisSentence) {
        boolean anonymity = ANONYMITY.matcher(sentence.span().text()).find();
        if (r.to() - r.from() == 1 && Cues.PRONOUNS.contains(Phrases.lower(s.get(r.from())))) {
            String pronoun = Phrases.lower(s.get(r.from()));
            ClaimSource prior = null;
            List<Claim> before = new ArrayList<>(earlier);
            before.addAll(thisSentence);
            for (int k = before.size() - 1; k >= 0 && prior == null; k--) {
                ClaimSource p = before.get(k).source();
                if (!Cues.PRONOUNS.contains(p.span().text().toLowerCase(Locale.ROOT)) && agrees(doc, pronoun, p)) {
                    prior = p;
                }
            }
            Set<String> talkedAbout = new HashSet<>();
            doc.entities().stream().filter(m -> m.actor() != null && content.contains(m.span())).forEach(m -> talkedAbout.add(m.actor()));
            Optional<Antecedents.Antecedent> named = Antecedents.find(doc, span, talkedAbout);
            boolean priorFirst = prior != null && (anonymity || named.isEmpty() || named.get().weak() || named.get().at() < prior.span().start());
            if (priorFirst) {
                return new ClaimSource(span, prior.actor(), prior.anonymous() || anonymity, prior.description());
            }
            if (named.isPresent()) {
                String id = named.get().actor();
                return new ClaimSource(span, id, anonymity, doc.actor(id).map(Actor::name).orElse(span.text()));
            }
            return new ClaimSource(span, null, true, span.text());
        }
        Mention named = headMention(doc, span);
        Token head = Phrases.head(s, r);
        boolean anonymousHead = head != null && Cues.ANONYMOUS_HEADS.contains(head.lemma().toLowerCase(Locale.ROOT));
        // "An Israeli official": the agent actor (agent:ISRGOV) says whose, the words still describe an unnamed source.
        boolean described = named == null || Agents.isAgent(named.actor());
        boolean anonymous = anonymity || described && anonymousHead;
        String actor = named != null ? named.actor() : null;
        String description = describe(doc, span, described ? null : named, head);
        Optional<String> group = Coordinations.groupIn(doc, span);
        if (group.isPresent()) {
            actor = group.get();
            description = doc.actor(actor).map(Actor::name).orElse(description);
        }
        return new ClaimSource(span, actor, anonymous, description);
    }

    /**
     * Whether an earlier source can be what {@code pronoun} stands for: "he" and "she" a person (a resolved person, or
     * a singular person noun such as "an official" or "the home secretary"), "they" and "we" several (a group, an
     * organisation, a plural noun or "X and Y"), "it" no person. A source that is an agent actor ("an Israeli
     * official") is judged by its words, like one with no actor.
     */
    private static boolean agrees(Document doc, String pronoun, ClaimSource p) {
        boolean personal = pronoun.equals("he") || pronoun.equals("she") || pronoun.equals("i");
        boolean plural = pronoun.equals("they") || pronoun.equals("we");
        if (p.actor() != null && !Agents.isAgent(p.actor())) {
            ActorType t = doc.actor(p.actor()).map(Actor::type).orElse(null);
            if (t == null) {
                return true;
            }
            return personal ? t == ActorType.PERSON : plural ? t == ActorType.GROUP || t.isOrganisation() : t != ActorType.PERSON && t != ActorType.GROUP;
        }
        Token head = null;
        for (Token t : doc.tokens()) {
            if (t.start() >= p.span().end()) {
                break;
            }
            if (t.start() >= p.span().start() && (t.pos().startsWith("NN") || t.pos().equals("PRP"))) {
                head = t;
            }
        }
        if (head == null) {
            return true;
        }
        boolean several = head.pos().equals("NNS") || head.pos().equals("NNPS") || p.span().text().contains(" and ");
        if (personal) {
            return !several && (Cues.ANONYMOUS_HEADS.contains(head.lemma().toLowerCase(Locale.ROOT)) || TitleFinder.isTitleWord(head.text()));
        }
        return plural ? several || !Cues.ANONYMOUS_HEADS.contains(head.lemma().toLowerCase(Locale.ROOT)) : !several;
    }

    /**
     * The actor mention a phrase is about: its last person ("Iranian Quds Force commander Esmail Qaani" is Qaani, not
     * the Quds Force), else its first organisation.
     */
    static Mention headMention(Document doc, Span span) {
        Mention person = null;
        Mention organisation = null;
        for (Mention m : doc.entities()) {
            if (!span.contains(m.span()) || m.actor() == null) {
                continue;
            }
            if (m.type() == EntityType.PERSON) {
                person = m;
            } else if (m.type() == EntityType.ORGANIZATION && organisation == null) {
                organisation = m;
            }
        }
        return person != null ? person : organisation;
    }

    private static String describe(Document doc, Span span, Mention named, Token head) {
        boolean coordinated = span.text().contains(" and ");
        if (named != null && !coordinated) {
            String name = doc.actor(named.actor()).map(a -> a.name()).orElse(named.span().text());
            // "speaker of parliament Nabih Berri" is Berri; "the office of ... Najib Mikati" is his office.
            boolean personHeaded = head == null || named.span().contains(new Span(head.start(), head.end(), head.text()))
                    || TitleFinder.isTitleWord(head.text());
            return personHeaded ? name : name + "'s " + head.text().toLowerCase(Locale.ROOT);
        }
        // "The sources", "An Iraqi political source": a description, not a name, so no capital from the sentence start.
        String d = span.text();
        String first = d.split("\\s+")[0];
        return Set.of("The", "A", "An", "Other", "Another", "Some", "Two", "Three", "Several", "Many").contains(first)
                ? Character.toLowerCase(d.charAt(0)) + d.substring(1) : d;
    }
}
