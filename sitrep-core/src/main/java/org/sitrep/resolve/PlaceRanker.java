package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.EntityType;

/**
 * Chooses among a name's gazetteer candidates in the context of one article. A candidate's score adds a prior (kind,
 * capital, population; the place's own name over a rare alternate name) and the support the article gives it: a
 * qualifier right after the name ("Rafah, Gaza Strip", "Paris, Texas"), its country or first-level region named
 * elsewhere in the article (the outlet's country counting as one mention), closeness to the article's unambiguous
 * places. Evidence is counted per distinct name, so a name repeated ten times does not outvote the rest, and a name
 * never supports itself. The confidence is the winner's share of the candidates' exponentiated scores.
 *
 * <p>A tagged location the gazetteer does not know, or knows only under a generic head it lacks ("Laurel County"
 * when only towns called Laurel are known), is placed at the article's focus region when the article has one (a
 * first-level region that most of its places lie in), with a low confidence: local news names villages no gazetteer
 * of cities holds.
 */
final class PlaceRanker {
    /** The place chosen for a name and how sure the choice is. */
    record Choice(Gazetteer.Entry entry, double confidence) {}

    static final double COUNTRY_WEIGHT = 2.0;
    static final double COUNTRY_CAP = 3.0;
    static final double REGION_WEIGHT = 2.0;
    static final double REGION_CAP = 2.0;
    static final double FOCUS_CONFIDENCE = 0.2;
    private static final java.util.Set<String> GENERIC_NAMES = org.sitrep.internal.Tsv.bundled(PlaceRanker.class, "generic-place-names.tsv", in -> {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (org.sitrep.internal.Tsv.Row row : org.sitrep.internal.Tsv.read("generic-place-names.tsv", in)) {
            words.add(Gazetteer.key(row.cells()[0]));
        }
        return java.util.Set.copyOf(words);
    });
    /** The kinds of place a generic head names ("Anbar province" is a region, "Harir base" a site). */
    private static final Map<String, Set<String>> HEAD_KINDS = Map.ofEntries(
            Map.entry("air base", Set.of("site")), Map.entry("airbase", Set.of("site")), Map.entry("base", Set.of("site")),
            Map.entry("camp", Set.of("site", "district")), Map.entry("crossing", Set.of("site")), Map.entry("border crossing", Set.of("site")),
            Map.entry("city", Set.of("city")), Map.entry("town", Set.of("city")), Map.entry("village", Set.of("city")),
            Map.entry("province", Set.of("admin1", "admin2")), Map.entry("governorate", Set.of("admin1")), Map.entry("region", Set.of("admin1", "region")),
            Map.entry("state", Set.of("admin1")), Map.entry("oblast", Set.of("admin1")), Map.entry("county", Set.of("admin2")), Map.entry("parish", Set.of("admin2")),
            Map.entry("district", Set.of("admin2", "district")));

    private final String text;
    private final Map<String, Double> countries = new HashMap<>();
    private final Map<String, Double> regions = new HashMap<>();
    private final Map<String, Gazetteer.Entry> regionEntries = new HashMap<>();
    /** What each distinct name contributed, so that a name can be scored without its own support. */
    private final Map<String, Map<String, Double>> countryByName = new HashMap<>();
    private final Map<String, Map<String, Double>> regionByName = new HashMap<>();
    private final List<double[]> anchors = new ArrayList<>();
    private final List<PlaceResolver.Candidate> all;
    private final Gazetteer.Entry focus;
    private final Gazetteer gazetteer;

    PlaceRanker(String text, List<PlaceResolver.Candidate> candidates) {
        this(text, candidates, null, null);
    }

    /**
     * {@code outletCountry}: the ISO alpha-2 code of the outlet's country, counted as one mention of it, or null;
     * {@code gazetteer}: where the focus region is looked up when the article does not name it, or null.
     */
    PlaceRanker(String text, List<PlaceResolver.Candidate> candidates, String outletCountry, Gazetteer gazetteer) {
        this.text = text;
        this.gazetteer = gazetteer;
        this.all = candidates;
        if (outletCountry != null) {
            countries.put(outletCountry, 1.0);
        }
        Map<String, List<PlaceResolver.Candidate>> byName = new LinkedHashMap<>();
        for (PlaceResolver.Candidate c : candidates) {
            if (!c.entries().isEmpty()) {
                byName.computeIfAbsent(Gazetteer.key(c.mention().span().text()), k -> new ArrayList<>()).add(c);
            }
        }
        byName.forEach((name, mentions) -> {
            List<Gazetteer.Entry> es = mentions.get(0).entries();
            double weight = Math.min(2.0, 1.0 + 0.25 * (mentions.size() - 1));
            Map<String, Double> cs = new HashMap<>();
            Map<String, Double> rs = new HashMap<>();
            for (Gazetteer.Entry e : es) {
                double share = 1.0 / es.size();
                if (e.place().country() != null) {
                    cs.merge(e.place().country(), share, Double::sum);
                }
                String region = regionKey(e);
                if (region != null) {
                    rs.merge(region, share, Double::sum);
                    if (e.kind().equals("admin1")) {
                        regionEntries.putIfAbsent(region, e);
                    }
                }
            }
            Map<String, Double> cOut = new HashMap<>();
            cs.forEach((k, v) -> cOut.put(k, weight * (v >= 0.99 ? 1.0 : v * 0.5)));
            Map<String, Double> rOut = new HashMap<>();
            rs.forEach((k, v) -> {
                if (v >= 0.99) {
                    rOut.put(k, weight);
                }
            });
            cOut.forEach((k, v) -> countries.merge(k, v, Double::sum));
            rOut.forEach((k, v) -> regions.merge(k, v, Double::sum));
            countryByName.put(name, cOut);
            regionByName.put(name, rOut);
            if (es.size() == 1) {
                Gazetteer.Entry e = es.get(0);
                if (!e.kind().equals("continent") && !e.kind().equals("water") && !e.kind().equals("region") && !e.isCountry()) {
                    anchors.add(new double[] {e.place().lat(), e.place().lon()});
                }
            }
        });
        refine(byName);
        this.focus = focus();
    }

    /**
     * One round of agreement: each ambiguous name is resolved with the evidence of the others, and its evidence then
     * counts for the place chosen instead of being shared out ("Columbus" becomes Columbus, Ohio, which then speaks
     * for Ohio when "Dublin" is resolved).
     */
    private void refine(Map<String, List<PlaceResolver.Candidate>> byName) {
        Map<String, Gazetteer.Entry> chosen = new HashMap<>();
        Map<String, Double> sure = new HashMap<>();
        byName.forEach((name, mentions) -> {
            List<Gazetteer.Entry> es = mentions.get(0).entries();
            if (es.size() < 2) {
                return;
            }
            double[] scores = new double[es.size()];
            int best = 0;
            for (int i = 0; i < es.size(); i++) {
                scores[i] = weak(es.get(i), name) ? Double.NEGATIVE_INFINITY : score(es.get(i), name, null);
                if (scores[i] > scores[best]) {
                    best = i;
                }
            }
            if (scores[best] == Double.NEGATIVE_INFINITY) {
                return;
            }
            double sum = 0;
            for (double sc : scores) {
                sum += sc == Double.NEGATIVE_INFINITY ? 0 : Math.exp(sc - scores[best]);
            }
            chosen.put(name, es.get(best));
            sure.put(name, 1.0 / sum);
        });
        chosen.forEach((name, e) -> {
            double weight = Math.min(2.0, 1.0 + 0.25 * (byName.get(name).size() - 1)) * sure.get(name);
            Map<String, Double> cOut = new HashMap<>();
            Map<String, Double> rOut = new HashMap<>();
            if (e.place().country() != null) {
                cOut.put(e.place().country(), weight);
            }
            String region = regionKey(e);
            if (region != null) {
                rOut.put(region, weight);
                if (e.kind().equals("admin1")) {
                    regionEntries.putIfAbsent(region, e);
                }
            }
            countryByName.getOrDefault(name, Map.of()).forEach((k, v) -> countries.merge(k, -v, Double::sum));
            regionByName.getOrDefault(name, Map.of()).forEach((k, v) -> regions.merge(k, -v, Double::sum));
            cOut.forEach((k, v) -> countries.merge(k, v, Double::sum));
            rOut.forEach((k, v) -> regions.merge(k, v, Double::sum));
            countryByName.put(name, cOut);
            regionByName.put(name, rOut);
            if (sure.get(name) > 0.5 && e.kind().equals("city")) {
                anchors.add(new double[] {e.place().lat(), e.place().lon()});
            }
        });
    }

    /** The first-level region a place lies in (or is), as "CC\tkey", or null. */
    private static String regionKey(Gazetteer.Entry e) {
        String region = e.regionName();
        return region == null || e.place().country() == null ? null : e.place().country() + "\t" + Gazetteer.key(region);
    }

    /** The region most of the article's places lie in, when one clearly leads and the gazetteer has it. */
    private Gazetteer.Entry focus() {
        double total = 0;
        String best = null;
        for (Map.Entry<String, Double> r : regions.entrySet()) {
            total += r.getValue();
            if (best == null || r.getValue() > regions.get(best)) {
                best = r.getKey();
            }
        }
        if (best == null || regions.get(best) < 2.0 || regions.get(best) < 0.5 * total) {
            return null;
        }
        Gazetteer.Entry named = regionEntries.get(best);
        if (named != null || gazetteer == null) {
            return named;
        }
        // Its places name the region though the article does not ("Omaha", "Lincoln": Nebraska).
        String[] cc = best.split("\t", 2);
        return gazetteer.region(cc[0], cc[1]).orElse(null);
    }

    Optional<Choice> choose(PlaceResolver.Candidate c) {
        List<Gazetteer.Entry> es = c.entries();
        String name = c.mention().span().text();
        String key = Gazetteer.key(name);
        boolean located = c.mention().type() == EntityType.LOCATION && c.tagged();
        if (es.isEmpty()) {
            return located && focus != null ? Optional.of(new Choice(focus, FOCUS_CONFIDENCE)) : Optional.empty();
        }
        String stripped = Gazetteer.stripGeneric(key);
        if (stripped != null && es.stream().noneMatch(e -> named(e, key))) {
            // "Ain al-Asad base" is the base; "Laurel County" found only as towns called Laurel is a town of that name
            // in the focus region, else the region itself.
            Set<String> kinds = HEAD_KINDS.getOrDefault(key.substring(stripped.length() + 1), Set.of());
            List<Gazetteer.Entry> fit = es.stream().filter(e -> kinds.contains(e.kind())).toList();
            if (fit.isEmpty() && focus != null) {
                fit = es.stream().filter(e -> key(regionKey(e)).equals(key(regionKey(focus)))).toList();
            }
            if (!fit.isEmpty()) {
                es = fit;
            } else {
                return located && focus != null ? Optional.of(new Choice(focus, FOCUS_CONFIDENCE)) : Optional.empty();
            }
        }
        if (es.size() == 1 && !weak(es.get(0), key)) {
            return Optional.of(new Choice(es.get(0), 1.0));
        }
        List<Gazetteer.Entry> strong = es.stream().filter(e -> !weak(e, key)).toList();
        if (strong.isEmpty()) {
            return located && focus != null && !GENERIC_NAMES.contains(key) ? Optional.of(new Choice(focus, FOCUS_CONFIDENCE)) : Optional.empty();
        }
        Gazetteer.Entry qualifier = qualifierAfter(c);
        double[] scores = new double[strong.size()];
        int best = 0;
        for (int i = 0; i < strong.size(); i++) {
            scores[i] = score(strong.get(i), key, qualifier);
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        double sum = 0;
        for (double s : scores) {
            sum += Math.exp(s - scores[best]);
        }
        return Optional.of(new Choice(strong.get(best), 1.0 / sum));
    }

    private static String key(String s) {
        return s == null ? "" : s;
    }

    private static boolean named(Gazetteer.Entry e, String key) {
        if (Gazetteer.key(e.place().name()).equals(key)) {
            return true;
        }
        for (String a : e.aliases()) {
            if (Gazetteer.key(a).equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** Country evidence for {@code cc} from names other than {@code key}. */
    private double countryEvidence(String cc, String key) {
        double own = countryByName.getOrDefault(key, Map.of()).getOrDefault(cc, 0.0);
        return countries.getOrDefault(cc, 0.0) - own;
    }

    private double regionEvidence(String region, String key) {
        double own = regionByName.getOrDefault(key, Map.of()).getOrDefault(region, 0.0);
        return regions.getOrDefault(region, 0.0) - own;
    }

    private boolean weak(Gazetteer.Entry e, String key) {
        return weakAlias(e, key) || weakGeneric(e, key);
    }

    /** A region or city named by a plain word ("Central", "Lakes") in a country no other name of the article supports. */
    private boolean weakGeneric(Gazetteer.Entry e, String key) {
        if (!GENERIC_NAMES.contains(key) || e.curated() && !e.kind().equals("admin1") && !e.kind().equals("city")) {
            return false;
        }
        String cc = e.place().country();
        return cc == null || countryEvidence(cc, key) < 0.99;
    }

    /**
     * A city known by this name only as an alternate name that is not a transliteration of its own (a translation
     * such as "White House" for Casablanca, a former name such as "Franklin" for El Paso), unless other names of the
     * article support both its country and its region: too weak to place anything on.
     */
    private boolean weakAlias(Gazetteer.Entry e, String key) {
        if (!e.kind().equals("city") || e.curated()) {
            return false;
        }
        String primary = Gazetteer.key(e.place().name());
        if (primary.equals(key)) {
            return false;
        }
        int max = Math.max(2, (int) (0.4 * Math.max(key.length(), primary.length())));
        if (Names.distance(key, primary, max) <= max) {
            return false; // a transliteration ("Khan Younis" / "Khan Yunis"), not a translation
        }
        String cc = e.place().country();
        String region = regionKey(e);
        return cc == null || countryEvidence(cc, key) < 0.99 || region != null && regionEvidence(region, key) < 0.99;
    }

    private double score(Gazetteer.Entry e, String key, Gazetteer.Entry qualifier) {
        double s = prior(e);
        if (!Gazetteer.key(e.place().name()).equals(key)) {
            s -= 1.0; // an alternate name: "Reading" is the town in Berkshire before it is a Wakefield alias
        }
        String cc = e.place().country();
        if (qualifier != null && qualifier != e) {
            boolean sameCountry = cc != null && cc.equals(qualifier.place().country());
            boolean inRegion = qualifier.kind().equals("admin1") && e.place().admin1() != null && qualifier.regionName() != null
                    && Gazetteer.key(e.place().admin1()).equals(Gazetteer.key(qualifier.regionName()));
            if (inRegion) {
                s += 8;
            } else if (sameCountry && (qualifier.isCountry() || qualifier.kind().equals("admin1"))) {
                s += qualifier.isCountry() ? 6 : 2;
            }
        }
        if (cc != null) {
            s += COUNTRY_WEIGHT * Math.min(COUNTRY_CAP, countryEvidence(cc, key));
        }
        String region = regionKey(e);
        if (region != null) {
            s += REGION_WEIGHT * Math.min(REGION_CAP, regionEvidence(region, key));
        }
        if (!anchors.isEmpty() && e.kind().equals("city")) {
            double nearest = Double.MAX_VALUE;
            for (double[] a : anchors) {
                double d = org.sitrep.model.Place.km(a[0], a[1], e.place().lat(), e.place().lon());
                if (d > 1) { // not itself
                    nearest = Math.min(nearest, d);
                }
            }
            s += nearest < 300 ? 1.0 : nearest < 1000 ? 0.5 : 0;
        }
        return s;
    }

    /** Kind, capital and size before any context: a country, then continents and seas, capitals, regions, cities. */
    static double prior(Gazetteer.Entry e) {
        double pop = Math.log10(Math.max(10, e.population()));
        return switch (e.kind()) {
            case "country" -> 8;
            case "continent", "water", "region" -> 7;
            case "admin1" -> 2.5 + pop / 3;
            case "city" -> (e.featureCode().equals("PPLC") ? 3.5 : e.featureCode().equals("PPLA") ? 1 : 0) + pop / 2;
            case "site", "district" -> 3;
            default -> 2 + pop / 3;
        } + (e.curated() ? 0.5 : 0);
    }

    /** The place named right after ", " ("Rafah, Gaza Strip", "Paris, Tenn."), if any. */
    private Gazetteer.Entry qualifierAfter(PlaceResolver.Candidate c) {
        int end = c.mention().span().end();
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != ',') {
            return null;
        }
        int next = i + 1;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        for (PlaceResolver.Candidate o : all) {
            if (o.mention().span().start() == next && !o.entries().isEmpty()) {
                for (Gazetteer.Entry e : o.entries()) {
                    if (e.isCountry() || e.kind().equals("admin1") || e.kind().equals("region")) {
                        return e;
                    }
                }
                return null;
            }
        }
        return null;
    }
}
