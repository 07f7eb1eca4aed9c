package org.sitrep.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimLink;
import org.sitrep.model.Document;
import org.sitrep.model.LinkType;
import org.sitrep.model.Stance;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * The link stage (within one article): a denial or refutation points at the claims it answers, and a claim that
 * repeats another's content from a different source supports it. "Refuted the claim" answers the nearest earlier
 * claim; other answers are found by word overlap of the contents.
 */
public final class ClaimLinker implements Stage {
    /** Minimum share of content words two claims must have in common to be about the same thing. */
    static final double MIN_OVERLAP = 0.5;
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "to", "in", "on", "and", "or", "that", "had",
            "has", "have", "was", "were", "is", "be", "been", "it", "its", "with", "for", "by", "from", "as", "at", "this", "would", "will");

    @Override
    public String name() {
        return "link";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.CLAIMS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.LINKS);
    }

    @Override
    public Document apply(Document doc) {
        List<Claim> claims = doc.claims();
        List<ClaimLink> links = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            boolean answers = c.stance() == Stance.DENY || c.stance() == Stance.REFUTE;
            LinkType type = c.stance() == Stance.DENY ? LinkType.DENIES : LinkType.REFUTES;
            if (answers && isAnaphoric(c)) {
                for (int j = i - 1; j >= 0; j--) {
                    if (!sameSource(c, claims.get(j))) {
                        links.add(new ClaimLink(i, j, type, 1.0));
                        break;
                    }
                }
                continue;
            }
            for (int j = 0; j < claims.size(); j++) {
                if (j == i || sameSource(c, claims.get(j))) {
                    continue;
                }
                Claim other = claims.get(j);
                boolean sameSentence = other.sentence().equals(c.sentence());
                if (answers && sameSentence && other.stance() != Stance.DENY && other.stance() != Stance.REFUTE) {
                    // "X denied that P, after two sources told Reuters that Q": the sentence pairs the denial with what it answers.
                    links.add(new ClaimLink(i, j, type, 1.0));
                    continue;
                }
                double overlap = overlap(words(c), words(other));
                if (overlap < MIN_OVERLAP) {
                    continue;
                }
                boolean otherAnswers = other.stance() == Stance.DENY || other.stance() == Stance.REFUTE;
                if (answers && !otherAnswers) {
                    links.add(new ClaimLink(i, j, type, round(overlap)));
                } else if (!answers && !otherAnswers && j < i) {
                    links.add(new ClaimLink(i, j, LinkType.SUPPORTS, round(overlap)));
                }
            }
        }
        return doc.withLinks(links);
    }

    private static boolean isAnaphoric(Claim c) {
        String t = c.content().text().toLowerCase(Locale.ROOT);
        return t.split("\\s+").length <= 3 && (t.startsWith("the ") || t.startsWith("this ") || t.startsWith("that ") || t.startsWith("these "));
    }

    private static boolean sameSource(Claim a, Claim b) {
        return Objects.equals(a.source().description(), b.source().description())
                || a.source().actor() != null && a.source().actor().equals(b.source().actor());
    }

    private static Set<String> words(Claim c) {
        Set<String> out = new HashSet<>();
        for (String w : c.content().text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 1 && !STOP.contains(w)) {
                out.add(w.length() > 5 ? w.substring(0, 5) : w); // a crude stem: "asked"/"asking", "ceasefire"/"ceasefires"
            }
        }
        return out;
    }

    /** Overlap relative to the smaller set, so a short denial can match a long claim. */
    static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / Math.min(a.size(), b.size());
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
