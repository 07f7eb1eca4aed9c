package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.ActorType;
import org.sitrep.model.Document;
import org.sitrep.model.Participant;
import org.sitrep.model.Token;

/**
 * Whether a sentence is about armed force, which a trigger flagged {@code armed} needs ("gone on the offensive" in
 * Commons clashes is words, "an offensive by government troops" is force): a word of the lexicon's
 * {@code armed-context} set (weapons, forces, harm) in the sentence, or an armed actor (military, police, rebel,
 * militia) as the event's source or target, an armed modifier before the trigger ("retaliatory strikes", the
 * {@code armed} set), or a state as the source.
 */
final class ArmedContext {
    private static final Set<ActorType> ARMED = Set.of(ActorType.MILITARY, ActorType.POLICE, ActorType.REBEL, ActorType.MILITIA);

    private ArmedContext() {}

    static boolean holds(EventLexicon lexicon, Document doc, List<Token> s, int trigger, Participant source, Participant target) {
        Set<String> words = lexicon.set("armed-context");
        for (int k = 0; k < s.size(); k++) {
            if (k == trigger) {
                continue;
            }
            Token t = s.get(k);
            if (words.contains(Phrases.lower(t)) || words.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        // "retaliatory American strikes": an armed modifier, or a state as the one who strikes
        for (int k = trigger - 1; k >= Math.max(0, trigger - 3) && s.get(k).pos().matches("JJ.*|NN.*|HYPH"); k--) {
            if (lexicon.set("armed").contains(Phrases.lower(s.get(k)))) {
                return true;
            }
        }
        return armed(doc, source) || armed(doc, target) || source != null && source.actor() != null && source.actor().startsWith("country:");
    }

    private static boolean armed(Document doc, Participant p) {
        return p != null && p.actor() != null && doc.actor(p.actor()).map(a -> ARMED.contains(a.type())).orElse(false);
    }
}
