package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Geocoding scores over gold toponyms, as the geoparsing literature reports them (Gritta et al., "What's missing in
 * geographical parsing?" and "A pragmatic guide to geoparsing evaluation"). Each scorable gold toponym gets an error in
 * kilometres (great-circle, haversine); an unresolved one counts as wrong and as {@value #UNRESOLVED_KM} km (half the
 * Earth's circumference, the largest error possible) in the mean, the median and the AUC.
 * <ul>
 *   <li>With gold spans ({@link #add(GoldToponym, Optional)}): every gold toponym is given to the geocoder.</li>
 *   <li>End to end ({@link #addDocument(List, List)}): predicted toponyms are matched one to one to gold toponyms by
 *       character overlap; a gold toponym no prediction matched is unresolved. TP for "placed" = matched and within
 *       {@value #ACCURACY_KM} km; "found" ignores the distance. A prediction matched to a gold toponym without
 *       coordinates is neither counted nor held against the system.</li>
 * </ul>
 * Not thread-safe; one scorer per system and corpus.
 */
public final class GeoScorer {
    /** The accuracy radius: 161 km, 100 miles. */
    public static final double ACCURACY_KM = 161;
    /** The error an unresolved toponym counts as. */
    public static final double UNRESOLVED_KM = 20039;

    /** A geocoder's answer: the place's name and coordinates. */
    public record Guess(String name, double lat, double lon) {}

    /**
     * A predicted toponym of the end-to-end task: a character range of the article and the place it was resolved to
     * (null when the system named a place it gave no coordinates for: matched, but scored as unresolved).
     */
    public record Predicted(int start, int end, Guess guess) {}

    /** A scorable gold toponym that was not placed within {@value #ACCURACY_KM} km; {@code guess} is null when unresolved. */
    public record Miss(GoldToponym gold, Guess guess, double km) {}

    /** Misses grouped by phrase, gold coordinates and guessed name, most frequent first. */
    public record MissCount(Miss example, int count) {}

    private final List<Double> errors = new ArrayList<>();
    private final List<Miss> misses = new ArrayList<>();
    private int resolved;
    private int predicted;
    private int matched;
    private int placed;

    /** Haversine great-circle distance in km between two points given in degrees (the model's one formula). */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        return org.sitrep.model.Place.km(lat1, lon1, lat2, lon2);
    }

    /** Scores the geocoder's answer for one gold toponym (gold spans given); one without coordinates is ignored. */
    public void add(GoldToponym gold, Optional<Guess> guess) {
        if (gold == null || guess == null) {
            throw new IllegalArgumentException("The parameters 'gold' and 'guess' must not be null.");
        }
        if (!gold.scorable()) {
            return;
        }
        double km = guess.map(g -> km(gold.lat(), gold.lon(), g.lat(), g.lon())).orElse(UNRESOLVED_KM);
        errors.add(km);
        if (guess.isPresent()) {
            resolved++;
        }
        if (guess.isEmpty() || km > ACCURACY_KM) {
            misses.add(new Miss(gold, guess.orElse(null), km));
        }
    }

    /**
     * Scores one article end to end: pairs of (gold, prediction) sharing a character are matched one to one, the pairs
     * with the longest overlap first (then the closer starts, then text order); each scorable gold toponym is then
     * scored as by {@link #add} with its matched prediction's guess, or unresolved.
     */
    public void addDocument(List<GoldToponym> gold, List<Predicted> predictions) {
        if (gold == null || predictions == null) {
            throw new IllegalArgumentException("The parameters 'gold' and 'predictions' must not be null.");
        }
        List<int[]> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predictions.size(); p++) {
                GoldToponym t = gold.get(g);
                Predicted q = predictions.get(p);
                if (t.overlaps(q.start(), q.end())) {
                    int overlap = Math.min(t.end(), q.end()) - Math.max(t.start(), q.start());
                    pairs.add(new int[] {g, p, overlap, Math.abs(t.start() - q.start())});
                }
            }
        }
        pairs.sort(Comparator.<int[]>comparingInt(a -> -a[2]).thenComparingInt(a -> a[3]).thenComparingInt(a -> a[0]).thenComparingInt(a -> a[1]));
        Predicted[] matchOf = new Predicted[gold.size()];
        boolean[] used = new boolean[predictions.size()];
        int onUnscorable = 0;
        for (int[] pair : pairs) {
            if (matchOf[pair[0]] == null && !used[pair[1]]) {
                matchOf[pair[0]] = predictions.get(pair[1]);
                used[pair[1]] = true;
                if (!gold.get(pair[0]).scorable()) {
                    onUnscorable++;
                }
            }
        }
        predicted += predictions.size() - onUnscorable;
        for (int g = 0; g < gold.size(); g++) {
            GoldToponym t = gold.get(g);
            if (!t.scorable()) {
                continue;
            }
            Optional<Guess> guess = Optional.ofNullable(matchOf[g]).map(Predicted::guess);
            add(t, guess);
            if (matchOf[g] != null) {
                matched++;
            }
            if (guess.isPresent() && errors.get(errors.size() - 1) <= ACCURACY_KM) {
                placed++;
            }
        }
    }

    /** Scorable gold toponyms scored. */
    public int scored() {
        return errors.size();
    }

    /** Scored toponyms the geocoder gave any place (end to end: that a prediction matched). */
    public int resolved() {
        return resolved;
    }

    /** Share of scored toponyms resolved at all. */
    public double coverage() {
        return errors.isEmpty() ? 0 : (double) resolved / errors.size();
    }

    /** Share of scored toponyms placed within {@value #ACCURACY_KM} km (accuracy@161). */
    public double accuracy() {
        return errors.isEmpty() ? 0 : (double) errors.stream().filter(e -> e <= ACCURACY_KM).count() / errors.size();
    }

    public double meanKm() {
        return errors.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    public double medianKm() {
        if (errors.isEmpty()) {
            return 0;
        }
        double[] e = sorted();
        int n = e.length;
        return n % 2 == 1 ? e[n / 2] : (e[n / 2 - 1] + e[n / 2]) / 2;
    }

    /**
     * Area under the curve of the sorted errors on a log scale, normalised to [0, 1] (Gritta et al.): the trapezoidal
     * integral of ln(1 + error) over the sorted errors, divided by (n − 1)·ln({@value #UNRESOLVED_KM}). Lower is better;
     * a single error gives ln(1 + error) / ln(20039).
     */
    public double auc() {
        if (errors.isEmpty()) {
            return 0;
        }
        double[] e = sorted();
        double max = Math.log(UNRESOLVED_KM);
        if (e.length == 1) {
            return Math.log1p(e[0]) / max;
        }
        double area = 0;
        for (int i = 0; i + 1 < e.length; i++) {
            area += (Math.log1p(e[i]) + Math.log1p(e[i + 1])) / 2;
        }
        return area / ((e.length - 1) * max);
    }

    /** End to end: TP = matched and within {@value #ACCURACY_KM} km, over predictions and scorable gold toponyms. */
    public Score placed() {
        return new Score(placed, predicted, errors.size());
    }

    /** End to end: TP = matched, whatever the distance. */
    public Score found() {
        return new Score(matched, predicted, errors.size());
    }

    /** Every scored toponym not placed within {@value #ACCURACY_KM} km, in the order scored. */
    public List<Miss> misses() {
        return List.copyOf(misses);
    }

    /**
     * The {@code n} most frequent misses, grouped by phrase, gold coordinates (to 0.01°) and guessed name; ties in the
     * order first seen.
     */
    public List<MissCount> topMisses(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("The parameter 'n' must not be negative, got " + n);
        }
        Map<String, MissCount> groups = new LinkedHashMap<>();
        for (Miss m : misses) {
            String key = String.format(Locale.ROOT, "%s|%.2f|%.2f|%s", m.gold().phrase(), m.gold().lat(), m.gold().lon(),
                    m.guess() == null ? "" : m.guess().name());
            groups.merge(key, new MissCount(m, 1), (a, b) -> new MissCount(a.example(), a.count() + 1));
        }
        List<MissCount> all = new ArrayList<>(groups.values());
        all.sort(Comparator.comparingInt(MissCount::count).reversed());
        return all.subList(0, Math.min(n, all.size()));
    }

    private double[] sorted() {
        double[] e = errors.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(e);
        return e;
    }
}
