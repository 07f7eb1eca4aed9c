package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses among a name's gazetteer candidates in the context of one article. A candidate's score adds a prior (kind,
 * capital, population; the place's own name over a rare alternate name) and the support the article gives it: a
 * qualifier right after the name ("Rafah, Gaza Strip", "Paris, Texas"), its country or first-level region named
 * elsewhere in the article (the outlet's country counting as one mention), closeness to the article's unambiguous
 * places. The confidence is the winner's share of
 * the candidates' exponentiated scores.
 */
final class PlaceRanker {
    /** The place chosen for a name and how sure the choice is. */
    record Choice(Gazetteer.Entry entry, double confidence) {}

    private final String text;
    private final Map<String, Double> countries = new HashMap<>();
    private final Map<String, Double> regions = new HashMap<>();
    private final List<double[]> anchors = new ArrayList<>();
    private final List<PlaceResolver.Candidate> all;

    PlaceRanker(String text, List<PlaceResolver.Candidate> candidates) {
        this(text, candidates, null);
    }

    /** {@code outletCountry}: the ISO alpha-2 code of the outlet's country, counted as one mention of it, or null. */
    PlaceRanker(String text, List<PlaceResolver.Candidate> candidates, String outletCountry) {
        this.text = text;
        this.all = candidates;
        if (outletCountry != null) {
            countries.put(outletCountry, 1.0);
        }
        for (PlaceResolver.Candidate c : candidates) {
            List<Gazetteer.Entry> es = c.entries();
            if (es.isEmpty()) {
                continue;
            }
            // Evidence is what every candidate of a name agrees on, shared out when they disagree.
            Map<String, Double> cs = new HashMap<>();
            for (Gazetteer.Entry e : es) {
                if (e.place().country() != null) {
                    cs.merge(e.place().country(), 1.0 / es.size(), Double::sum);
                }
            }
            cs.forEach((k, v) -> countries.merge(k, v >= 0.99 ? 1.0 : v * 0.5, Double::sum));
            if (es.size() == 1) {
                Gazetteer.Entry e = es.get(0);
                if (e.kind().equals("admin1")) {
                    regions.merge(e.place().country() + "\t" + Gazetteer.key(e.place().name()), 1.0, Double::sum);
                } else if (e.place().admin1() != null) {
                    regions.merge(e.place().country() + "\t" + Gazetteer.key(e.place().admin1()), 1.0, Double::sum);
                }
                if (!e.kind().equals("continent") && !e.kind().equals("water") && !e.kind().equals("region")) {
                    anchors.add(new double[] {e.place().lat(), e.place().lon()});
                }
            }
        }
    }

    Optional<Choice> choose(PlaceResolver.Candidate c) {
        List<Gazetteer.Entry> es = c.entries();
        if (es.isEmpty()) {
            return Optional.empty();
        }
        String name = c.mention().span().text();
        if (es.size() == 1 && !weakAlias(es.get(0), name)) {
            return Optional.of(new Choice(es.get(0), 1.0));
        }
        if (es.stream().allMatch(e -> weakAlias(e, name))) {
            return Optional.empty();
        }
        Gazetteer.Entry qualifier = qualifierAfter(c);
        String key = Gazetteer.key(c.mention().span().text());
        double[] scores = new double[es.size()];
        int best = 0;
        for (int i = 0; i < es.size(); i++) {
            scores[i] = score(es.get(i), key, qualifier);
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        double sum = 0;
        for (double s : scores) {
            sum += Math.exp(s - scores[best]);
        }
        return Optional.of(new Choice(es.get(best), 1.0 / sum));
    }

    private double score(Gazetteer.Entry e, String key, Gazetteer.Entry qualifier) {
        double s = prior(e);
        if (!Gazetteer.key(e.place().name()).equals(key)) {
            s -= 1.0; // an alternate name: "Reading" is the town in Berkshire before it is a Wakefield alias
        }
        String cc = e.place().country();
        if (qualifier != null && qualifier != e) {
            boolean sameCountry = cc != null && cc.equals(qualifier.place().country());
            boolean inRegion = qualifier.kind().equals("admin1") && e.place().admin1() != null
                    && Gazetteer.key(e.place().admin1()).equals(Gazetteer.key(qualifier.place().name()));
            if (inRegion) {
                s += 6;
            } else if (sameCountry && (qualifier.isCountry() || qualifier.kind().equals("admin1"))) {
                s += qualifier.isCountry() ? 5 : 2;
            }
        }
        if (cc != null) {
            s += 1.5 * Math.min(3.0, countries.getOrDefault(cc, 0.0));
        }
        String region = e.kind().equals("admin1") ? e.place().name() : e.place().admin1();
        if (region != null) {
            s += 2.0 * Math.min(2.0, regions.getOrDefault(cc + "\t" + Gazetteer.key(region), 0.0));
        }
        if (!anchors.isEmpty() && e.kind().equals("city")) {
            double nearest = Double.MAX_VALUE;
            for (double[] a : anchors) {
                nearest = Math.min(nearest, km(a[0], a[1], e.place().lat(), e.place().lon()));
            }
            s += nearest < 50 ? 0 : nearest < 300 ? 1.0 : nearest < 1000 ? 0.5 : 0;
        }
        return s;
    }

    /**
     * A city known by this name only as an alternate name (a translation such as "White House" for Casablanca), in a
     * country the article does not otherwise name: too weak to place anything on.
     */
    private boolean weakAlias(Gazetteer.Entry e, String name) {
        if (!e.kind().equals("city") || e.curated()) {
            return false;
        }
        String key = Gazetteer.key(name);
        if (Gazetteer.key(e.place().name()).equals(key)) {
            return false;
        }
        String primary = Gazetteer.key(e.place().name());
        int max = Math.max(2, (int) (0.4 * Math.max(key.length(), primary.length())));
        if (Names.distance(key, primary, max) <= max) {
            return false; // a transliteration ("Khan Younis" / "Khan Yunis"), not a translation
        }
        String cc = e.place().country();
        return cc == null || countries.getOrDefault(cc, 0.0) < 1.5;
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

    /** The place named right after ", " ("Rafah, Gaza Strip") or in "of X" after a generic noun, if any. */
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
                Gazetteer.Entry q = o.entries().get(0);
                return q.isCountry() || q.kind().equals("admin1") || q.kind().equals("region") ? q : pickQualifier(o.entries());
            }
        }
        return null;
    }

    private static Gazetteer.Entry pickQualifier(List<Gazetteer.Entry> es) {
        for (Gazetteer.Entry e : es) {
            if (e.isCountry() || e.kind().equals("admin1")) {
                return e;
            }
        }
        return null;
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double r = 6371.0088;
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * r * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
