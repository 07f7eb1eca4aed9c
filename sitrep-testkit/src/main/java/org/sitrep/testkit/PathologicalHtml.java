package org.sitrep.testkit;

import java.util.Locale;
import java.util.Random;

/**
 * Makes the web pages that break HTML extractors, at any size: each kind is an ordinary news page (a headline, a menu,
 * article paragraphs, a footer) taken to one extreme; {@code n} is the kind's own unit. Every page carries the sentence
 * {@link #MARKER} in its article, so a test can check the article survived. Output is deterministic.
 */
public enum PathologicalHtml {
    /** The article paragraphs sit inside n nested {@code <div>}s, never closed. */
    DEEP_NESTING("levels"),
    /** A page of about n bytes: thousands of article paragraphs between the menu and the footer. */
    HUGE_PAGE("bytes"),
    /** n unclosed formatting elements ({@code <b><i><a>…}) before the article, as a broken template leaves them. */
    UNCLOSED_INLINE("elements"),
    /** n pieces of broken markup: stray end tags, unquoted and duplicated attributes, tables with stray paragraphs, a
     *  comment and a script never closed at the very end. */
    MALFORMED("pieces");

    /** The sentence every generated article contains. */
    public static final String MARKER = "Officials said the convoy reached the border crossing on Monday morning after a long delay.";
    private static final String[] WORDS = {"the", "convoy", "officials", "reached", "border", "talks", "after", "ceasefire",
            "week", "army", "village", "said", "new", "aid", "crossing", "near", "on", "and", "of", "residents"};

    private final String unit;

    PathologicalHtml(String unit) {
        this.unit = unit;
    }

    /** What {@code n} counts for this kind. */
    public String unit() {
        return unit;
    }

    /** A file name for the page, by kind and size. */
    public String fileName(int n) {
        return name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + n + ".html";
    }

    /** The page's HTML for size {@code n} (at least 1). */
    public String html(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("The parameter 'n' must be at least 1, got " + n);
        }
        Random r = new Random(n * 31L + ordinal());
        StringBuilder sb = new StringBuilder(this == HUGE_PAGE ? n + 4096 : 4096);
        sb.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Convoy reaches border</title></head><body>");
        sb.append("<nav class=\"menu\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li></ul></nav>");
        sb.append("<h1>Convoy reaches border</h1>");
        switch (this) {
            case DEEP_NESTING -> {
                for (int i = 0; i < n; i++) {
                    sb.append("<div class=\"level\">");
                }
                article(sb, r, 6);
            }
            case HUGE_PAGE -> {
                sb.append("<article>");
                sb.append("<p>").append(MARKER).append("</p>");
                while (sb.length() < n) {
                    paragraph(sb, r);
                }
                sb.append("</article>");
            }
            case UNCLOSED_INLINE -> {
                String[] tags = {"b", "i", "a href=\"/x\"", "span", "em", "font"};
                for (int i = 0; i < n; i++) {
                    sb.append('<').append(tags[i % tags.length]).append('>');
                }
                article(sb, r, 6);
            }
            case MALFORMED -> {
                sb.append("<div class=article>");
                sb.append("<p>").append(MARKER);
                for (int i = 0; i < n; i++) {
                    switch (i % 6) {
                        case 0 -> sb.append("</span></div></td>");
                        case 1 -> sb.append("<p class=a class=b id=x id=y>");
                        case 2 -> sb.append("<table><p>Residents said the crossing was closed again.<tr><td>cell</table>");
                        case 3 -> sb.append("<p>The army said <b>talks <i>would</b> resume</i> next week, officials added.");
                        case 4 -> sb.append("<<p>>&bogus; &amp &#xZZ; &#99999999;");
                        default -> sb.append("<p title='unterminated>Aid agencies said the village was quiet overnight.");
                    }
                }
                sb.append("<script>var x = '</div>'; <!--");
                return sb.toString();
            }
            default -> throw new IllegalStateException("no generator for " + this);
        }
        sb.append("<footer class=\"site-footer\"><p>Copyright 2025 Example News. All rights reserved.</p></footer></body></html>");
        return sb.toString();
    }

    private static void article(StringBuilder sb, Random r, int paragraphs) {
        sb.append("<p>").append(MARKER).append("</p>");
        for (int i = 0; i < paragraphs; i++) {
            paragraph(sb, r);
        }
    }

    private static void paragraph(StringBuilder sb, Random r) {
        sb.append("<p>");
        for (int w = 0; w < 40; w++) {
            sb.append(w == 0 ? "" : w % 9 == 8 ? ", " : " ").append(WORDS[r.nextInt(WORDS.length)]);
        }
        sb.append(".</p>\n");
    }
}
