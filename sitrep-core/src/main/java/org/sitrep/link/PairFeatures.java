package org.sitrep.link;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The features {@link LinkModel} weighs for a later claim against an earlier one: how alike their contents are (the
 * embedding cosine, shared content words), what they share (actors, places, events, outcomes), how their stances face
 * each other, and the rules' own signals (rival credit, a correction, disagreeing or added numbers, added names).
 */
final class PairFeatures {
    static final List<String> NAMES = List.of("bias", "cosine", "cosine^2", "cosine>=0.6", "cosine>=0.7", "cosine>=0.8",
            "word overlap", "word overlap>=0.3", "word overlap>=0.5", "shared agents", "shares anything", "same act", "same event type",
            "opposed", "later answers", "earlier answers", "later confirms", "later claims", "earlier claims", "rival credit",
            "same outcome", "later corrects", "both give numbers", "numbers disagree", "adds a number", "adds names", "same article",
            "same source", "length ratio", "opposed x cosine", "opposed x overlap", "adds x cosine", "rivals x cosine", "later denies by cue");
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "to", "in", "on", "and", "or", "that", "had", "has", "have", "was",
            "were", "is", "are", "be", "been", "it", "its", "with", "for", "by", "from", "as", "at", "this", "would", "will", "not", "no",
            "he", "she", "they", "their", "his", "her", "we", "our");

    private PairFeatures() {}

    static double[] of(ClaimFeatures later, ClaimFeatures earlier) {
        double cos = Embeddings.cosine(later.vector(), earlier.vector());
        Set<String> actors = LinkClassifier.shared(later.involves(), earlier.involves());
        long agents = actors.stream().filter(LinkClassifier::isAgent).count();
        Set<String> events = LinkClassifier.shared(later.events(), earlier.events());
        boolean sameAct = events.stream().anyMatch(e -> e.contains(">"));
        boolean sameType = !events.isEmpty();
        boolean opposed = later.answers() != earlier.answers();
        boolean outcome = !LinkClassifier.shared(later.outcomes(), earlier.outcomes()).isEmpty();
        boolean rivals = LinkClassifier.rivals(later, earlier, outcome).isPresent();
        boolean corrects = Contrast.marks(later.content()) && !Contrast.marks(earlier.content());
        boolean numbers = later.specifics().stream().anyMatch(PairFeatures::number) && earlier.specifics().stream().anyMatch(PairFeatures::number);
        boolean disagree = LinkClassifier.disagree(later, earlier);
        Set<String> added = LinkClassifier.added(later, earlier);
        boolean addsNumber = added.stream().anyMatch(PairFeatures::number);
        double overlap = overlap(later.content(), earlier.content());
        String cue = later.cue().toLowerCase(Locale.ROOT);
        boolean denyCue = cue.contains("den") || cue.contains("reject") || cue.contains("dismiss") || cue.contains("refut") || cue.contains("disput");
        double length = Math.min(later.content().length(), earlier.content().length()) / (double) Math.max(1, Math.max(later.content().length(),
                earlier.content().length()));
        return new double[] {1, cos, cos * cos, cos >= 0.6 ? 1 : 0, cos >= 0.7 ? 1 : 0, cos >= 0.8 ? 1 : 0, overlap, overlap >= 0.3 ? 1 : 0,
            overlap >= 0.5 ? 1 : 0, Math.min(2, agents) / 2.0, actors.isEmpty() ? 0 : 1, sameAct ? 1 : 0, sameType ? 1 : 0, opposed ? 1 : 0,
            later.answers() ? 1 : 0, earlier.answers() ? 1 : 0, later.stance() == org.sitrep.model.Stance.CONFIRM ? 1 : 0,
            later.stance() == org.sitrep.model.Stance.CLAIM ? 1 : 0, earlier.stance() == org.sitrep.model.Stance.CLAIM ? 1 : 0, rivals ? 1 : 0,
            outcome ? 1 : 0, corrects ? 1 : 0, numbers ? 1 : 0, disagree ? 1 : 0, addsNumber ? 1 : 0, added.size() >= LinkClassifier.NEW_NAMES ? 1 : 0,
            later.article().equals(earlier.article()) ? 1 : 0,
            later.sourceActor() != null && later.sourceActor().equals(earlier.sourceActor()) ? 1 : 0, length,
            opposed ? cos : 0, opposed ? overlap : 0, addsNumber ? cos : 0, rivals ? cos : 0, denyCue ? 1 : 0};
    }

    private static boolean number(String s) {
        return Character.isDigit(s.charAt(0)) || ClaimFeatures.isNumberWord(s);
    }

    /** Shared content words over the smaller claim's content words (crudely stemmed to five letters). */
    static double overlap(String a, String b) {
        Set<String> wa = words(a);
        Set<String> wb = words(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String w : wa) {
            common += wb.contains(w) ? 1 : 0;
        }
        return common / (double) Math.min(wa.size(), wb.size());
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 1 && !STOP.contains(w)) {
                out.add(w.length() > 5 ? w.substring(0, 5) : w);
            }
        }
        return out;
    }
}
