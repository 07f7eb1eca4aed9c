package org.sitrep.ingest.html;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.internal.Tsv;

/**
 * The cue lists the HTML extractor reads from tags and from the words of class, id, role and itemprop attributes
 * ({@code html-cues.tsv}, whose header documents the kinds and pattern forms). A word pattern is a whole word
 * ({@code share}), a word prefix ({@code share*}) or a part of the attribute text ({@code *-ad-*}); a phrase pattern is a
 * whole block's text, or its start when it ends in {@code *}.
 */
public final class HtmlCues {
    /** What a cue says about an element or a block. */
    public enum Kind {
        SKIP_TAG, BLOCK_TAG, BOILERPLATE_TAG, BOILERPLATE, KEEP, NEGATIVE, POSITIVE, CONTENT, CAPTION, BYLINE, DATE, PHRASE, ACTION
    }

    /** Word cues of one kind, compiled for lookup. */
    private static final class Words {
        final Set<String> exact = new HashSet<>();
        final List<String> prefixes = new ArrayList<>();
        final List<String> parts = new ArrayList<>();

        boolean matches(Attributes a) {
            for (String w : a.words()) {
                if (exact.contains(w)) {
                    return true;
                }
                for (String p : prefixes) {
                    if (w.startsWith(p)) {
                        return true;
                    }
                }
            }
            for (String p : parts) {
                if (a.text().contains(p)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The lower-case attribute text of an element and its words. */
    record Attributes(String text, List<String> words) {
        boolean isEmpty() {
            return words.isEmpty();
        }
    }

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern TRAILING = Pattern.compile("[\\s.:!»›>|…-]+$");
    private static final HtmlCues BUNDLED = Tsv.bundled(HtmlCues.class, "html-cues.tsv", in -> read("html-cues.tsv", in));

    private final Map<Kind, Set<String>> tags = new EnumMap<>(Kind.class);
    private final Map<Kind, Words> words = new EnumMap<>(Kind.class);
    private final Set<String> phrases = new HashSet<>();
    private final List<String> phrasePrefixes = new ArrayList<>();
    private final List<String> actions = new ArrayList<>();
    /** Built on first use, after loading; a benign race builds it twice. */
    private volatile Pattern actionPattern;
    private final List<String> problems = new ArrayList<>();

    private HtmlCues() {
        for (Kind k : Kind.values()) {
            tags.put(k, new HashSet<>());
            words.put(k, new Words());
        }
    }

    /** The bundled cue lists. */
    public static HtmlCues bundled() {
        return BUNDLED;
    }

    /**
     * Reads a cue file. A row with an unknown kind or no pattern is skipped and reported in {@link #problems()} as
     * {@code file:line: …}.
     */
    public static HtmlCues read(String name, InputStream in) throws IOException {
        HtmlCues cues = new HtmlCues();
        for (Tsv.Row row : Tsv.read(name, in)) {
            String[] c = row.padded(2);
            Kind kind;
            try {
                kind = Kind.valueOf(c[0].strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                cues.problems.add(row.where() + "unknown cue kind '" + c[0] + "'");
                continue;
            }
            String pattern = c[1] == null ? "" : c[1].strip().toLowerCase(Locale.ROOT);
            if (pattern.isEmpty() || pattern.equals("*")) {
                cues.problems.add(row.where() + "no pattern for cue kind '" + c[0] + "'");
                continue;
            }
            cues.add(kind, pattern);
        }
        return cues;
    }

    private void add(Kind kind, String pattern) {
        switch (kind) {
            case SKIP_TAG, BLOCK_TAG, BOILERPLATE_TAG -> tags.get(kind).add(pattern);
            case ACTION -> actions.add(pattern);
            case PHRASE -> {
                if (pattern.endsWith("*")) {
                    phrasePrefixes.add(pattern.substring(0, pattern.length() - 1));
                } else {
                    phrases.add(pattern);
                }
            }
            default -> {
                Words w = words.get(kind);
                if (pattern.startsWith("*") && pattern.endsWith("*") && pattern.length() > 2) {
                    w.parts.add(pattern.substring(1, pattern.length() - 1));
                } else if (pattern.endsWith("*")) {
                    w.prefixes.add(pattern.substring(0, pattern.length() - 1));
                } else {
                    w.exact.add(pattern);
                }
            }
        }
    }

    /** Rows skipped while reading, as {@code file:line: reason}. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** True when the tag (lower case) is of this kind; only the three tag kinds have tags. */
    public boolean tagIs(Kind kind, String tag) {
        return tags.get(kind).contains(tag);
    }

    /** True when a word cue of this kind matches the attribute words. */
    boolean matches(Kind kind, Attributes a) {
        return !a.isEmpty() && words.get(kind).matches(a);
    }

    /**
     * True when a block's whole text is furniture: a phrase, or a short block starting with a phrase prefix. Case,
     * surrounding space and trailing punctuation are ignored, and every number reads as {@code #}.
     */
    public boolean isFurniturePhrase(String blockText) {
        String t = blockText.strip().toLowerCase(Locale.ROOT);
        if (t.length() > 200) {
            return false;
        }
        t = DIGITS.matcher(t).replaceAll("#");
        String bare = TRAILING.matcher(t).replaceAll("");
        if (phrases.contains(t) || phrases.contains(bare)) {
            return true;
        }
        if (t.length() <= 120) {
            for (String p : phrasePrefixes) {
                if (t.startsWith(p)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when the block's text holds a call to action or a credit line as whole words ("sign up", "reporting by";
     * "subscribe" does not match "subscribers").
     */
    public boolean hasAction(String blockText) {
        if (actionPattern == null) {
            StringBuilder re = new StringBuilder();
            for (String a : actions) {
                re.append(re.length() == 0 ? "" : "|").append(Pattern.quote(a));
            }
            actionPattern = Pattern.compile(re.length() == 0 ? "(?!)" : "(?<![\\p{L}\\p{N}])(?:" + re + ")(?![\\p{L}\\p{N}])");
        }
        return actionPattern.matcher(blockText.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * The lower-case words of an element's class, id, role and itemprop attributes: camelCase and separators split
     * words ({@code articleBody main-col} gives {@code article, body, articlebody, main, col, main-col}); the whole
     * attribute text is kept for part patterns.
     */
    static Attributes attributes(String clazz, String id, String role, String itemprop) {
        if (isEmpty(clazz) && isEmpty(id) && isEmpty(role) && isEmpty(itemprop)) {
            return EMPTY;
        }
        StringBuilder text = new StringBuilder();
        List<String> out = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (String v : new String[] {clazz, id, role, itemprop}) {
            if (isEmpty(v)) {
                continue;
            }
            text.append(' ').append(v.toLowerCase(Locale.ROOT));
            int i = 0;
            int n = v.length();
            while (i < n) {
                while (i < n && Character.isWhitespace(v.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < n && !Character.isWhitespace(v.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    token(v, start, i, out, parts, part);
                }
            }
        }
        return new Attributes(text.toString(), out);
    }

    private static final Attributes EMPTY = new Attributes("", List.of());

    private static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }

    /** Adds one class token, lower case, and, when it has several, its parts split at separators and lower→upper changes. */
    private static void token(String v, int from, int to, List<String> out, List<String> parts, StringBuilder part) {
        out.add(v.substring(from, to).toLowerCase(Locale.ROOT));
        parts.clear();
        part.setLength(0);
        for (int i = from; i < to; i++) {
            char ch = v.charAt(i);
            boolean separator = !Character.isLetterOrDigit(ch);
            boolean camel = i > from && Character.isUpperCase(ch) && Character.isLowerCase(v.charAt(i - 1));
            if ((separator || camel) && part.length() > 0) {
                parts.add(part.toString());
                part.setLength(0);
            }
            if (!separator) {
                part.append(Character.toLowerCase(ch));
            }
        }
        if (part.length() > 0) {
            parts.add(part.toString());
        }
        if (parts.size() > 1) {
            out.addAll(parts);
            // Hyphenated compounds also as written ("read-more"), and run together ("articlebody").
            out.add(String.join("-", parts));
            out.add(String.join("", parts));
        }
    }

}
