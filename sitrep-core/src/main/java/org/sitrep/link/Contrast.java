package org.sitrep.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

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
        List<Pattern> out = new ArrayList<>();
        try (InputStream in = Contrast.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("contrast patterns not on the classpath: " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                try {
                    out.add(Pattern.compile(line.strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                } catch (PatternSyntaxException e) {
                    throw new IllegalStateException(RESOURCE + ":" + number + ": bad pattern: " + e.getDescription(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
