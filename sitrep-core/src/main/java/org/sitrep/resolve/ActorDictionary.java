package org.sitrep.resolve;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.sitrep.internal.Tsv;
import org.sitrep.model.ActorType;

/**
 * Known actors with aliases, codes, dated roles and links (docs/knowledge.md, "Actors"). Loaded from several files in
 * order — the generated {@code actors-phoenix.tsv.gz} when it is on the class path, the bundled {@code actors.tsv},
 * then each user file — and merged by id field by field. Compiled once into indexes: names and aliases (ASCII-folded),
 * surnames of persons, role titles, and an FST of name keys walked by a Levenshtein automaton for misspellings; no
 * lookup scans the actors. Immutable once loaded; one instance is shared by every worker thread.
 */
public final class ActorDictionary {
    /** The generated knowledge base, used when present next to this class. */
    public static final String PHOENIX = "actors-phoenix.tsv.gz";
    /** The team's curated actors, always bundled. */
    public static final String CURATED = "actors.tsv";

    /** A role held from {@code from} to {@code to} (either may be null: open). */
    public record Role(String title, LocalDate from, LocalDate to) {
        public boolean heldOn(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        }
    }

    /** A CAMEO-style code that applies from {@code from} to {@code to} (either may be null: open; both null: always). */
    public record DatedCode(String code, LocalDate from, LocalDate to) {
        public boolean heldOn(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        }

        boolean dated() {
            return from != null || to != null;
        }
    }

    /** A link to another actor: {@code member-of}, {@code leader-of} or {@code part-of}. */
    public record Link(String relation, String actor) {}

    /** A dictionary actor. Lists are never null. */
    public record Entry(String id, ActorType type, String name, List<String> aliases, String code, String country,
                        List<Role> roles, List<DatedCode> codes, List<Link> links) {
        public Entry {
            aliases = List.copyOf(aliases);
            roles = List.copyOf(roles);
            codes = List.copyOf(codes);
            links = List.copyOf(links);
        }

        /** The role titles held on {@code day}. */
        public List<String> rolesOn(LocalDate day) {
            return roles.stream().filter(r -> r.heldOn(day)).map(Role::title).distinct().toList();
        }

        /**
         * The code that applies on {@code day}: of the dated codes held that day the one that started last, else an
         * undated code, else the general code; empty when none is known. A null day gives the general code.
         */
        public Optional<String> codeOn(LocalDate day) {
            if (day != null) {
                DatedCode best = null;
                for (DatedCode c : codes) {
                    if (c.dated() && c.heldOn(day) && (best == null || later(c.from(), best.from()))) {
                        best = c;
                    }
                }
                if (best != null) {
                    return Optional.of(best.code());
                }
            }
            if (code != null) {
                return Optional.of(code);
            }
            return codes.stream().filter(c -> !c.dated()).map(DatedCode::code).findFirst();
        }

        /** Whether a role or a dated code is held on {@code day}: the actor was in office, or active, then. */
        public boolean activeOn(LocalDate day) {
            return roles.stream().anyMatch(r -> (r.from() != null || r.to() != null) && r.heldOn(day))
                    || codes.stream().anyMatch(c -> c.dated() && c.heldOn(day));
        }

        private static boolean later(LocalDate a, LocalDate b) {
            return b == null || a != null && a.isAfter(b);
        }
    }

    /** Something that opens a data file; the caller closes the stream. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /** A named file of actor rows ({@code name} appears in every problem reported about it). */
    public record Source(String name, Opener opener) {}

    /** A name close to a written one: the actor, the key it matched and the edit distance. */
    public record Near(Entry entry, String key, int distance) {}

    private static final Set<String> RELATIONS = Set.of("member-of", "leader-of", "part-of");
    private static volatile ActorDictionary bundled;

    private final List<Entry> entries;
    private final Map<String, Integer> byId;
    private final Map<String, int[]> byKey;
    private final Map<String, int[]> bySurname;
    private final Map<String, int[]> byRole;
    private final Set<String> acronyms;
    private final Set<String> firstWords;
    private final Set<String> lastWords;
    private final int longestName;
    private final java.util.concurrent.CompletableFuture<Fuzzy> fuzzy;

    /** The FST of name keys and, for each key's ordinal, the actors that have it. */
    private record Fuzzy(FuzzyNames names, int[][] postings) {}
    private final List<String> problems;

    /** The bundled dictionary (generated knowledge base when present, then the curated file), loaded once. */
    public static ActorDictionary bundled() {
        ActorDictionary d = bundled;
        if (d == null) {
            synchronized (ActorDictionary.class) {
                if (bundled == null) {
                    try {
                        bundled = load(bundledSources());
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot read the bundled actors: " + e.getMessage(), e);
                    }
                }
                d = bundled;
            }
        }
        return d;
    }

    /** The bundled files in load order: {@value #PHOENIX} when on the class path, then {@value #CURATED}. */
    public static List<Source> bundledSources() {
        List<Source> out = new ArrayList<>();
        if (ActorDictionary.class.getResource(PHOENIX) != null) {
            out.add(new Source(PHOENIX, () -> ActorDictionary.class.getResourceAsStream(PHOENIX)));
        }
        if (ActorDictionary.class.getResource(CURATED) == null) {
            throw new IllegalStateException(CURATED + " is missing from the class path");
        }
        out.add(new Source(CURATED, () -> ActorDictionary.class.getResourceAsStream(CURATED)));
        return out;
    }

    /** A user's file (plain or gzip-compressed), named by its path in problems. */
    public static Source file(Path path) {
        return new Source(path.toString(), () -> Files.newInputStream(path));
    }

    /** The bundled files, then {@code userFiles} in order, merged. An unreadable user file is an error naming it. */
    public static ActorDictionary withFiles(List<Path> userFiles) throws IOException {
        if (userFiles.isEmpty()) {
            return bundled();
        }
        List<Source> sources = new ArrayList<>(bundledSources());
        for (Path p : userFiles) {
            if (!Files.isReadable(p) || Files.isDirectory(p)) {
                throw new IOException("Cannot read actor file '" + p + "'");
            }
            sources.add(file(p));
        }
        return load(sources);
    }

    /** One file read from a stream; for tests and callers that hold the rows already. */
    public static ActorDictionary of(String name, InputStream in) throws IOException {
        return load(List.of(new Source(name, () -> in)));
    }

    /**
     * Reads {@code sources} in order and merges their rows by id: a later non-empty name, type, code or country
     * replaces the earlier one; aliases, roles, dated codes and links are added. Malformed rows are skipped and listed
     * in {@link #problems()} with their file and line.
     */
    public static ActorDictionary load(List<Source> sources) throws IOException {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        Shared shared = new Shared();
        for (Source s : sources) {
            try (InputStream raw = s.opener().open()) {
                if (raw == null) {
                    throw new IOException("Cannot open " + s.name());
                }
                BufferedReader in = new BufferedReader(new InputStreamReader(maybeGunzip(raw), StandardCharsets.UTF_8), 1 << 16);
                // Streamed, not through Tsv.read: the generated file has tens of thousands of rows, read at every start.
                String line;
                int lineNo = 0;
                while ((line = in.readLine()) != null) {
                    lineNo++;
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    try {
                        merge(drafts, cells(line), shared);
                    } catch (BadRow e) {
                        problems.add(s.name() + ":" + lineNo + ": " + e.getMessage() + "; row skipped");
                    }
                }
            }
        }
        return new ActorDictionary(drafts.values(), problems);
    }


    private static InputStream maybeGunzip(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int a = in.read();
        int b = in.read();
        in.reset();
        return a == 0x1f && b == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** What many rows repeat (dates, codes, countries, titles), kept once while a dictionary loads. */
    private static final class Shared {
        final Map<Integer, LocalDate> dates = new HashMap<>();
        final Map<String, String> strings = new HashMap<>();

        String string(String s) {
            String known = strings.putIfAbsent(s, s);
            return known == null ? s : known;
        }
    }

    private static void addOnce(List<String> to, String s) {
        if (!to.contains(s)) {
            to.add(s);
        }
    }

    /** A malformed row; its message says what is wrong. */
    private static final class BadRow extends Exception {
        BadRow(String message) {
            super(message, null, false, false);
        }
    }

    /** An actor while its rows are merged. */
    private static final class Draft {
        final String id;
        ActorType type;
        String name;
        final List<String> aliases = new ArrayList<>(2);
        String code;
        String country;
        final List<Role> roles = new ArrayList<>(1);
        final List<DatedCode> codes = new ArrayList<>(1);
        final List<Link> links = new ArrayList<>(0);

        Draft(String id) {
            this.id = id;
        }

        Entry toEntry() {
            aliases.remove(name);
            return new Entry(id, type, name, aliases, code, country, roles, codes, links);
        }
    }

    /** The tab-separated cells of a line, as many as it has. */
    private static String[] cells(String line) {
        int n = 1;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\t') {
                n++;
            }
        }
        String[] out = new String[n];
        int from = 0;
        for (int k = 0; k < n; k++) {
            int tab = line.indexOf('\t', from);
            int to = tab < 0 ? line.length() : tab;
            out[k] = line.substring(from, to);
            from = to + 1;
        }
        return out;
    }

    private static void merge(Map<String, Draft> drafts, String[] c, Shared shared) throws BadRow {
        if (c.length < 7 || c.length > 9) {
            throw new BadRow("expected 7 to 9 tab-separated columns, found " + c.length);
        }
        String id = c[0].strip();
        if (id.indexOf(':') <= 0 || hasSpace(id)) {
            throw new BadRow("bad id '" + id + "' (expected kind:name, no spaces)");
        }
        ActorType type = null;
        String typeCell = c[1].strip();
        if (!typeCell.isEmpty()) {
            try {
                type = ActorType.valueOf(typeCell.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadRow("unknown type '" + typeCell + "' (expected one of " + Arrays.toString(ActorType.values()) + ")");
            }
        }
        String name = c[2].strip();
        String country = c[5].strip();
        if (!country.isEmpty() && !isAlpha3(country)) {
            throw new BadRow("country '" + country + "' is not an ISO 3166 alpha-3 code");
        }
        List<Role> roles = roles(c[6], shared);
        List<DatedCode> codes = c.length > 7 ? codes(c[7], shared) : List.of();
        List<Link> links = c.length > 8 ? links(c[8]) : List.of();
        Draft d = drafts.get(id);
        if (d == null) {
            if (type == null || name.isEmpty()) {
                throw new BadRow("a new actor '" + id + "' needs a type and a name");
            }
            d = new Draft(id);
            drafts.put(id, d);
        }
        if (type != null) {
            d.type = type;
        }
        if (!name.isEmpty()) {
            if (d.name != null && !d.name.equals(name)) {
                addOnce(d.aliases, d.name); // the earlier canonical name stays a way to find the actor
            }
            d.name = name;
        }
        for (String a : Tsv.list(c[3])) {
            if (!a.isBlank()) {
                addOnce(d.aliases, a.strip());
            }
        }
        if (!c[4].isBlank()) {
            d.code = shared.string(c[4].strip());
        }
        if (!country.isEmpty()) {
            d.country = shared.string(country);
        }
        addAll(d.roles, roles);
        addAll(d.codes, codes);
        addAll(d.links, links);
    }

    private static boolean hasSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAlpha3(String s) {
        return s.length() == 3 && s.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z');
    }

    private static <T> void addAll(List<T> to, List<T> from) {
        for (T t : from) {
            if (!to.contains(t)) {
                to.add(t);
            }
        }
    }

    /** "Prime Minister of Iraq@2022-10-27..;Speaker" → roles; a role without '@' has no dates. */
    private static List<Role> roles(String cell, Shared shared) throws BadRow {
        if (cell.isBlank()) {
            return List.of();
        }
        List<Role> out = new ArrayList<>(2);
        for (String part : cell.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int at = part.lastIndexOf('@');
            String title = (at < 0 ? part : part.substring(0, at)).strip();
            if (title.isEmpty()) {
                throw new BadRow("role '" + part + "' has no title");
            }
            LocalDate[] range = at < 0 ? new LocalDate[2] : range(part, part.substring(at + 1), shared);
            out.add(new Role(shared.string(title), range[0], range[1]));
        }
        return out;
    }

    /** "IRQGOV@2022-10-27..;GBRELI" → dated codes; a code without '@' applies at any date. */
    private static List<DatedCode> codes(String cell, Shared shared) throws BadRow {
        if (cell.isBlank()) {
            return List.of();
        }
        List<DatedCode> out = new ArrayList<>(2);
        for (String part : cell.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int at = part.indexOf('@');
            String code = (at < 0 ? part : part.substring(0, at)).strip();
            if (code.isEmpty() || hasSpace(code)) {
                throw new BadRow("bad code '" + part + "'");
            }
            LocalDate[] range = at < 0 ? new LocalDate[2] : range(part, part.substring(at + 1), shared);
            out.add(new DatedCode(shared.string(code), range[0], range[1]));
        }
        return out;
    }

    private static List<Link> links(String cell) throws BadRow {
        if (cell.isBlank()) {
            return List.of();
        }
        List<Link> out = new ArrayList<>(1);
        for (String part : cell.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int colon = part.indexOf(':');
            String relation = colon < 0 ? "" : part.substring(0, colon).strip();
            String actor = colon < 0 ? "" : part.substring(colon + 1).strip();
            if (!RELATIONS.contains(relation) || actor.indexOf(':') <= 0) {
                throw new BadRow("bad link '" + part + "' (expected member-of, leader-of or part-of, a colon, and an actor id)");
            }
            out.add(new Link(relation, actor));
        }
        return out;
    }

    /** "2022-10-27..", "..2014-02-15", "2011-06-13..2014-02-15": either end may be open; from must not follow to. */
    private static LocalDate[] range(String part, String range, Shared shared) throws BadRow {
        int dots = range.indexOf("..");
        if (dots < 0) {
            throw new BadRow("'" + part + "' has no date range (expected from..to, an open end left empty)");
        }
        LocalDate from = date(part, range.substring(0, dots).strip(), shared);
        LocalDate to = date(part, range.substring(dots + 2).strip(), shared);
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadRow("dates out of order in '" + part + "'");
        }
        return new LocalDate[] {from, to};
    }

    /** A yyyy-mm-dd date, parsed by hand: tens of thousands of them are read at start-up. */
    private static LocalDate date(String part, String s, Shared shared) throws BadRow {
        if (s.isEmpty()) {
            return null;
        }
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            throw new BadRow("bad date '" + s + "' in '" + part + "' (expected yyyy-mm-dd)");
        }
        try {
            int y = digits(s, 0, 4);
            int m = digits(s, 5, 7);
            int day = digits(s, 8, 10);
            LocalDate known = shared.dates.get(y * 10000 + m * 100 + day);
            if (known == null) {
                known = LocalDate.of(y, m, day);
                shared.dates.put(y * 10000 + m * 100 + day, known);
            }
            return known;
        } catch (DateTimeException | NumberFormatException e) {
            throw new BadRow("bad date '" + s + "' in '" + part + "'");
        }
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                throw new NumberFormatException(s);
            }
            v = v * 10 + ch - '0';
        }
        return v;
    }

    private ActorDictionary(java.util.Collection<Draft> drafts, List<String> problems) {
        this.problems = List.copyOf(problems);
        List<Entry> list = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            list.add(d.toEntry());
        }
        this.entries = List.copyOf(list);
        this.byId = new HashMap<>(entries.size() * 2);
        Map<String, int[]> keys = new HashMap<>(entries.size() * 4);
        Map<String, int[]> surnames = new HashMap<>(entries.size() * 2);
        Set<String> caps = new HashSet<>();
        Set<String> mixed = new HashSet<>();
        Set<String> first = new HashSet<>();
        Set<String> last = new HashSet<>();
        int longest = 1;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            byId.put(e.id(), i);
            for (int n = -1; n < e.aliases().size(); n++) {
                String name = n < 0 ? e.name() : e.aliases().get(n);
                String k = Names.key(name);
                String bare = Names.mayHaveArticles(name) ? Names.keyWithoutArticles(name) : k;
                for (int variant = 0; variant < 2; variant++) {
                    String key = variant == 0 ? k : bare;
                    if (key.isEmpty() || variant == 1 && bare.equals(k)) {
                        continue;
                    }
                    post(keys, key, i);
                    if (isAcronym(name)) {
                        caps.add(key);
                    } else if (key.length() <= 8) {
                        mixed.add(key);
                    }
                    int space = key.indexOf(' ');
                    first.add(space < 0 ? key : key.substring(0, space));
                    if (space > 0) {
                        last.add(Names.lastWord(key));
                    }
                    longest = Math.max(longest, Names.words(key));
                }
                if (e.type() == ActorType.PERSON && bare.indexOf(' ') > 0) {
                    post(surnames, Names.lastWord(bare), i);
                }
            }
        }
        this.byKey = keys;
        this.bySurname = surnames;
        caps.removeAll(mixed);
        this.acronyms = caps;
        this.firstWords = first;
        this.lastWords = last;
        this.longestName = longest;
        this.byRole = roleIndex();
        // The misspelling index (sorted keys, their postings, the FST) is built on its own thread while the caller
        // goes on (the CLI loads its tagger models meanwhile); the first misspelling lookup waits for it.
        this.fuzzy = new java.util.concurrent.CompletableFuture<>();
        Thread compile = new Thread(() -> {
            try {
                List<String> fuzzyKeys = new ArrayList<>();
                for (String k : byKey.keySet()) {
                    if (k.length() >= 5) {
                        fuzzyKeys.add(k);
                    }
                }
                FuzzyNames.sort(fuzzyKeys);
                int[][] postings = new int[fuzzyKeys.size()][];
                for (int i = 0; i < fuzzyKeys.size(); i++) {
                    postings[i] = byKey.get(fuzzyKeys.get(i));
                }
                fuzzy.complete(new Fuzzy(new FuzzyNames(fuzzyKeys), postings));
            } catch (RuntimeException | Error e) {
                fuzzy.completeExceptionally(e);
            }
        }, "sitrep-actor-fst");
        compile.setDaemon(true);
        compile.start();
    }

    /** "IS", "UN", "NATO": one short word in capitals, which only text in capitals matches ("TONY BLAIR" is no acronym). */
    private static boolean isAcronym(String name) {
        if (name.length() > 6) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (Character.isLowerCase(ch) || Character.isWhitespace(ch)) {
                return false;
            }
            letter |= Character.isLetter(ch);
        }
        return letter;
    }

    /** Adds {@code i} to the postings of {@code key} (once: rows are indexed in order, so a repeat is the last one). */
    private static void post(Map<String, int[]> postings, String key, int i) {
        int[] at = postings.get(key);
        if (at == null) {
            postings.put(key, new int[] {i});
        } else if (at[at.length - 1] != i) {
            int[] grown = Arrays.copyOf(at, at.length + 1);
            grown[at.length] = i;
            postings.put(key, grown);
        }
    }

    private static Map<String, int[]> frozen(Map<String, List<Integer>> m) {
        Map<String, int[]> out = new HashMap<>(m.size() * 2);
        m.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    /** Role key ("prime minister") → persons who ever held a role it fits; the titles come from titles.tsv. */
    private Map<String, int[]> roleIndex() {
        Titles titles = Titles.bundled();
        Set<String> roleKeys = new LinkedHashSet<>();
        titles.references().forEach(r -> roleKeys.addAll(r.roles()));
        Map<String, List<Integer>> m = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            for (Role r : e.roles()) {
                for (String key : roleKeys) {
                    if (titles.fits(r.title(), key)) {
                        List<Integer> at = m.computeIfAbsent(key, x -> new ArrayList<>());
                        if (!at.contains(i)) {
                            at.add(i);
                        }
                    }
                }
            }
        }
        return frozen(m);
    }

    /** The rows skipped while loading, each as "file:line: what is wrong; row skipped". */
    public List<String> problems() {
        return problems;
    }

    /** How many actors the dictionary holds. */
    public int size() {
        return entries.size();
    }

    /** The actor with this id; empty when there is none. */
    public Optional<Entry> byId(String id) {
        Integer i = byId.get(id);
        return i == null ? Optional.empty() : Optional.of(entries.get(i));
    }

    /** The actor with this id; throws naming the id when there is none. */
    public Entry get(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("No actor with id '" + id + "'"));
    }

    /**
     * Exact name or alias (case, accents, hyphens and Arabic articles aside). When several share it, an actor whose own
     * name it is beats one that has it as an alias ("Quds Force" is the Quds Force, not an alias of the Revolutionary
     * Guard); then the first loaded.
     */
    public Optional<Entry> find(String name) {
        List<Entry> all = findAll(name);
        if (all.size() > 1) {
            String key = Names.key(name);
            for (Entry e : all) {
                if (Names.key(e.name()).equals(key)) {
                    return Optional.of(e);
                }
            }
        }
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Every actor with this exact name or alias, in load order. */
    public List<Entry> findAll(String name) {
        int[] at = byKey.get(Names.key(name));
        if (at == null) {
            at = byKey.get(Names.keyWithoutArticles(name));
        }
        return at == null ? List.of() : of(at);
    }

    /** Every actor whose name or alias has this key (see {@link Names#key}); for the text scan. */
    List<Entry> byKey(String key) {
        int[] at = byKey.get(key);
        return at == null ? List.of() : of(at);
    }

    /** Whether some name's key starts with this word; prunes the text scan. */
    boolean startsName(String firstWordKey) {
        return firstWords.contains(firstWordKey);
    }

    /** Whether every name with this key is written in capitals ("IS", "UN"): the text must then be too. */
    boolean isAcronymKey(String key) {
        return acronyms.contains(key);
    }

    /**
     * Whether a name of several words may be one edit in one word from a known name: its first or its last word must
     * then be the first or last word of some name. Spares the automaton for most unknown names.
     */
    boolean mayBeNear(String key) {
        int space = key.indexOf(' ');
        return space < 0 || firstWords.contains(key.substring(0, space)) || lastWords.contains(Names.lastWord(key));
    }

    /** Words in the longest name. */
    int longestName() {
        return longestName;
    }

    /** Persons with this surname (the last word of a name or alias, Arabic articles aside). */
    public List<Entry> withSurname(String surname) {
        int[] at = bySurname.get(Names.lastWord(Names.keyWithoutArticles(surname)));
        return at == null ? List.of() : of(at);
    }

    /** Persons holding on {@code day} a role that {@code roleKey} ("prime minister") fits. */
    public List<Entry> holders(String roleKey, LocalDate day) {
        int[] at = byRole.get(roleKey);
        if (at == null || day == null) {
            return List.of();
        }
        Titles titles = Titles.bundled();
        List<Entry> out = new ArrayList<>();
        for (int i : at) {
            Entry e = entries.get(i);
            if (e.roles().stream().anyMatch(r -> r.heldOn(day) && titles.fits(r.title(), roleKey))) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * Names a few edits from {@code name} that start with its first letter, through the FST: one edit for names of
     * 5 letters or more, two from 10; shorter names only match exactly. Nearest first; exact matches (distance 0)
     * included.
     */
    public List<Near> near(String name) {
        return near(name, 2);
    }

    /** {@link #near(String)} with at most {@code maxEdits} edits. */
    public List<Near> near(String name, int maxEdits) {
        return near(name, maxEdits, 1);
    }

    /** {@link #near(String, int)} with the first {@code prefix} characters of the name's key as written. */
    List<Near> near(String name, int maxEdits, int prefix) {
        String key = Names.key(name);
        int letters = key.replace(" ", "").length();
        int edits = Math.min(maxEdits, letters >= 10 ? 2 : letters >= 5 ? 1 : 0);
        List<Near> out = new ArrayList<>();
        if (edits <= 0) {
            return out;
        }
        Fuzzy f = fuzzy.join();
        for (FuzzyNames.Hit h : f.names().near(key, edits, Math.max(prefix, 1))) {
            for (int i : f.postings()[h.ordinal()]) {
                out.add(new Near(entries.get(i), h.key(), h.distance()));
            }
        }
        return out;
    }

    /**
     * A person by a name as written: exact first, then a lone surname only one person has, then a full name one or
     * two edits away in one word ("Kamal Harris" → Kamala Harris). Empty when nothing or more than one person fits.
     * Context-free: {@link ActorResolver} weighs the article before it accepts a surname or a misspelling.
     */
    public Optional<Entry> findPerson(String name) {
        List<Entry> exact = findAll(name).stream().filter(e -> e.type() == ActorType.PERSON).toList();
        if (!exact.isEmpty()) {
            return exact.size() == 1 ? Optional.of(exact.get(0)) : Optional.empty();
        }
        String key = Names.keyWithoutArticles(name);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        if (key.indexOf(' ') < 0) {
            List<Entry> s = withSurname(key);
            return s.size() == 1 ? Optional.of(s.get(0)) : Optional.empty();
        }
        List<Entry> close = closePersons(name);
        return close.size() == 1 ? Optional.of(close.get(0)) : Optional.empty();
    }

    /**
     * Persons whose full name is the written one misspelled in one word: same number of words, every other word
     * equal, the nearest distance only. "Kamal Harris" → [Kamala Harris]; "Kevin Harris" → []. One word differs, so
     * either the last word is misspelt and the words before it are as written (one small branch of the index), or
     * the last word is as written and the person is one of that surname; no walk of the whole index. Two edits
     * (names of 10 letters or more) are tried only when one finds nobody.
     */
    List<Entry> closePersons(String written) {
        String key = Names.key(written);
        String[] words = key.split(" ");
        if (words.length < 2 || !mayBeNear(key)) {
            return List.of();
        }
        int letters = key.replace(" ", "").length();
        int most = letters >= 10 ? 2 : letters >= 5 ? 1 : 0;
        String before = key.substring(0, key.lastIndexOf(' ') + 1);
        String last = words[words.length - 1];
        Fuzzy f = most > 0 ? fuzzy.join() : null;
        for (int edits = 1; edits <= most; edits++) {
            List<Near> found = new ArrayList<>();
            for (FuzzyNames.Hit h : f.names().nearWithPrefix(key, edits, before)) {
                for (int i : f.postings()[h.ordinal()]) {
                    found.add(new Near(entries.get(i), h.key(), h.distance()));
                }
            }
            for (Entry e : withSurname(last)) {
                for (String name : names(e)) {
                    String k = Names.key(name);
                    if (Names.lastWord(k).equals(last)) {
                        int d = Names.distance(key, k, edits);
                        if (d <= edits) {
                            found.add(new Near(e, k, d));
                        }
                    }
                }
            }
            List<Entry> best = nearest(found, words);
            if (!best.isEmpty()) {
                return best;
            }
        }
        return List.of();
    }

    private static List<String> names(Entry e) {
        List<String> out = new ArrayList<>(e.aliases().size() + 1);
        out.add(e.name());
        out.addAll(e.aliases());
        return out;
    }

    /** The persons among {@code found} whose name differs from {@code words} in one word, at the nearest distance. */
    private static List<Entry> nearest(List<Near> found, String[] words) {
        List<Entry> best = new ArrayList<>();
        int bestDistance = Integer.MAX_VALUE;
        for (Near n : found) {
            if (n.distance() == 0 || n.entry().type() != ActorType.PERSON || !oneWordDiffers(words, n.key().split(" "))) {
                continue;
            }
            if (n.distance() < bestDistance) {
                best.clear();
                bestDistance = n.distance();
            }
            if (n.distance() == bestDistance && !best.contains(n.entry())) {
                best.add(n.entry());
            }
        }
        return best;
    }

    private static boolean oneWordDiffers(String[] a, String[] b) {
        if (a.length != b.length) {
            return false;
        }
        int differ = 0;
        for (int i = 0; i < a.length; i++) {
            if (!a[i].equals(b[i])) {
                differ++;
                if (Math.min(a[i].length(), b[i].length()) < 4) {
                    return false; // "Al Gore" is not "Ed Gore"
                }
            }
        }
        return differ == 1;
    }

    private List<Entry> of(int[] at) {
        List<Entry> out = new ArrayList<>(at.length);
        for (int i : at) {
            out.add(entries.get(i));
        }
        return out;
    }
}
