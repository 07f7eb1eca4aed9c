package org.sitrep.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes test fixtures in the shape a scraper saves articles: title, a photo caption printed twice, a stray "TT" line,
 * the title and captions again, then the body; articles separated by blank lines. Tests pass their own short bodies.
 */
public final class ScrapedDump {
    private final List<String> articles = new ArrayList<>();

    public static ScrapedDump create() {
        return new ScrapedDump();
    }

    /** Adds one article; each body line is a paragraph (lines are joined with single newlines, as in the seed). */
    public ScrapedDump article(String title, String caption, String... body) {
        List<String> lines = new ArrayList<>();
        lines.add(title);
        lines.add("");
        lines.add(caption);
        lines.add(caption);
        lines.add("TT");
        lines.add("");
        lines.add(title);
        lines.add("");
        lines.add(caption);
        lines.add(caption);
        lines.add("");
        lines.addAll(List.of(body));
        articles.add(String.join("\n", lines));
        return this;
    }

    /** The dump text: articles separated by three blank lines, ending with a newline. */
    public String text() {
        return String.join("\n\n\n\n", articles) + "\n";
    }
}
