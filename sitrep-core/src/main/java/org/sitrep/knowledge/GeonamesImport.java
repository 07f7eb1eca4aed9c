package org.sitrep.knowledge;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Turns GeoNames dumps into Sitrep's gazetteer (the places format of {@code docs/knowledge.md}). Each input file is
 * recognised by its content, not its name:
 * <ul>
 *   <li>the main table ({@code cities15000}, {@code cities500}, {@code allCountries}: 19 columns, geonameid first):
 *       populated places of at least {@link Options#minPopulation()}, and from {@code allCountries} also the points
 *       of countries, first-level regions, continents, seas and other named features;</li>
 *   <li>{@code admin1CodesASCII} (code "CC.NN", name, ASCII name, geonameid): first-level regions;</li>
 *   <li>{@code countryInfo} (ISO, ISO3, ISO-Numeric, …, geonameid): countries, and their ISO codes for
 *       {@link CountryCodes};</li>
 *   <li>{@code alternateNames} (optional; alternateNameId, geonameid, language, name, …): extra names in English or
 *       without a language, for the places kept;</li>
 *   <li>a JSON object of translations by geonameid ({@code {"3041565": {"en": "…"}}}): English names as aliases.</li>
 * </ul>
 * Where no point is given for a country or a region (the city tables have none), its point is the mean of its
 * places' points, a rough centroid the curated {@code places.tsv} corrects. Malformed rows are reported with file and
 * line and skipped. Names kept are Latin-script; all-capital codes of three letters or fewer (airport codes) are
 * dropped as aliases, since they collide with abbreviations in text.
 */
public final class GeonamesImport {
    /** What to keep. */
    public record Options(long minPopulation) {
        public static Options defaults() {
            return new Options(15000);
        }
    }

    /** Counts for one input file. */
    public record FileCount(String file, String kind, int read, int kept, int skipped) {}

    /**
     * What an import did.
     *
     * @param countryCodes the ISO codes of the countries of {@code countryInfo}, in its order (numeric empty where
     *                     GeoNames gives none), for {@link CountryCodes#write}
     */
    public record Result(int countries, int regions, int places, int features, List<FileCount> files, List<String> problems,
            List<CountryCodes.Country> countryCodes) {
        public int skipped() {
            return files.stream().mapToInt(FileCount::skipped).sum();
        }
    }

    private static final class Place {
        final long id;
        String name;
        final Set<String> aliases = new LinkedHashSet<>();
        double lat = Double.NaN;
        double lon = Double.NaN;
        String country = "";
        String kind;
        String code;
        String admin1 = "";
        long population;

        Place(long id, String kind, String code) {
            this.id = id;
            this.kind = kind;
            this.code = code;
        }

        boolean located() {
            return !Double.isNaN(lat);
        }
    }

    private final Options options;
    private final Map<String, Place> countriesByIso = new LinkedHashMap<>();
    private final Map<String, Place> regionsByCode = new LinkedHashMap<>();
    private final Map<Long, Place> places = new LinkedHashMap<>();
    /** Points of countries, regions and features found in a main table, by geonameid, applied at the end. */
    private final Map<Long, Place> featureRows = new HashMap<>();
    private final Map<Long, Place> byId = new HashMap<>();
    private final List<FileCount> counts = new ArrayList<>();
    private final List<CountryCodes.Country> countryCodes = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final List<Path> deferred = new ArrayList<>();

    public GeonamesImport(Options options) {
        this.options = options;
    }

    /** Reads the files (in an order that lets names attach to places whatever order they are given in) and builds. */
    public Result run(List<Path> files, OutputStream gzippedOut) throws IOException {
        List<Path> tables = new ArrayList<>();
        for (Path f : files) {
            String kind = sniff(f);
            switch (kind) {
                case "countryInfo" -> readCountryInfo(f);
                case "admin1" -> readAdmin1(f);
                case "table" -> tables.add(f);
                case "alternateNames", "translations" -> deferred.add(f);
                default -> {
                    problems.add(f + ": not a GeoNames file Sitrep knows (main table, admin1CodesASCII, countryInfo, "
                            + "alternateNames, or country translations JSON); skipped");
                    counts.add(new FileCount(f.toString(), "unknown", 0, 0, 1));
                }
            }
        }
        for (Path f : tables) {
            readTable(f);
        }
        for (Path f : deferred) {
            if (sniff(f).equals("translations")) {
                readTranslations(f);
            } else {
                readAlternateNames(f);
            }
        }
        if (tables.isEmpty() && countriesByIso.isEmpty()) {
            throw new IllegalArgumentException("no GeoNames main table and no countryInfo among the files: nothing to build a gazetteer from");
        }
        applyFeaturePoints();
        locateByMean();
        return write(gzippedOut);
    }

    static String sniff(Path f) throws IOException {
        try (BufferedReader in = open(f)) {
            String line;
            int seen = 0;
            while ((line = in.readLine()) != null && seen < 50) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                seen++;
                if (line.stripLeading().startsWith("{")) {
                    return "translations";
                }
                String[] c = line.split("\t", -1);
                if (c.length >= 17 && c.length <= 20 && c[0].matches("\\d+") && c[6].matches("[A-Z]?")) {
                    return "table";
                }
                if (c.length >= 16 && c[0].matches("[A-Z]{2}") && c[1].matches("[A-Z]{3}")) {
                    return "countryInfo";
                }
                if (c.length == 4 && c[0].matches("[A-Z]{2}\\.\\w+") && c[3].matches("\\d+")) {
                    return "admin1";
                }
                if (c.length >= 4 && c.length <= 10 && c[0].matches("\\d+") && c[1].matches("\\d+")) {
                    return "alternateNames";
                }
                return "unknown";
            }
        }
        return "unknown";
    }

    private static BufferedReader open(Path f) throws IOException {
        InputStream in = Files.newInputStream(f);
        if (f.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    /** What became of one row. */
    private enum Outcome { KEPT, SKIPPED, IGNORED }

    /** Reads one row's cells; {@code where} ("file:line: ") prefixes any problem it reports. */
    private interface RowReader {
        Outcome read(String[] cells, String where);
    }

    /** Every data row of a tab-separated file (comments and blank lines aside), counted per outcome. */
    private void eachRow(Path f, String kind, RowReader reader) throws IOException {
        int read = 0;
        int kept = 0;
        int skipped = 0;
        try (BufferedReader in = open(f)) {
            String line;
            int no = 0;
            while ((line = in.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                read++;
                switch (reader.read(line.split("\t", -1), f + ":" + no + ": ")) {
                    case KEPT -> kept++;
                    case SKIPPED -> skipped++;
                    default -> { }
                }
            }
        }
        counts.add(new FileCount(f.toString(), kind, read, kept, skipped));
    }

    private Outcome skip(String problem) {
        problems.add(problem);
        return Outcome.SKIPPED;
    }

    private void readCountryInfo(Path f) throws IOException {
        eachRow(f, "countryInfo", (c, where) -> {
            if (c.length < 17 || !c[0].matches("[A-Z]{2}") || !c[1].matches("[A-Z]{3}") || !c[16].matches("\\d{1,18}") || c[4].isBlank()) {
                return skip(where + "expected ISO codes, name and geonameid in 17+ columns; skipped");
            }
            // GeoNames writes 0 where a country has no ISO numeric code (Kosovo).
            String numeric = c[2].matches("\\d{1,3}") && Integer.parseInt(c[2]) > 0 ? "0".repeat(3 - c[2].length()) + c[2] : "";
            countryCodes.add(new CountryCodes.Country(numeric, c[0], c[1], c[4].strip()));
            Place p = new Place(Long.parseLong(c[16]), "country", "PCLI");
            p.name = c[4].strip();
            p.country = c[0];
            p.population = parseLong(c[7]);
            countriesByIso.put(c[0], p);
            byId.put(p.id, p);
            return Outcome.KEPT;
        });
    }

    private void readAdmin1(Path f) throws IOException {
        eachRow(f, "admin1", (c, where) -> {
            if (c.length != 4 || !c[0].matches("[A-Z]{2}\\.\\w+") || !c[3].matches("\\d{1,18}") || c[1].isBlank()) {
                return skip(where + "expected code, name, ASCII name, geonameid; skipped");
            }
            Place p = new Place(Long.parseLong(c[3]), "admin1", "ADM1");
            p.name = c[1].strip();
            addAlias(p, c[2]);
            p.country = c[0].substring(0, 2);
            regionsByCode.put(c[0], p);
            byId.put(p.id, p);
            return Outcome.KEPT;
        });
    }

    private void readTable(Path f) throws IOException {
        eachRow(f, "table", (c, where) -> {
            if (c.length < 17 || !c[0].matches("\\d{1,18}")) {
                return skip(where + "expected 19 tab-separated columns with the geonameid first; skipped");
            }
            double lat;
            double lon;
            try {
                lat = Double.parseDouble(c[4]);
                lon = Double.parseDouble(c[5]);
            } catch (NumberFormatException e) {
                return skip(where + "bad coordinates '" + c[4] + "," + c[5] + "'; skipped");
            }
            if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) { // NaN too
                return skip(where + "coordinates out of range '" + c[4] + "," + c[5] + "'; skipped");
            }
            return keep(c, lat, lon) ? Outcome.KEPT : Outcome.IGNORED;
        });
    }

    /** Keeps a main-table row as a place, or as the point of a country, region or feature. */
    private boolean keep(String[] c, double lat, double lon) {
        long id = Long.parseLong(c[0]);
        String fclass = c[6];
        String fcode = c[7];
        long population = parseLong(c[14]);
        String kind = switch (fclass) {
            case "P" -> population >= options.minPopulation() || fcode.equals("PPLC") ? "city" : null;
            case "A" -> fcode.startsWith("PCL") ? "country" : fcode.equals("ADM1") ? "admin1" : null;
            case "L" -> fcode.equals("CONT") ? "continent" : fcode.equals("RGN") ? "region" : null;
            case "H" -> Set.of("SEA", "OCN", "GULF", "STRT", "BAY", "LK").contains(fcode) ? "water" : null;
            default -> null;
        };
        if (kind == null) {
            return false;
        }
        Place p = new Place(id, kind, fcode);
        p.name = c[1].strip();
        p.lat = lat;
        p.lon = lon;
        p.country = c[8];
        p.population = population;
        addAlias(p, c[2]);
        for (String alt : c[3].split(",")) {
            addAlias(p, alt);
        }
        if (kind.equals("city")) {
            Place region = regionsByCode.get(c[8] + "." + c[10]);
            p.admin1 = region == null ? "" : region.name;
            places.put(id, p);
            byId.put(id, p);
        } else {
            featureRows.put(id, p);
        }
        return true;
    }

    private void applyFeaturePoints() {
        for (Place row : featureRows.values()) {
            Place known = byId.get(row.id);
            if (known != null) {
                known.lat = row.lat;
                known.lon = row.lon;
                known.aliases.addAll(row.aliases);
                known.population = Math.max(known.population, row.population);
            } else if (!row.kind.equals("country") && !row.kind.equals("admin1")) {
                places.put(row.id, row);
                byId.put(row.id, row);
            }
        }
    }

    /** Countries and regions without a point of their own get the mean of their places' points. */
    private void locateByMean() {
        Map<String, double[]> byRegion = new HashMap<>();
        Map<String, double[]> byCountry = new HashMap<>();
        Map<String, Place> regionByName = new HashMap<>();
        regionsByCode.values().forEach(r -> regionByName.put(r.country + "\t" + r.name, r));
        for (Place p : places.values()) {
            if (!p.kind.equals("city")) {
                continue;
            }
            accumulate(byCountry, p.country, p);
            accumulate(byRegion, p.country + "\t" + p.admin1, p);
            Place r = regionByName.get(p.country + "\t" + p.admin1);
            if (r != null && !r.located()) {
                r.population += p.population;
            }
        }
        for (Place r : regionsByCode.values()) {
            double[] s = byRegion.get(r.country + "\t" + r.name);
            if (!r.located() && s != null) {
                r.lat = s[0] / s[2];
                r.lon = s[1] / s[2];
            }
        }
        for (Place c : countriesByIso.values()) {
            double[] s = byCountry.get(c.country);
            if (!c.located() && s != null) {
                c.lat = s[0] / s[2];
                c.lon = s[1] / s[2];
            }
        }
    }

    private static void accumulate(Map<String, double[]> sums, String key, Place p) {
        double[] s = sums.computeIfAbsent(key, k -> new double[3]);
        s[0] += p.lat;
        s[1] += p.lon;
        s[2] += 1;
    }

    private void readAlternateNames(Path f) throws IOException {
        eachRow(f, "alternateNames", (c, where) -> {
            if (c.length < 4 || !c[1].matches("\\d{1,18}")) {
                return skip(where + "expected id, geonameid, language, name; skipped");
            }
            Place p = byId.get(Long.parseLong(c[1]));
            boolean historic = c.length > 7 && "1".equals(c[7]);
            boolean english = c[2].isEmpty() || c[2].equals("en") || c[2].equals("abbr");
            return p != null && !historic && english && addAlias(p, c[3]) ? Outcome.KEPT : Outcome.IGNORED;
        });
    }

    private void readTranslations(Path f) throws IOException {
        int read = 0;
        int kept = 0;
        int skippedEntries = 0;
        try (InputStream raw = f.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(f)) : Files.newInputStream(f);
                JsonParser json = new ObjectMapper().getFactory().createParser(raw)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                problems.add(f + ": expected a JSON object of translations by geonameid; skipped");
                counts.add(new FileCount(f.toString(), "translations", 0, 0, 1));
                return;
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String id = json.currentName();
                json.nextToken();
                read++;
                if (json.currentToken() != JsonToken.START_OBJECT) {
                    problems.add(f + ": the entry for '" + id + "' is not an object of names by language; skipped");
                    json.skipChildren();
                    skippedEntries++;
                    continue;
                }
                Map<?, ?> names = json.readValueAs(Map.class);
                Place p = id.matches("\\d{1,18}") ? byId.get(Long.parseLong(id)) : null;
                if (p != null && names.get("en") instanceof String en && addAlias(p, en)) {
                    kept++;
                }
            }
        }
        counts.add(new FileCount(f.toString(), "translations", read, kept, skippedEntries));
    }

    /** Adds a Latin-script alias that is not the name already; false when it was not added. */
    static boolean addAlias(Place p, String alias) {
        String a = alias == null ? "" : alias.strip();
        if (a.isEmpty() || a.length() > 60 || a.equals(p.name) || !latin(a) || a.matches("[A-Z0-9]{1,3}") || a.matches(".*\\d.*")) {
            return false;
        }
        return p.aliases.add(a);
    }

    /** Letters all Latin (marks, spaces, hyphens, apostrophes and dots allowed). */
    static boolean latin(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letter = true;
                if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
                    return false;
                }
            } else if (!(Character.isWhitespace(cp) || Character.getType(cp) == Character.NON_SPACING_MARK || "-'’.,()".indexOf(cp) >= 0)) {
                return false;
            }
        }
        return letter;
    }

    private static long parseLong(String s) {
        try {
            return s == null || s.isBlank() ? 0 : Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private Result write(OutputStream gzippedOut) throws IOException {
        int countries = 0;
        int regions = 0;
        int cities = 0;
        int features = 0;
        TreeMap<Long, Place> sorted = new TreeMap<>();
        countriesByIso.values().forEach(p -> sorted.put(p.id, p));
        regionsByCode.values().forEach(p -> sorted.put(p.id, p));
        places.values().forEach(p -> sorted.put(p.id, p));
        GZIPOutputStream gz = new GZIPOutputStream(gzippedOut, 1 << 16);
        Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(gz, StandardCharsets.UTF_8), 1 << 16);
        w.write("# Sitrep gazetteer generated by `sitrep import geonames` from GeoNames (geonames.org, CC BY 4.0); format in docs/knowledge.md\n");
        w.write("# id\tname\taliases\tlat\tlon\tcountry\tkind\tfeature code\tadmin1\tpopulation\tdemonyms\n");
        Map<String, Integer> unlocated = new TreeMap<>();
        for (Place p : sorted.values()) {
            if (!p.located()) {
                unlocated.merge(p.kind, 1, Integer::sum);
                continue;
            }
            p.aliases.remove(p.name);
            w.write("geonames:" + p.id + '\t' + clean(p.name) + '\t' + String.join("|", p.aliases.stream().map(GeonamesImport::clean).toList()) + '\t'
                    + String.format(Locale.ROOT, "%.5f\t%.5f", p.lat, p.lon) + '\t' + p.country + '\t' + p.kind + '\t' + p.code + '\t'
                    + clean(p.admin1) + '\t' + p.population + "\t\n");
            switch (p.kind) {
                case "country" -> countries++;
                case "admin1" -> regions++;
                case "city" -> cities++;
                default -> features++;
            }
        }
        w.flush();
        gz.finish();
        unlocated.forEach((kind, n) -> problems.add(n + " " + (kind.equals("admin1") ? "first-level regions" : kind + " rows")
                + " have no point (no main-table row of their own and none of their places in the input) and are left out"));
        return new Result(countries, regions, cities, features, List.copyOf(counts), List.copyOf(problems), List.copyOf(countryCodes));
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('|', '/').replace('\n', ' ');
    }
}
