package org.sitrep.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The story benchmark's copy generator: makes the copies other sites would run of an article. Every copy gets site
 * furniture (header and footer lines, teaser lines between paragraphs, from {@code story-furniture.tsv}) and edits
 * whose amount its {@link Level} sets: sentences edited (a word replaced, a clause added or cut, a number changed),
 * sentences removed, paragraphs swapped, the end trimmed. All choices come from the caller's seeded {@link Random}.
 */
final class StoryCopies {
    /** How far a copy strays from its original. */
    enum Level {
        /** Furniture and one edited sentence: a syndicated copy. */
        LIGHT,
        /** Furniture, teasers, two or three edited sentences, one removed, maybe two paragraphs swapped and the end trimmed. */
        MEDIUM,
        /** A fifth of the sentences edited, a tenth removed, paragraphs swapped, a fifth to a third cut from the end: a rewrite. */
        HEAVY
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’']?)\\s+(?=[\"“‘']?[A-Z0-9])");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    private final Map<Kind, List<String>> furniture;
    private final List<String> titles;
    private final List<String> vocabulary = new ArrayList<>();

    private enum Kind { site, author, section, header, footer, inline, clause }

    /** {@code titles}: the titles of other articles, for "Related: …" lines and replacement words. */
    StoryCopies(List<String> titles) {
        this.furniture = load();
        this.titles = List.copyOf(titles);
        for (String t : titles) {
            Matcher m = WORD.matcher(t.toLowerCase(java.util.Locale.ROOT));
            while (m.find()) {
                vocabulary.add(m.group());
            }
        }
        if (vocabulary.isEmpty()) {
            vocabulary.add("report");
        }
    }

    /** A copy of {@code original} (paragraphs separated by line breaks) at {@code level}. */
    String copy(String original, Level level, Random r) {
        List<List<String>> paragraphs = paragraphs(original);
        int sentences = paragraphs.stream().mapToInt(List::size).sum();
        int edits;
        int removals;
        switch (level) {
            case LIGHT -> {
                edits = 1;
                removals = 0;
            }
            case MEDIUM -> {
                edits = 2 + r.nextInt(2);
                removals = 1;
                if (r.nextBoolean()) {
                    swap(paragraphs, r);
                }
                if (r.nextBoolean()) {
                    trim(paragraphs, 0.85 + 0.15 * r.nextDouble());
                }
            }
            default -> {
                edits = Math.max(3, sentences / 5);
                removals = Math.max(1, sentences / 10);
                swap(paragraphs, r);
                swap(paragraphs, r);
                trim(paragraphs, 0.67 + 0.13 * r.nextDouble());
            }
        }
        for (int i = 0; i < edits; i++) {
            int[] at = pick(paragraphs, r);
            if (at != null) {
                paragraphs.get(at[0]).set(at[1], edit(paragraphs.get(at[0]).get(at[1]), r));
            }
        }
        for (int i = 0; i < removals; i++) {
            int[] at = pick(paragraphs, r);
            if (at != null && sentenceCount(paragraphs) > 1) {
                paragraphs.get(at[0]).remove(at[1]);
            }
        }
        paragraphs.removeIf(List::isEmpty);
        String site = any(Kind.site, r);
        int headers = level == Level.HEAVY ? 2 + r.nextInt(3) : 1 + r.nextInt(3);
        int footers = level == Level.HEAVY ? 3 + r.nextInt(3) : 2 + r.nextInt(3);
        int inlines = level == Level.LIGHT ? 0 : level == Level.MEDIUM ? 1 : 2;
        List<String> out = new ArrayList<>();
        for (int i = 0; i < headers; i++) {
            out.add(fill(any(Kind.header, r), site, r));
        }
        List<String> body = new ArrayList<>();
        paragraphs.forEach(p -> body.add(String.join(" ", p)));
        for (int i = 0; i < inlines && body.size() > 1; i++) {
            body.add(1 + r.nextInt(body.size() - 1), fill(any(Kind.inline, r), site, r));
        }
        out.addAll(body);
        for (int i = 0; i < footers; i++) {
            out.add(fill(any(Kind.footer, r), site, r));
        }
        return String.join("\n\n", out);
    }

    /** One sentence changed the way editors change wire copy. */
    private String edit(String sentence, Random r) {
        List<Integer> ops = new ArrayList<>(List.of(0, 1));
        if (sentence.indexOf(',') > 0) {
            ops.add(2);
        }
        if (NUMBER.matcher(sentence).find()) {
            ops.add(3);
        }
        switch (ops.get(r.nextInt(ops.size()))) {
            case 0 -> { // a word replaced
                List<int[]> words = new ArrayList<>();
                Matcher m = WORD.matcher(sentence);
                while (m.find()) {
                    words.add(new int[] {m.start(), m.end()});
                }
                if (words.isEmpty()) {
                    return sentence + fill(any(Kind.clause, r), "", r);
                }
                int[] w = words.get(r.nextInt(words.size()));
                return sentence.substring(0, w[0]) + vocabulary.get(r.nextInt(vocabulary.size())) + sentence.substring(w[1]);
            }
            case 1 -> { // a clause added before the full stop
                int end = sentence.length();
                while (end > 0 && ".!?\"”’' ".indexOf(sentence.charAt(end - 1)) >= 0) {
                    end--;
                }
                return sentence.substring(0, end) + fill(any(Kind.clause, r), "", r) + sentence.substring(end);
            }
            case 2 -> { // a clause cut: from a comma to the next comma or the end
                int from = sentence.indexOf(',');
                int to = sentence.indexOf(',', from + 1);
                String tail = to < 0 ? "." : sentence.substring(to);
                return sentence.substring(0, from) + tail;
            }
            default -> { // a number changed
                Matcher m = NUMBER.matcher(sentence);
                m.find();
                long n = m.group().length() > 9 ? 1 : Long.parseLong(m.group());
                return sentence.substring(0, m.start()) + (n + 1 + r.nextInt(9)) + sentence.substring(m.end());
            }
        }
    }

    private static List<List<String>> paragraphs(String text) {
        List<List<String>> out = new ArrayList<>();
        for (String p : text.split("\\R")) {
            if (!p.isBlank()) {
                out.add(new ArrayList<>(List.of(SENTENCE_END.split(p.strip()))));
            }
        }
        return out;
    }

    private static void swap(List<List<String>> paragraphs, Random r) {
        if (paragraphs.size() > 2) {
            int i = 1 + r.nextInt(paragraphs.size() - 2); // the lead paragraph stays first, as editors keep it
            List<String> p = paragraphs.get(i);
            paragraphs.set(i, paragraphs.get(i + 1));
            paragraphs.set(i + 1, p);
        }
    }

    /** Cuts sentences from the end until at most {@code keep} of the words are left (never the first sentence). */
    private static void trim(List<List<String>> paragraphs, double keep) {
        long words = wordCount(paragraphs);
        long target = Math.round(words * keep);
        while (wordCount(paragraphs) > target && sentenceCount(paragraphs) > 1) {
            List<String> last = paragraphs.get(paragraphs.size() - 1);
            last.remove(last.size() - 1);
            if (last.isEmpty()) {
                paragraphs.remove(paragraphs.size() - 1);
            }
        }
    }

    private static int[] pick(List<List<String>> paragraphs, Random r) {
        int n = sentenceCount(paragraphs);
        if (n == 0) {
            return null;
        }
        int k = r.nextInt(n);
        for (int p = 0; p < paragraphs.size(); p++) {
            if (k < paragraphs.get(p).size()) {
                return new int[] {p, k};
            }
            k -= paragraphs.get(p).size();
        }
        throw new IllegalStateException("unreachable");
    }

    private static int sentenceCount(List<List<String>> paragraphs) {
        return paragraphs.stream().mapToInt(List::size).sum();
    }

    private static long wordCount(List<List<String>> paragraphs) {
        return paragraphs.stream().flatMap(List::stream).mapToLong(s -> s.split("\\s+").length).sum();
    }

    private String any(Kind kind, Random r) {
        List<String> values = furniture.get(kind);
        return values.get(r.nextInt(values.size()));
    }

    private String fill(String template, String site, Random r) {
        String title = titles.isEmpty() ? "More news" : titles.get(r.nextInt(titles.size()));
        return template.replace("{site}", site).replace("{author}", any(Kind.author, r)).replace("{section}", any(Kind.section, r))
                .replace("{date}", (1 + r.nextInt(28)) + " " + MONTHS[r.nextInt(12)] + " 2025").replace("{title}", title);
    }

    private static Map<Kind, List<String>> load() {
        Map<Kind, List<String>> out = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            out.put(k, new ArrayList<>());
        }
        String name = "story-furniture.tsv";
        try (InputStream in = StoryCopies.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource org/sitrep/bench/" + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                Kind kind;
                try {
                    kind = cols.length == 2 ? Kind.valueOf(cols[0]) : null;
                } catch (IllegalArgumentException e) {
                    kind = null;
                }
                if (kind == null) {
                    throw new IllegalStateException(name + ":" + lineNo + ": expected kind<TAB>text with a known kind, got '" + line + "'");
                }
                out.get(kind).add(cols[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.forEach((k, v) -> {
            if (v.isEmpty()) {
                throw new IllegalStateException(name + ": no line of kind " + k);
            }
        });
        return out;
    }
}
