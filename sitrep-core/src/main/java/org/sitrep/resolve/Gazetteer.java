package org.sitrep.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.sitrep.internal.Tsv;
import org.sitrep.model.Place;

/**
 * Places by name, alias and demonym: the gazetteer {@code sitrep import geonames} generates, with the team's curated
 * {@code places.tsv} and any user files merged over it by id (format in {@code docs/knowledge.md}). Lookups go through
 * a hash index of folded names (case, accents, apostrophes, hyphens and a leading "the" ignored), never a scan.
 * Immutable once loaded.
 */
public final class Gazetteer {
    /**
     * A gazetteer place.
     *
     * @param iso3       the ISO alpha-3 code for countries, else null
     * @param population 0 when unknown
     * @param curated    true when a curated or user file defined or touched this place
     * @param regionName the first-level region this place is in, or for a region the name its places give it (the
     *                   name it was first loaded under, so a later file may rename "Washington" to "Washington State"
     *                   and Seattle still lies in it); null when none
     */
    public record Entry(Place place, String iso3, String featureCode, long population, List<String> aliases, List<String> demonyms,
            boolean curated, String regionName) {
        public String kind() {
            return place.kind();
        }

        public boolean isCountry() {
            return iso3 != null;
        }
    }

    /** A loaded gazetteer and the rows it had to skip ("file:line: reason"). */
    public record Loaded(Gazetteer gazetteer, List<String> problems) {}

    private static final Set<String> KINDS = Set.of("country", "admin1", "admin2", "city", "district", "site", "region", "continent", "water", "feature");
    private static final String BUNDLED_GAZETTEER = "gazetteer.tsv.gz";
    private static final String BUNDLED_PLACES = "places.tsv";
    private static volatile Gazetteer bundled;

    private final List<Entry> entries;
    private final Map<String, int[]> byName;
    private final Map<String, int[]> byDemonym;
    private final Map<String, Entry> byId;
    private final Map<String, Entry> countriesByIso2;
    private final Map<String, Entry> regionsByKey = new HashMap<>();
    private final int longestName;

    /** The bundled gazetteer with the curated places (loaded once per JVM). */
    public static Gazetteer bundled() {
        Gazetteer g = bundled;
        if (g == null) {
            synchronized (Gazetteer.class) {
                if (bundled == null) {
                    Loaded l = load(null, List.of());
                    if (!l.problems().isEmpty()) {
                        throw new IllegalStateException("bundled places have malformed rows: " + l.problems().get(0));
                    }
                    bundled = l.gazetteer();
                }
                g = bundled;
            }
        }
        return g;
    }

    /**
     * Loads {@code gazetteer} (or the bundled one when null), then the bundled curated places, then {@code placeFiles}
     * in order. Unreadable files throw; malformed rows are skipped and listed.
     */
    public static Loaded load(Path gazetteer, List<Path> placeFiles) {
        if (placeFiles == null) {
            throw new IllegalArgumentException("The parameter 'placeFiles' must not be null.");
        }
        Builder b = new Builder();
        try {
            if (gazetteer == null) {
                try (InputStream in = resource(BUNDLED_GAZETTEER)) {
                    b.read(BUNDLED_GAZETTEER, new GZIPInputStream(in, 1 << 16), false);
                }
            } else {
                try (InputStream in = open(gazetteer)) {
                    b.read(gazetteer.toString(), in, false);
                }
            }
            try (InputStream in = resource(BUNDLED_PLACES)) {
                b.read(BUNDLED_PLACES, in, true);
            }
            for (Path p : placeFiles) {
                try (InputStream in = open(p)) {
                    b.read(p.toString(), in, true);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        return new Loaded(b.build(), List.copyOf(b.problems));
    }

    /** A gazetteer of one places-format stream only, read as a generated gazetteer (tests, tools). */
    public static Loaded of(String name, InputStream tsv) throws IOException {
        Builder b = new Builder();
        b.read(name, tsv, false);
        return new Loaded(b.build(), List.copyOf(b.problems));
    }

    private static InputStream resource(String name) {
        InputStream in = Gazetteer.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the class path");
        }
        return in;
    }

    private static InputStream open(Path p) throws IOException {
        InputStream in = Files.newInputStream(p);
        return p.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private Gazetteer(List<Entry> entries) {
        this.entries = entries;
        Map<String, List<Integer>> names = new HashMap<>(entries.size() * 4);
        Map<String, List<Integer>> demonyms = new HashMap<>();
        Map<String, Entry> ids = new HashMap<>(entries.size() * 2);
        Map<String, Entry> iso2 = new HashMap<>();
        int longest = 1;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            ids.put(e.place().id(), e);
            if (e.isCountry()) {
                iso2.putIfAbsent(e.place().country(), e);
            }
            if (e.kind().equals("admin1") && e.place().country() != null && e.regionName() != null) {
                regionsByKey.putIfAbsent(e.place().country() + "\t" + key(e.regionName()), e);
            }
            Set<String> keys = new LinkedHashSet<>();
            keys.add(key(e.place().name()));
            e.aliases().forEach(a -> keys.add(dotted(a) ? key(a) + "." : key(a)));
            for (String k : keys) {
                if (!k.isEmpty()) {
                    add(names, k, i);
                    longest = Math.max(longest, Names.words(k));
                }
            }
            for (String d : e.demonyms()) {
                add(demonyms, key(d), i);
            }
        }
        this.byName = freeze(names);
        this.byDemonym = freeze(demonyms);
        this.byId = ids;
        this.countriesByIso2 = iso2;
        this.longestName = Math.min(longest, 8);
    }

    private static void add(Map<String, List<Integer>> map, String key, int i) {
        List<Integer> l = map.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!l.contains(i)) {
            l.add(i);
        }
    }

    /** Postings as int arrays, the most populous place first (curated places before generated ones of equal size). */
    private Map<String, int[]> freeze(Map<String, List<Integer>> map) {
        Comparator<Integer> order = Comparator.comparingLong((Integer i) -> -entries.get(i).population())
                .thenComparing(i -> !entries.get(i).curated());
        Map<String, int[]> out = new HashMap<>(map.size() * 4 / 3 + 1);
        for (Map.Entry<String, List<Integer>> e : map.entrySet()) {
            List<Integer> v = e.getValue();
            if (v.size() > 1) {
                v.sort(order);
            }
            int[] ids = new int[v.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = v.get(i);
            }
            out.put(e.getKey(), ids);
        }
        return out;
    }

    /**
     * The index key of a name: lower case, accents and apostrophes dropped, other non-letters (hyphens, dots) as
     * spaces, a final possessive "'s" and a leading "the" dropped, spaces collapsed. "Khan-Younis" = "khan younis",
     * "U.S." = "u s", "Iraq's" = "iraq".
     */
    public static String key(String name) {
        String s = name.endsWith("'s") || name.endsWith("’s") ? name.substring(0, name.length() - 2) : name;
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        if (!ascii) {
            s = Normalizer.normalize(s, Normalizer.Form.NFD);
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\'' || c == '’' || c == '`' || c == 'ʼ' || c == 'ʻ') {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        int len = b.length();
        if (len > 0 && b.charAt(len - 1) == ' ') {
            b.setLength(--len);
        }
        String k = b.toString();
        return k.startsWith("the ") ? k.substring(4) : k;
    }

    /**
     * An abbreviation written with a final dot ("Kan.", "W.Va.") is its own key, so that it matches only where the
     * text has the dot too: "Miss." is Mississippi, "Miss" a title.
     */
    private static boolean dotted(String alias) {
        String a = alias.strip();
        return a.endsWith(".") && a.length() <= 8;
    }

    /** Every place a name may refer to, most populous first; empty when none. */
    public List<Entry> candidates(String name) {
        if (name == null) {
            throw new IllegalArgumentException("The parameter 'name' must not be null.");
        }
        int[] ids = dotted(name) ? byName.get(key(name) + ".") : null;
        if (ids == null) {
            ids = byName.get(key(name));
        }
        if (ids == null && name.indexOf('.') > 0 && name.length() <= 8) {
            ids = byName.get(key(name) + "."); // "U.S" where the sentence's full stop took the abbreviation's last dot
        }
        if (ids == null) {
            return List.of();
        }
        List<Entry> out = new ArrayList<>(ids.length);
        boolean capitals = isAcronym(name);
        String k = key(name);
        for (int i : ids) {
            Entry e = entries.get(i);
            // An acronym ("ACT", "UAE") matches only in capitals: "the Act" is no Australian territory.
            if (capitals || !acronymOnly(e, k)) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * The place a name most likely refers to without context: a country first, then the most populous candidate
     * ("Ain al-Asad base" finds the base; "Anbar province" finds Anbar). Empty when unknown.
     */
    public Optional<Entry> find(String name) {
        List<Entry> direct = candidates(name);
        String stripped = direct.isEmpty() ? stripGeneric(key(name)) : null;
        List<Entry> c = stripped == null ? direct : candidates(stripped);
        return c.stream().filter(Entry::isCountry).findFirst().or(() -> c.stream().findFirst());
    }

    /** The generic head a name may carry ("anbar province" → "anbar"), or null. */
    static String stripGeneric(String key) {
        for (String g : GENERIC) {
            if (key.length() > g.length() + 1 && key.endsWith(" " + g)) {
                return key.substring(0, key.length() - g.length() - 1);
            }
        }
        return null;
    }

    private static final List<String> GENERIC = List.of("air base", "airbase", "base", "city", "province", "governorate", "region",
            "district", "state", "oblast", "county", "parish", "camp", "border crossing", "crossing", "town", "village");

    private static boolean isAcronym(String s) {
        String letters = s.replace(".", "");
        return letters.length() >= 2 && letters.length() <= 5 && letters.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    /** Every name of {@code e} with this key is an acronym written in capitals. */
    private static boolean acronymOnly(Entry e, String k) {
        if (key(e.place().name()).equals(k) && !isAcronym(e.place().name())) {
            return false;
        }
        for (String a : e.aliases()) {
            if (key(a).equals(k) && !isAcronym(a)) {
                return false;
            }
        }
        return true;
    }

    /** The country of a demonym or adjective ("Iraqi" → Iraq); also continents and regions ("European"). */
    public Optional<Entry> country(String demonym) {
        int[] ids = byDemonym.get(key(demonym));
        return ids == null ? Optional.empty() : Optional.of(entries.get(ids[0]));
    }

    /** The country with this ISO alpha-2 code. */
    public Optional<Entry> countryOf(String iso2) {
        return iso2 == null ? Optional.empty() : Optional.ofNullable(countriesByIso2.get(iso2));
    }

    /** The first-level region of {@code iso2} that places name {@code regionName} ("US", "Nebraska"). */
    public Optional<Entry> region(String iso2, String regionName) {
        return Optional.ofNullable(regionsByKey.get(iso2 + "\t" + key(regionName)));
    }

    /** A place by id ("geonames:99237"). */
    public Optional<Entry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** How many words the longest name has (at most 8); bounds the text scan. */
    public int longestName() {
        return longestName;
    }

    public int size() {
        return entries.size();
    }

    /** Reads places-format rows and merges them by id. */
    private static final class Builder {
        final Map<String, MutableEntry> rows = new LinkedHashMap<>();
        final List<String> problems = new ArrayList<>();

        void read(String name, InputStream in, boolean curated) throws IOException {
            for (Tsv.Row row : Tsv.read(name, in)) {
                String[] c = row.cells();
                if (c.length < 7 || c.length > 11) {
                    problems.add(row.where() + "expected 7 to 11 tab-separated columns, found " + c.length + "; skipped");
                    continue;
                }
                String[] f = row.padded(11);
                double lat;
                double lon;
                try {
                    lat = Double.parseDouble(f[3]);
                    lon = Double.parseDouble(f[4]);
                } catch (NumberFormatException e) {
                    problems.add(row.where() + "bad coordinates '" + f[3] + "', '" + f[4] + "'; skipped");
                    continue;
                }
                if (lat < -90 || lat > 90 || lon < -180 || lon > 180 || Double.isNaN(lat) || Double.isNaN(lon)) {
                    problems.add(row.where() + "coordinates out of range '" + f[3] + "', '" + f[4] + "'; skipped");
                    continue;
                }
                if (f[0].isBlank() || f[1].isBlank()) {
                    problems.add(row.where() + "id and name are required; skipped");
                    continue;
                }
                if (f[5] != null && !f[5].isBlank() && !f[5].strip().matches("[A-Z]{2}")) {
                    problems.add(row.where() + "country '" + f[5] + "' is not an ISO 3166 alpha-2 code; skipped");
                    continue;
                }
                if (!KINDS.contains(f[6])) {
                    problems.add(row.where() + "unknown kind '" + f[6] + "' (one of " + String.join(", ", new java.util.TreeSet<>(KINDS)) + "); skipped");
                    continue;
                }
                long population = 0;
                if (f[9] != null && !f[9].isBlank()) {
                    try {
                        population = Long.parseLong(f[9].strip());
                    } catch (NumberFormatException e) {
                        problems.add(row.where() + "bad population '" + f[9] + "'; skipped");
                        continue;
                    }
                }
                MutableEntry m = rows.get(f[0]);
                if (m == null) {
                    m = new MutableEntry(f[0]);
                    rows.put(f[0], m);
                }
                m.merge(f, lat, lon, population, curated);
            }
        }

        Gazetteer build() {
            List<Entry> entries = new ArrayList<>(rows.size());
            rows.values().forEach(m -> entries.add(m.toEntry()));
            return new Gazetteer(entries);
        }
    }

    private static final class MutableEntry {
        final String id;
        String name;
        String firstName;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> demonyms = new LinkedHashSet<>();
        double lat;
        double lon;
        String country = "";
        String kind;
        String code = "";
        String admin1 = "";
        long population;
        boolean curated;

        MutableEntry(String id) {
            this.id = id;
        }

        void merge(String[] f, double lat, double lon, long population, boolean curated) {
            // A later file may rename a place ("Basra" the governorate → "Basra Governorate", so that the bare name is
            // the city's); the old name is dropped unless the later row lists it again.
            name = f[1].strip();
            if (firstName == null) {
                firstName = name;
            }
            addAll(aliases, f[2]);
            this.lat = lat;
            this.lon = lon;
            if (f[5] != null && !f[5].isBlank()) {
                country = f[5].strip();
            }
            kind = f[6];
            if (f[7] != null && !f[7].isBlank()) {
                code = f[7].strip();
            }
            if (f[8] != null && !f[8].isBlank()) {
                admin1 = f[8].strip();
            }
            if (population > 0) {
                this.population = population;
            }
            addAll(demonyms, f[10]);
            this.curated |= curated;
        }

        private static void addAll(Set<String> to, String cell) {
            if (cell == null || cell.isEmpty()) {
                return;
            }
            int from = 0;
            while (from <= cell.length()) {
                int bar = cell.indexOf('|', from);
                String one = (bar < 0 ? cell.substring(from) : cell.substring(from, bar)).strip();
                if (!one.isEmpty()) {
                    to.add(one);
                }
                if (bar < 0) {
                    break;
                }
                from = bar + 1;
            }
        }

        Entry toEntry() {
            aliases.remove(name);
            String iso3 = null;
            if (kind.equals("country") && !country.isEmpty()) {
                try {
                    iso3 = new Locale("", country).getISO3Country();
                } catch (MissingResourceException e) {
                    iso3 = country.equals("XK") ? "XKX" : country + "X";
                }
            }
            Place p = new Place(id, name, lat, lon, country.isEmpty() ? null : country, kind, admin1.isEmpty() ? null : admin1,
                    population, 1.0);
            String region = kind.equals("admin1") ? firstName : admin1.isEmpty() ? null : admin1;
            return new Entry(p, iso3, code, population, List.copyOf(aliases), List.copyOf(demonyms), curated, region);
        }
    }

    @Override
    public String toString() {
        return "Gazetteer[" + entries.size() + " places, " + byName.size() + " names, " + byDemonym.size() + " demonyms]";
    }

    /** For diagnostics: the names indexed. */
    int names() {
        return byName.size();
    }

    static List<String> split(String s) {
        return Arrays.asList(s.split("\\|"));
    }
}
