package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Scores coded events against {@link BbcEventGold}: precision and recall of event mentions, overall and per PLOVER type.
 * For each gold sentence the caller hands the analysed article's text and its coded events; the scorer finds the
 * sentence in the text (runs of white space compared as one space) and keeps the events whose trigger lies inside it.
 * <p>A coded event is right when the sentence's gold holds an event of the same type: first a gold event whose trigger
 * overlaps the coded trigger, else any gold event of that type not matched yet (each gold event matches once). Every
 * coded event counts, whatever its context (a mention is a mention); context agreement on the matched pairs is a
 * secondary figure, with the gold contexts folded onto Sitrep's four (historical → asserted, failed → negated,
 * threatened → future). A false positive whose trigger overlaps a gold figurative entry is counted as a figurative word
 * coded as an event. Sentences not found in their article are counted and left out of every figure.
 */
public final class EventPrecisionScorer {
    private final Map<String, int[]> perType = new TreeMap<>();
    private final List<Error> falsePositives = new ArrayList<>();
    private final List<Error> misses = new ArrayList<>();
    private final Map<String, Integer> figurativeCoded = new TreeMap<>();
    private final List<String> notFound = new ArrayList<>();
    private int sentences;
    private int contextAgreed;
    private int contextCompared;

    /** A coded event: its type, its trigger as character offsets into the article text, and its context (any case). */
    public record Coded(String type, int start, int end, String context) {}

    /** A false positive (a coded event no gold event matches) or a miss (a gold event no coded event matches). */
    public record Error(String id, String type, String trigger, String context, boolean figurative) {}

    /** Precision and recall counts. */
    public record Counts(int right, int coded, int gold) {
        public double precision() {
            return coded == 0 ? 0 : (double) right / coded;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) right / gold;
        }
    }

    /** Where a gold sentence lies in a text: {@code [start, end)} in the text, and the map back from text to sentence. */
    public record Located(int start, int end, int normalisedStart, int[] original) {
        /** The offset in the white-space-normalised sentence of the text offset {@code offset}. */
        int inSentence(int offset) {
            int lo = 0;
            int hi = original.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (original[mid] < offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo - normalisedStart;
        }
    }

    /**
     * Scores one gold sentence.
     *
     * @return false when the sentence was not found in {@code text} (nothing is scored)
     */
    public boolean add(BbcEventGold.Item gold, String text, List<Coded> coded) {
        Optional<Located> at = locate(text, gold.sentence());
        if (at.isEmpty()) {
            notFound.add(gold.id());
            return false;
        }
        sentences++;
        Located loc = at.get();
        String sentence = gold.sentence();
        List<Coded> inside = coded.stream().filter(c -> c.start() >= loc.start() && c.end() <= loc.end()).toList();
        List<BbcEventGold.GoldEvent> events = gold.events();
        boolean[] used = new boolean[events.size()];
        BbcEventGold.GoldEvent[] matchOf = new BbcEventGold.GoldEvent[inside.size()];
        int[][] spans = new int[inside.size()][];
        for (int i = 0; i < inside.size(); i++) {
            spans[i] = new int[] {loc.inSentence(inside.get(i).start()), loc.inSentence(inside.get(i).end())};
        }
        for (int i = 0; i < inside.size(); i++) {
            for (int g = 0; g < events.size() && matchOf[i] == null; g++) {
                if (!used[g] && events.get(g).type().equals(inside.get(i).type())
                        && overlaps(sentence, events.get(g).trigger(), spans[i][0], spans[i][1])) {
                    used[g] = true;
                    matchOf[i] = events.get(g);
                }
            }
        }
        for (int i = 0; i < inside.size(); i++) {
            for (int g = 0; g < events.size() && matchOf[i] == null; g++) {
                if (!used[g] && events.get(g).type().equals(inside.get(i).type())) {
                    used[g] = true;
                    matchOf[i] = events.get(g);
                }
            }
        }
        for (BbcEventGold.GoldEvent g : events) {
            tally(g.type())[2]++;
        }
        for (int g = 0; g < events.size(); g++) {
            if (!used[g]) {
                misses.add(new Error(gold.id(), events.get(g).type(), events.get(g).trigger(), events.get(g).context(), false));
            }
        }
        for (int i = 0; i < inside.size(); i++) {
            Coded c = inside.get(i);
            int[] t = tally(c.type());
            t[1]++;
            String context = c.context() == null ? "asserted" : c.context().toLowerCase(Locale.ROOT);
            if (matchOf[i] != null) {
                t[0]++;
                contextCompared++;
                if (folded(matchOf[i].context()).equals(context)) {
                    contextAgreed++;
                }
                continue;
            }
            boolean figurative = false;
            for (String f : gold.figurative()) {
                figurative |= overlaps(sentence, f, spans[i][0], spans[i][1]);
            }
            if (figurative) {
                figurativeCoded.merge(c.type(), 1, Integer::sum);
            }
            String trigger = sentence.substring(Math.max(0, Math.min(spans[i][0], sentence.length())),
                    Math.max(0, Math.min(spans[i][1], sentence.length())));
            falsePositives.add(new Error(gold.id(), c.type(), trigger, context, figurative));
        }
        return true;
    }

    /** Finds {@code sentence} in {@code text}, comparing runs of white space as one space. */
    public static Optional<Located> locate(String text, String sentence) {
        StringBuilder norm = new StringBuilder(text.length());
        int[] original = new int[text.length()];
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isWhitespace(ch)) {
                if (!space && norm.length() > 0) {
                    original[norm.length()] = i;
                    norm.append(' ');
                }
                space = true;
            } else {
                original[norm.length()] = i;
                norm.append(ch);
                space = false;
            }
        }
        String wanted = BbcSample.normalise(sentence);
        int at = norm.indexOf(wanted);
        if (at < 0 || wanted.isEmpty()) {
            return Optional.empty();
        }
        int[] map = java.util.Arrays.copyOf(original, norm.length());
        return Optional.of(new Located(map[at], map[at + wanted.length() - 1] + 1, at, map));
    }

    /** Sentences scored (found in their article). */
    public int sentences() {
        return sentences;
    }

    /** Ids of the gold sentences not found in their article's text. */
    public List<String> notFound() {
        return Collections.unmodifiableList(notFound);
    }

    /** All types together. */
    public Counts overall() {
        int[] sum = new int[3];
        perType.values().forEach(t -> {
            for (int k = 0; k < 3; k++) {
                sum[k] += t[k];
            }
        });
        return new Counts(sum[0], sum[1], sum[2]);
    }

    /** Counts per PLOVER type (types either coded or in the gold), by name. */
    public Map<String, Counts> perType() {
        Map<String, Counts> out = new TreeMap<>();
        perType.forEach((type, t) -> out.put(type, new Counts(t[0], t[1], t[2])));
        return out;
    }

    /** Coded events no gold event matches, in scoring order. */
    public List<Error> falsePositives() {
        return Collections.unmodifiableList(falsePositives);
    }

    /** Gold events no coded event matches, in scoring order. */
    public List<Error> misses() {
        return Collections.unmodifiableList(misses);
    }

    /** False positives whose trigger overlaps a gold figurative entry, per coded type. */
    public Map<String, Integer> figurativeCoded() {
        return Collections.unmodifiableMap(figurativeCoded);
    }

    /** Figurative words coded as ASSAULT (the target is none). */
    public int figurativeAssault() {
        return figurativeCoded.getOrDefault("ASSAULT", 0);
    }

    /** Matched pairs whose context agrees (gold folded onto Sitrep's four contexts), and pairs compared. */
    public int contextAgreed() {
        return contextAgreed;
    }

    public int contextCompared() {
        return contextCompared;
    }

    /** The gold context on Sitrep's scale: asserted, negated, hypothetical or future. */
    static String folded(String goldContext) {
        return switch (goldContext) {
            case "historical" -> "asserted";
            case "failed" -> "negated";
            case "threatened" -> "future";
            default -> goldContext;
        };
    }

    private int[] tally(String type) {
        return perType.computeIfAbsent(type, k -> new int[3]);
    }

    /** True when some occurrence of {@code words} in {@code sentence} overlaps {@code [start, end)}. */
    private static boolean overlaps(String sentence, String words, int start, int end) {
        for (int at = sentence.indexOf(words); at >= 0; at = sentence.indexOf(words, at + 1)) {
            if (at < end && start < at + words.length()) {
                return true;
            }
        }
        return false;
    }
}
