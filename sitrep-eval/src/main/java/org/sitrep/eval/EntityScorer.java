package org.sitrep.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Entity-level exact-match scoring as conlleval computes it: same first token, last token and type. */
public final class EntityScorer {
    private final Map<String, Score> byType = new TreeMap<>();

    public void add(List<ConllDocument.Entity> gold, List<ConllDocument.Entity> predicted) {
        Set<ConllDocument.Entity> goldSet = new HashSet<>(gold);
        for (String type : List.of("PER", "ORG", "LOC", "MISC")) {
            int tp = (int) predicted.stream().filter(e -> e.type().equals(type) && goldSet.contains(e)).count();
            int p = (int) predicted.stream().filter(e -> e.type().equals(type)).count();
            int g = (int) gold.stream().filter(e -> e.type().equals(type)).count();
            byType.merge(type, new Score(tp, p, g), Score::plus);
        }
    }

    public Map<String, Score> byType() {
        return byType;
    }

    public Score overall() {
        return byType.values().stream().reduce(new Score(0, 0, 0), Score::plus);
    }

    /** Maps character spans with types onto the document's tokens: an entity covers the tokens inside its span. */
    public static List<ConllDocument.Entity> toTokens(ConllDocument doc, List<int[]> spans, List<String> types) {
        List<ConllDocument.Entity> out = new java.util.ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < doc.starts().length; i++) {
                if (doc.starts()[i] >= spans.get(k)[0] && doc.ends()[i] <= spans.get(k)[1]) {
                    if (first < 0) {
                        first = i;
                    }
                    last = i;
                }
            }
            if (first >= 0) {
                out.add(new ConllDocument.Entity(first, last, types.get(k)));
            }
        }
        return out;
    }
}
