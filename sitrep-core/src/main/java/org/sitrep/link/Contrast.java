package org.sitrep.link;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.sitrep.internal.Tsv;

/**
 * Whether a claim's content is worded as a correction of another ("Washington, not Doha, had brokered the ceasefire",
 * "its own fighters had killed him", "it was Thai troops who opened fire"): the patterns of {@value #RESOURCE}. A
 * correction about the same proposition as an earlier assertion competes with it.
 */
final class Contrast {
    static final String RESOURCE = "/org/sitrep/link/contrast.tsv";
    private static final List<Pattern> PATTERNS = load();

    private Contrast() {}

    static boolean marks(String content) {
        String t = content.strip();
        return PATTERNS.stream().anyMatch(p -> p.matcher(t).find());
    }

    private static List<Pattern> load() {
        return Tsv.bundled(Contrast.class, RESOURCE, in -> {
            List<Pattern> out = new ArrayList<>();
            for (Tsv.Row row : Tsv.read(RESOURCE, in)) {
                try {
                    out.add(Pattern.compile(String.join("\t", row.cells()).strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                } catch (PatternSyntaxException e) {
                    throw new IllegalStateException(row.where() + "bad pattern: " + e.getDescription(), e);
                }
            }
            return out;
        });
    }
}
