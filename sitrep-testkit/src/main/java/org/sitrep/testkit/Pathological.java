package org.sitrep.testkit;

import java.util.Locale;
import java.util.Random;

/**
 * Makes the documents that break pipelines, at any size: the robustness suite runs them small in CI and the robustness
 * benchmark runs them at full size. Each kind is a family of ordinary-looking inputs taken to an extreme; {@code n} is
 * the kind's own unit (characters, words, marks, levels, claims, lines or articles). Output is deterministic.
 */
public enum Pathological {
    /** One "word" of n letters and no space, between two ordinary sentences. */
    GIANT_TOKEN("characters"),
    /** One sentence of n words with no full stop. */
    LONG_SENTENCE("words"),
    /** n quotation marks, straight and curly, unbalanced, around short phrases and reporting verbs. */
    QUOTE_MARKS("marks"),
    /** Quotations and brackets nested n levels deep, each level a reported statement. */
    DEEP_NESTING("levels"),
    /** n sentences, each a different official saying the same thing. */
    MANY_CLAIMS("claims"),
    /** A dump article in which every one of n lines looks like a photo caption. */
    ALL_CAPTIONS("lines"),
    /** A dump of n tiny articles, each a title printed twice and one sentence. */
    TINY_ARTICLES("articles");

    private static final String[] PLACES = {"Mosul", "Tyre", "Kherson", "Goma", "Khartoum", "Rafah", "Aleppo", "Mandalay"};
    private static final String[] WORDS = {"the", "convoy", "officials", "reached", "border", "talks", "after", "ceasefire",
            "week", "army", "village", "said", "new", "aid", "crossing", "near", "on", "and", "of", "residents"};

    private final String unit;

    Pathological(String unit) {
        this.unit = unit;
    }

    /** What {@code n} counts for this kind. */
    public String unit() {
        return unit;
    }

    /** A file name for the document, by kind and size. */
    public String fileName(int n) {
        return name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + n + ".txt";
    }

    /** The document's text for size {@code n} (at least 1). */
    public String text(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("The parameter 'n' must be at least 1, got " + n);
        }
        Random r = new Random(n * 31L + ordinal());
        StringBuilder sb = new StringBuilder(Math.min(n, 1 << 24) * 8 + 256);
        switch (this) {
            case GIANT_TOKEN -> {
                sb.append("Giant Token\n\nOfficials said the convoy reached the border on Monday. ");
                for (int i = 0; i < n; i++) {
                    sb.append((char) ('a' + r.nextInt(26)));
                }
                sb.append(" Residents said the crossing was closed.\n");
            }
            case LONG_SENTENCE -> {
                sb.append("Long Sentence\n\nOfficials said that");
                for (int i = 0; i < n; i++) {
                    sb.append(' ').append(i % 50 == 7 ? PLACES[r.nextInt(PLACES.length)] : WORDS[r.nextInt(WORDS.length)]);
                }
                sb.append('\n');
            }
            case QUOTE_MARKS -> {
                sb.append("Quote Marks\n\n");
                String[] marks = {"\"", "“", "”", "'", "‘", "’", "«", "»"};
                for (int i = 0; i < n; i++) {
                    sb.append(marks[r.nextInt(marks.length)]);
                    if (i % 3 == 0) {
                        sb.append(WORDS[r.nextInt(WORDS.length)]).append(i % 9 == 0 ? ", he said, " : " ");
                    }
                    if (i % 40 == 39) {
                        sb.append(".\n");
                    }
                }
                sb.append(".\n");
            }
            case DEEP_NESTING -> {
                sb.append("Deep Nesting\n\n");
                String[][] open = {{"\"", "\""}, {"“", "”"}, {"(", ")"}, {"[", "]"}, {"'", "'"}, {"{", "}"}};
                StringBuilder close = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    String[] pair = open[i % open.length];
                    sb.append("Official ").append(i).append(" said ").append(pair[0]);
                    close.insert(0, pair[1]);
                }
                sb.append("the army attacked the village near ").append(PLACES[r.nextInt(PLACES.length)]).append(close).append(".\n");
            }
            case MANY_CLAIMS -> {
                sb.append("Many Claims\n\n");
                for (int i = 0; i < n; i++) {
                    sb.append("Official ").append(i + 1).append(" said the army attacked the village near Mosul.");
                    sb.append(i % 10 == 9 ? "\n" : " ");
                }
                sb.append('\n');
            }
            case ALL_CAPTIONS -> {
                String[] lines = new String[n];
                for (int i = 0; i < n; i++) {
                    lines[i] = "Smoke rises over " + PLACES[r.nextInt(PLACES.length)] + ", " + (1 + r.nextInt(28)) + " March 2025. (Wire Photo/" + i + ")";
                }
                sb.append(ScrapedDump.create().article("All Captions", "Crowds in Tyre, 3 March 2025. (Wire Photo)", lines).text());
            }
            case TINY_ARTICLES -> {
                ScrapedDump dump = ScrapedDump.create();
                for (int i = 0; i < n; i++) {
                    dump.article("Brief " + (i + 1) + " From " + PLACES[i % PLACES.length], "Trucks at a crossing, 2 March 2025. (Wire Photo)",
                            "Officials said aid reached " + PLACES[r.nextInt(PLACES.length)] + " on Monday.");
                }
                sb.append(dump.text());
            }
            default -> throw new IllegalStateException("no generator for " + this);
        }
        return sb.toString();
    }
}
