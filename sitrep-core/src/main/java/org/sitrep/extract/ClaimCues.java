package org.sitrep.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.internal.Tsv;
import org.sitrep.model.Document;
import org.sitrep.model.SourceType;
import org.sitrep.model.Stance;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * The claim lexicon: reporting verbs with their stance, class and flags, and the nouns the claims stage reads in
 * sources and objects (statement nouns, evidence, source heads with their type, outlets, abstract nouns, counts). Read
 * from the bundled {@value #BUNDLED} and any file a user adds (docs/knowledge.md, "Claim cues"); immutable once built.
 * The claims stage reads the lexicon of the stage {@link #around(Stage)} runs it in, else the bundled one.
 */
public final class ClaimCues {
    /** The bundled file, next to this class. */
    public static final String BUNDLED = "claim-cues.tsv";

    /** What a cue verb reports. */
    public enum CueClass { SPEECH, BELIEF, INTENTION, EVALUATION, QUESTION }

    /**
     * One cue verb.
     *
     * @param statementObject reports only with a statement as object: a clause, a quotation or a statement noun
     * @param evidenceSource  only evidence or an inquiring body says so ("a poll showed")
     * @param construction    only in the construction the claims stage knows for it ("pointed out")
     */
    public record Cue(String lemma, Stance stance, CueClass cueClass, boolean statementObject, boolean evidenceSource, boolean construction) {}

    private static final ThreadLocal<ClaimCues> SCOPED = new ThreadLocal<>();
    private static volatile ClaimCues bundled;

    private final Map<String, Cue> cues;
    /** Cues this file removes ('none') from the lexicons it is merged over. */
    private final Set<String> removed;
    private final Map<String, Set<String>> nouns;
    private final Map<String, SourceType> sourceTypes;
    private final Set<String> anonymousHeads;
    private final Map<String, Integer> counts;
    private final List<String> notSpeakerSuffixes;
    // derived
    private final Set<String> statementObject = new HashSet<>();
    private final Set<String> evidenceOnly = new HashSet<>();
    private final Set<String> constructionOnly = new HashSet<>();
    private final Set<String> statementNouns = new HashSet<>();

    private ClaimCues(Map<String, Cue> cues, Set<String> removed, Map<String, Set<String>> nouns, Map<String, SourceType> sourceTypes,
                      Set<String> anonymousHeads, Map<String, Integer> counts, List<String> notSpeakerSuffixes) {
        this.cues = Map.copyOf(cues);
        this.removed = Set.copyOf(removed);
        this.nouns = new HashMap<>();
        nouns.forEach((k, v) -> this.nouns.put(k, Set.copyOf(v)));
        this.sourceTypes = Map.copyOf(sourceTypes);
        this.anonymousHeads = Set.copyOf(anonymousHeads);
        this.counts = Map.copyOf(counts);
        this.notSpeakerSuffixes = List.copyOf(notSpeakerSuffixes);
        for (Cue c : this.cues.values()) {
            if (c.statementObject()) {
                statementObject.add(c.lemma());
            }
            if (c.evidenceSource()) {
                evidenceOnly.add(c.lemma());
            }
            if (c.construction()) {
                constructionOnly.add(c.lemma());
            }
        }
        for (String n : nouns("statement")) {
            statementNouns.add(n);
            statementNouns.add(plural(n));
        }
    }

    /** The bundled lexicon, loaded once. A malformed bundled row is a broken build: it throws, naming file and line. */
    public static ClaimCues bundled() {
        ClaimCues b = bundled;
        if (b == null) {
            b = Tsv.bundled(ClaimCues.class, BUNDLED, in -> {
                List<String> problems = new ArrayList<>();
                ClaimCues c = read(BUNDLED, in, problems);
                if (!problems.isEmpty()) {
                    throw new IllegalStateException(problems.get(0));
                }
                return c;
            });
            bundled = b;
        }
        return b;
    }

    /** The lexicon the claims stage uses on this thread: the one {@link #around} set, else the bundled one. */
    static ClaimCues current() {
        ClaimCues c = SCOPED.get();
        return c != null ? c : bundled();
    }

    /**
     * Reads a lexicon file. A malformed row (an unknown kind, stance, class, flag or source type, a missing cell, a
     * count that is no number) is skipped and described in {@code problems} as {@code file:line: what}.
     */
    public static ClaimCues read(String name, InputStream in, List<String> problems) throws IOException {
        Map<String, Cue> cues = new LinkedHashMap<>();
        Set<String> removed = new HashSet<>();
        Map<String, Set<String>> nouns = new HashMap<>();
        Map<String, SourceType> sourceTypes = new HashMap<>();
        Set<String> anonymousHeads = new HashSet<>();
        Map<String, Integer> counts = new HashMap<>();
        List<String> suffixes = new ArrayList<>();
        for (Tsv.Row row : Tsv.read(name, in)) {
            String[] c = row.padded(4);
            String kind = c[0].strip();
            if (c[1] == null || c[1].isBlank()) {
                problems.add(row.where() + "expected kind and word separated by a tab");
                continue;
            }
            String word = kind.equals("outlet") ? c[1].strip() : c[1].strip().toLowerCase(Locale.ROOT);
            String value = c[2] == null ? "" : c[2].strip();
            String more = c[3] == null ? "" : c[3].strip();
            switch (kind) {
                case "cue" -> {
                    Optional<Cue> cue = cue(word, value, more, row.where(), problems);
                    if (value.equals("none")) {
                        cues.remove(word);
                        removed.add(word);
                    } else {
                        cue.ifPresent(x -> cues.put(word, x));
                    }
                }
                case "statement", "evidence", "outlet", "not-speaker" -> nouns.computeIfAbsent(kind, k -> new HashSet<>()).add(word);
                case "not-speaker-suffix" -> suffixes.add(word);
                case "source" -> {
                    SourceType t = sourceType(value);
                    if (t == null) {
                        problems.add(row.where() + "unknown source type '" + value
                                + "' (official, spokesperson, person, group, organization, document, outlet or source)");
                    } else if (!more.isEmpty() && !more.equals("anonymous")) {
                        problems.add(row.where() + "unknown flag '" + more + "' (anonymous or nothing)");
                    } else {
                        sourceTypes.put(word, t);
                        if (more.equals("anonymous")) {
                            anonymousHeads.add(word);
                        } else {
                            anonymousHeads.remove(word);
                        }
                    }
                }
                case "count" -> {
                    try {
                        counts.put(word, Integer.parseInt(value));
                    } catch (NumberFormatException e) {
                        problems.add(row.where() + "count '" + value + "' is not a whole number");
                    }
                }
                default -> problems.add(row.where() + "unknown kind '" + kind
                        + "' (cue, statement, evidence, source, outlet, not-speaker, not-speaker-suffix or count)");
            }
        }
        return new ClaimCues(cues, removed, nouns, sourceTypes, anonymousHeads, counts, suffixes);
    }

    private static Optional<Cue> cue(String lemma, String stanceName, String classAndFlags, String where, List<String> problems) {
        if (stanceName.equals("none")) {
            return Optional.empty();
        }
        Stance stance;
        try {
            stance = Stance.valueOf(stanceName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(where + "unknown stance '" + stanceName + "' (assert, claim, deny, refute, confirm, promise, warn, accuse, speculate, question or none)");
            return Optional.empty();
        }
        String[] parts = classAndFlags.split("\\|");
        CueClass cls;
        try {
            cls = CueClass.valueOf(parts[0].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(where + "unknown cue class '" + parts[0] + "' (speech, belief, intention, evaluation or question)");
            return Optional.empty();
        }
        boolean statement = false;
        boolean evidence = false;
        boolean construction = false;
        for (int i = 1; i < parts.length; i++) {
            switch (parts[i].strip()) {
                case "statement-object" -> statement = true;
                case "evidence-source" -> evidence = true;
                case "construction" -> construction = true;
                default -> {
                    problems.add(where + "unknown flag '" + parts[i] + "' (statement-object, evidence-source or construction)");
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new Cue(lemma, stance, cls, statement, evidence, construction));
    }

    private static SourceType sourceType(String value) {
        return switch (value) {
            case "official" -> SourceType.OFFICIAL;
            case "spokesperson" -> SourceType.SPOKESPERSON;
            case "person" -> SourceType.PERSON;
            case "group" -> SourceType.GROUP;
            case "organization", "organisation" -> SourceType.ORGANIZATION;
            case "document" -> SourceType.DOCUMENT;
            case "outlet" -> SourceType.OUTLET;
            case "source" -> SourceType.ANONYMOUS_SOURCE;
            default -> null;
        };
    }

    /**
     * The bundled lexicon with each file merged over it in order (plain or .gz). Malformed rows are skipped and
     * described in {@code problems}; an unreadable file throws, naming it.
     */
    public static ClaimCues withFiles(List<Path> files, List<String> problems) throws IOException {
        return Tsv.mergeFiles(bundled(), files, (name, in) -> read(name, in, problems), ClaimCues::merge);
    }

    /** This lexicon with {@code other}'s rows over it: its cues and source words win, its 'none' cues are removed. */
    public ClaimCues merge(ClaimCues other) {
        Map<String, Cue> c = new LinkedHashMap<>(cues);
        other.removed.forEach(c::remove);
        c.putAll(other.cues);
        Map<String, Set<String>> n = new HashMap<>();
        nouns.forEach((k, v) -> n.put(k, new HashSet<>(v)));
        other.nouns.forEach((k, v) -> n.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
        Map<String, SourceType> t = new HashMap<>(sourceTypes);
        t.putAll(other.sourceTypes);
        Set<String> a = new HashSet<>(anonymousHeads);
        other.sourceTypes.keySet().forEach(a::remove);
        a.addAll(other.anonymousHeads);
        Map<String, Integer> k = new HashMap<>(counts);
        k.putAll(other.counts);
        List<String> s = new ArrayList<>(notSpeakerSuffixes);
        s.addAll(other.notSpeakerSuffixes);
        return new ClaimCues(c, Set.of(), n, t, a, k, s);
    }

    /** The cue whose lemma is {@code lemma} (lower case), if it is one. */
    public Optional<Cue> cue(String lemma) {
        return Optional.ofNullable(cues.get(lemma));
    }

    /** How many cue verbs the lexicon holds. */
    public int size() {
        return cues.size();
    }

    Set<String> statementObjectCues() {
        return statementObject;
    }

    Set<String> evidenceOnlyCues() {
        return evidenceOnly;
    }

    Set<String> constructionOnlyCues() {
        return constructionOnly;
    }

    /** Statement nouns, each with its regular plural. */
    Set<String> statementNouns() {
        return statementNouns;
    }

    Set<String> anonymousHeads() {
        return anonymousHeads;
    }

    Set<String> nouns(String kind) {
        return nouns.getOrDefault(kind, Set.of());
    }

    /** The source type a head noun (lemma, lower case) gives, if the lexicon has one. */
    Optional<SourceType> sourceTypeOf(String lemma) {
        return Optional.ofNullable(sourceTypes.get(lemma));
    }

    /** The number a count word ("two", "a") stands for. */
    Optional<Integer> count(String word) {
        return Optional.ofNullable(counts.get(word.toLowerCase(Locale.ROOT)));
    }

    /** Whether a noun (lemma, lower case) can never speak: an abstract noun, unless a source or evidence row names it. */
    boolean notSpeaker(String lemma) {
        if (sourceTypes.containsKey(lemma) || nouns("evidence").contains(lemma)) {
            return false;
        }
        if (nouns("not-speaker").contains(lemma)) {
            return true;
        }
        for (String suffix : notSpeakerSuffixes) {
            if (lemma.length() > suffix.length() + 2 && lemma.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** The outlet names, as written. */
    Set<String> outlets() {
        return nouns("outlet");
    }

    /** "claim" → "claims", "story" → "stories", "speech" → "speeches". */
    static String plural(String noun) {
        if (noun.endsWith("y") && noun.length() > 1 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh")) {
            return noun + "es";
        }
        return noun + "s";
    }

    /**
     * {@code claims} (the claims stage) run with this lexicon: the stage returned has the same name, requirements and
     * output, and while it runs on a thread the claims stage there reads this lexicon.
     */
    public Stage around(Stage claims) {
        ClaimCues self = this;
        return new Stage() {
            @Override
            public String name() {
                return claims.name();
            }

            @Override
            public Set<Layer> requires() {
                return claims.requires();
            }

            @Override
            public Set<Layer> provides() {
                return claims.provides();
            }

            @Override
            public Document apply(Document document) {
                ClaimCues before = SCOPED.get();
                SCOPED.set(self);
                try {
                    return claims.apply(document);
                } finally {
                    if (before == null) {
                        SCOPED.remove();
                    } else {
                        SCOPED.set(before);
                    }
                }
            }
        };
    }
}
