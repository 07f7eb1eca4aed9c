package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimSource;
import org.sitrep.model.Document;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/** Who a claim's source is: a named actor, an anonymous one ("two sources"), or a pronoun's antecedent. */
final class ClaimSources {
    private static final Pattern ANONYMITY = Pattern.compile("(?i)condition of anonymity|declined to be named|not authori[sz]ed to speak|asked not to be (?:named|identified)");

    private ClaimSources() {}

    /** Who the source is: named (an actor in the phrase), anonymous ("two sources"), or a pronoun's antecedent. */
    static ClaimSource resolve(Document doc, List<Token> s, Phrases.Range r, Span span, Sentence sentence, List<Claim> earlier, List<Claim> thisSentence) {
        boolean anonymity = ANONYMITY.matcher(sentence.span().text()).find();
        if (r.to() - r.from() == 1 && Cues.PRONOUNS.contains(Phrases.lower(s.get(r.from())))) {
            List<Claim> prior = new ArrayList<>(earlier);
            prior.addAll(thisSentence);
            for (int k = prior.size() - 1; k >= 0; k--) {
                ClaimSource p = prior.get(k).source();
                if (!Cues.PRONOUNS.contains(p.span().text().toLowerCase(Locale.ROOT))) {
                    return new ClaimSource(span, p.actor(), p.anonymous() || anonymity, p.description());
                }
            }
            return new ClaimSource(span, null, true, span.text());
        }
        Mention named = doc.entities().stream()
                .filter(m -> span.contains(m.span()) && m.actor() != null && (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION))
                .findFirst().orElse(null);
        Token head = Phrases.head(s, r);
        boolean anonymousHead = head != null && Cues.ANONYMOUS_HEADS.contains(head.lemma().toLowerCase(Locale.ROOT));
        boolean anonymous = anonymity || named == null && anonymousHead;
        String actor = named != null ? named.actor() : null;
        String description = describe(doc, span, named, head);
        return new ClaimSource(span, actor, anonymous, description);
    }

    private static String describe(Document doc, Span span, Mention named, Token head) {
        boolean coordinated = span.text().contains(" and ");
        if (named != null && !coordinated) {
            String name = doc.actor(named.actor()).map(a -> a.name()).orElse(named.span().text());
            // "speaker of parliament Nabih Berri" is Berri; "the office of ... Najib Mikati" is his office.
            boolean personHeaded = head == null || named.span().contains(new Span(head.start(), head.end(), head.text()))
                    || org.sitrep.resolve.TitleFinder.isTitleWord(head.text());
            return personHeaded ? name : name + "'s " + head.text().toLowerCase(Locale.ROOT);
        }
        // "The sources", "An Iraqi political source": a description, not a name, so no capital from the sentence start.
        String d = span.text();
        String first = d.split("\\s+")[0];
        return Set.of("The", "A", "An", "Other", "Another", "Some", "Two", "Three", "Several", "Many").contains(first)
                ? Character.toLowerCase(d.charAt(0)) + d.substring(1) : d;
    }
}
