package org.sitrep.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.internal.Tsv;

/**
 * The events lexicon: trigger lemmas (verbs and nouns) with their PLOVER type, mode, CAMEO code and flags; the word
 * lists the sense rules read; the words that name a means of violence. Read from the bundled {@value #BUNDLED} and any
 * file a user adds (docs/knowledge.md, "Event triggers"); immutable once built.
 */
public final class EventLexicon {
    /** The bundled file, next to this class. */
    public static final String BUNDLED = "event-triggers.tsv";

    /** The PLOVER 2021 event types. */
    public static final Set<String> TYPES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
            "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

    /** Where a trigger counts. */
    public enum Flag {
        /** only where the sentence is about armed force */
        ARMED,
        /** only where the source or target is a resolved actor */
        ACTOR,
        /** a verb only with an object */
        OBJECT,
        /** a noun only in the plural */
        PLURAL,
        /** only with people as the target ("released prisoners", not "released an album") */
        PEOPLE,
        /** free of the flags its type's row sets for every trigger of the type ("veto" needs no political actor) */
        FREE
    }

    /** A trigger's coding. */
    public record Coding(String type, String mode, String cameo, Set<Flag> flags) {
        public Coding(String type, String mode) {
            this(type, mode, null, Set.of());
        }

        public boolean has(Flag f) {
            return flags.contains(f);
        }

        /** The same trigger coded as another type and mode (a sense rule's choice), with no CAMEO code of its own. */
        public Coding as(String otherType, String otherMode) {
            return new Coding(otherType, otherMode, null, Set.of());
        }
    }

    private static volatile EventLexicon bundled;

    private final Map<String, Coding> verbs;
    private final Map<String, Coding> nouns;
    private final Set<String> removed;
    private final Map<String, Set<String>> sets;
    private final Map<String, String> means;
    private final Map<String, String> typeCodes;
    private final Map<String, Set<Flag>> typeFlags;

    private EventLexicon(Map<String, Coding> verbs, Map<String, Coding> nouns, Set<String> removed, Map<String, Set<String>> sets,
                         Map<String, String> means, Map<String, String> typeCodes, Map<String, Set<Flag>> typeFlags) {
        this.typeCodes = Map.copyOf(typeCodes);
        this.typeFlags = Map.copyOf(typeFlags);
        this.verbs = Map.copyOf(verbs);
        this.nouns = Map.copyOf(nouns);
        this.removed = Set.copyOf(removed);
        Map<String, Set<String>> s = new HashMap<>();
        sets.forEach((k, v) -> s.put(k, Set.copyOf(v)));
        this.sets = Map.copyOf(s);
        this.means = Map.copyOf(means);
    }

    /** The bundled lexicon, read once. A malformed bundled row is a broken build. */
    public static EventLexicon bundled() {
        EventLexicon b = bundled;
        if (b == null) {
            b = Tsv.bundled(EventLexicon.class, BUNDLED, in -> {
                List<String> problems = new ArrayList<>();
                EventLexicon l = read(BUNDLED, in, problems);
                if (!problems.isEmpty()) {
                    throw new IllegalStateException(problems.get(0));
                }
                return l;
            });
            bundled = b;
        }
        return b;
    }

    /**
     * Reads one lexicon file. A malformed row (unknown kind, type or flag, a CAMEO code that is not 2-4 digits, missing
     * cells) is skipped and described in {@code problems} as {@code file:line: what}.
     */
    public static EventLexicon read(String name, InputStream in, List<String> problems) throws IOException {
        Map<String, Coding> verbs = new LinkedHashMap<>();
        Map<String, Coding> nouns = new LinkedHashMap<>();
        Set<String> removed = new HashSet<>();
        Map<String, Set<String>> sets = new HashMap<>();
        Map<String, String> means = new HashMap<>();
        Map<String, String> typeCodes = new HashMap<>();
        Map<String, Set<Flag>> typeFlags = new HashMap<>();
        for (Tsv.Row row : Tsv.read(name, in)) {
            String[] c = row.padded(6);
            String kind = c[0].strip();
            if (c[1] == null || c[1].isBlank()) {
                problems.add(row.where() + "expected kind and word separated by a tab");
                continue;
            }
            String word = c[1].strip().toLowerCase(Locale.ROOT);
            switch (kind) {
                case "verb", "noun" -> {
                    Map<String, Coding> into = kind.equals("verb") ? verbs : nouns;
                    String type = c[2] == null ? "" : c[2].strip().toUpperCase(Locale.ROOT);
                    if (type.equals("NONE")) {
                        into.remove(word);
                        removed.add(kind + ":" + word);
                        continue;
                    }
                    coding(type, c[3], c[4], c[5], row.where(), problems).ifPresent(x -> into.put(word, x));
                }
                case "set" -> {
                    if (c[2] == null || c[2].isBlank()) {
                        problems.add(row.where() + "a set needs its words, joined by '|'");
                        continue;
                    }
                    Set<String> words = sets.computeIfAbsent(word, k -> new HashSet<>());
                    Tsv.list(c[2]).forEach(w -> words.add(w.strip().toLowerCase(Locale.ROOT)));
                }
                case "means" -> {
                    if (c[2] == null || c[2].isBlank()) {
                        problems.add(row.where() + "a means row needs its kind (air strike, drone, shelling, ...)");
                        continue;
                    }
                    means.put(word, c[2].strip());
                }
                case "type" -> {
                    String type = word.toUpperCase(Locale.ROOT);
                    if (!TYPES.contains(type) || c[2] == null || !isCameo(c[2].strip())) {
                        problems.add(row.where() + "a type row needs a PLOVER type and its default CAMEO code");
                        continue;
                    }
                    typeCodes.put(type, c[2].strip());
                    Set<Flag> tf = EnumSet.noneOf(Flag.class);
                    if (c[3] != null && !c[3].isBlank() && !c[3].strip().equals("-")) {
                        for (String x : Tsv.list(c[3].strip())) {
                            try {
                                tf.add(Flag.valueOf(x.strip().toUpperCase(Locale.ROOT)));
                            } catch (IllegalArgumentException e) {
                                problems.add(row.where() + "unknown flag '" + x + "' (armed, actor, object, plural or people)");
                            }
                        }
                    }
                    typeFlags.put(type, Set.copyOf(tf));
                }
                default -> problems.add(row.where() + "unknown kind '" + kind + "' (verb, noun, set, means or type)");
            }
        }
        return new EventLexicon(verbs, nouns, removed, sets, means, typeCodes, typeFlags);
    }

    /** A CAMEO event code: 2 to 4 digits whose first two are a root, 01 to 20 (so its QuadClass and Goldstein score exist). */
    static boolean isCameo(String code) {
        if (!code.matches("\\d{2,4}")) {
            return false;
        }
        int root = Integer.parseInt(code.substring(0, 2));
        return root >= 1 && root <= 20;
    }

    private static Optional<Coding> coding(String type, String mode, String cameo, String flags, String where, List<String> problems) {
        if (!TYPES.contains(type)) {
            problems.add(where + "unknown PLOVER type '" + type + "' (one of " + String.join(", ", new java.util.TreeSet<>(TYPES)) + ", or none)");
            return Optional.empty();
        }
        if (cameo == null || !isCameo(cameo.strip())) {
            problems.add(where + "CAMEO code '" + cameo + "' is not 2 to 4 digits under a root 01-20");
            return Optional.empty();
        }
        Set<Flag> f = EnumSet.noneOf(Flag.class);
        if (flags != null && !flags.isBlank() && !flags.strip().equals("-")) {
            for (String x : Tsv.list(flags.strip())) {
                try {
                    f.add(Flag.valueOf(x.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    problems.add(where + "unknown flag '" + x + "' (armed, actor, object, plural, people or free)");
                    return Optional.empty();
                }
            }
        }
        String m = mode == null || mode.isBlank() || mode.strip().equals("-") ? null : mode.strip();
        return Optional.of(new Coding(type, m, cameo.strip(), Set.copyOf(f)));
    }

    /**
     * The bundled lexicon with each file merged over it in order (plain or .gz). Malformed rows are skipped and
     * described in {@code problems}; an unreadable file throws, naming it.
     */
    public static EventLexicon withFiles(List<Path> files, List<String> problems) throws IOException {
        return Tsv.mergeFiles(bundled(), files, (name, in) -> read(name, in, problems), EventLexicon::merge);
    }

    /** This lexicon with {@code other}'s rows over it: its triggers win, its 'none' rows remove, its sets add words. */
    public EventLexicon merge(EventLexicon other) {
        Map<String, Coding> v = new HashMap<>(verbs);
        Map<String, Coding> n = new HashMap<>(nouns);
        for (String r : other.removed) {
            (r.startsWith("verb:") ? v : n).remove(r.substring(r.indexOf(':') + 1));
        }
        v.putAll(other.verbs);
        n.putAll(other.nouns);
        Map<String, Set<String>> s = new HashMap<>();
        sets.forEach((k, x) -> s.put(k, new HashSet<>(x)));
        other.sets.forEach((k, x) -> s.computeIfAbsent(k, y -> new HashSet<>()).addAll(x));
        Map<String, String> m = new HashMap<>(means);
        m.putAll(other.means);
        Set<String> r = new HashSet<>(removed);
        r.addAll(other.removed);
        Map<String, String> t = new HashMap<>(typeCodes);
        t.putAll(other.typeCodes);
        Map<String, Set<Flag>> tf = new HashMap<>(typeFlags);
        tf.putAll(other.typeFlags);
        return new EventLexicon(v, n, r, s, m, t, tf);
    }

    /** The verb's coding, with its type's flags unless it is {@code free}. */
    public Optional<Coding> verb(String lemma) {
        return Optional.ofNullable(verbs.get(lemma)).map(this::withTypeFlags);
    }

    /** The noun's coding, with its type's flags unless it is {@code free}. */
    public Optional<Coding> noun(String lemma) {
        return Optional.ofNullable(nouns.get(lemma)).map(this::withTypeFlags);
    }

    private Coding withTypeFlags(Coding c) {
        Set<Flag> extra = typeFlags.getOrDefault(c.type(), Set.of());
        if (extra.isEmpty() || c.flags().contains(Flag.FREE) || c.flags().containsAll(extra)) {
            return c;
        }
        Set<Flag> all = EnumSet.noneOf(Flag.class);
        all.addAll(c.flags());
        all.addAll(extra);
        return new Coding(c.type(), c.mode(), c.cameo(), Set.copyOf(all));
    }

    /** The words of the set {@code name}; empty when the lexicon has none of that name. */
    public Set<String> set(String name) {
        return sets.getOrDefault(name, Set.of());
    }

    /** The means kind a (lower-case) word names, if any. */
    public Optional<String> means(String word) {
        return Optional.ofNullable(means.get(word));
    }

    /** The CAMEO code of a coding: its own, else its type's default (null when the lexicon gives none). */
    public String cameo(Coding c) {
        return c.cameo() != null ? c.cameo() : typeCodes.get(c.type());
    }

    /** How many verb and noun triggers the lexicon holds. */
    public int size() {
        return verbs.size() + nouns.size();
    }
}
