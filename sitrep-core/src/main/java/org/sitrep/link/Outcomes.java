package org.sitrep.link;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.sitrep.internal.Tsv;

/**
 * The outcomes a claim credits someone with ("the truce was arranged by Sudani", "the calm prevailed after Qaani's
 * visit"): the classes ({@value #RESOURCE}) of the nouns its content names with a definite determiner, which refer to
 * the one outcome the story is about. A conditional content ("had the calm been arranged by Qaani, …") credits no one.
 */
final class Outcomes {
    static final String RESOURCE = "/org/sitrep/link/outcomes.tsv";
    private static final Set<String> DEFINITE = Set.of("the", "this", "that");
    private static final Pattern CONDITIONAL = Pattern.compile("^(if|had|unless|were)\\b|\\bwould have\\b");
    private static final Map<String, String> CLASS_OF = load();

    private Outcomes() {}

    /** The outcome classes {@code content} names definitely; empty for a conditional. */
    static Set<String> of(String content) {
        String lower = content.toLowerCase(Locale.ROOT).strip();
        Set<String> out = new TreeSet<>();
        if (CONDITIONAL.matcher(lower).find()) {
            return out;
        }
        String[] w = lower.split("[^\\p{L}-]+");
        for (int i = 1; i < w.length; i++) {
            String c = CLASS_OF.get(w[i]);
            if (c != null && DEFINITE.contains(w[i - 1])) {
                out.add(c);
            }
        }
        return out;
    }

    private static Map<String, String> load() {
        return Tsv.bundled(Outcomes.class, RESOURCE, in -> {
            Map<String, String> out = new HashMap<>();
            for (Tsv.Row row : Tsv.read(RESOURCE, in)) {
                String[] f = row.cells();
                if (f.length < 2) {
                    throw new IllegalStateException(row.where() + "expected a class and at least one noun, tab-separated");
                }
                for (int i = 1; i < f.length; i++) {
                    out.put(f[i].strip(), f[0].strip());
                }
            }
            return out;
        });
    }
}
