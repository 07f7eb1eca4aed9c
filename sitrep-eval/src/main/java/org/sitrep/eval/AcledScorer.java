package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.model.Place;

/**
 * Scores one predicted event per ACLED row (the article's main event, or none) against the row: event type and
 * sub-event type (accuracy, and macro-F1 over the sub-event classes of the gold rows), the two actor categories (a
 * blank category is no actor), the country, the location (within {@link #NEAR_KM} km of the row's point; no point is a
 * miss) and the fatalities (exact).
 */
public final class AcledScorer {
    /** A location this close to the gold point counts as right. */
    public static final double NEAR_KM = 25;

    /**
     * What a system says about a row.
     *
     * @param actor2     the second actor's category, or null for none
     * @param country    the event's country name, or null
     * @param lat        latitude of the event's place, or null when it has none
     * @param fatalities killed, 0 when none stated
     */
    public record Predicted(String eventType, String subEventType, String actor1, String actor2, String country, Double lat, Double lon,
                            int fatalities) {}

    /** What is scored per row. */
    public enum Field { TYPE, SUB_EVENT, ACTOR1, ACTOR2, COUNTRY, LOCATION, FATALITIES }

    /** A row a field was missed on; {@code predicted} is null when the system predicted nothing. */
    public record Miss(AcledRecord gold, Predicted predicted) {}

    private int rows;
    private int predicted;
    private int type;
    private int subType;
    private int actor1;
    private int actor2;
    private int country;
    private int located;
    private int fatalities;
    private final Map<String, int[]> perClass = new TreeMap<>(); // tp, predicted, gold
    private final Map<Field, List<Miss>> misses = new java.util.EnumMap<>(Field.class);

    /** Scores {@code p} (null: the system predicted nothing) against {@code gold}. */
    public void add(AcledRecord gold, Predicted p) {
        rows++;
        perClass.computeIfAbsent(gold.subEventType(), k -> new int[3])[2]++;
        if (p == null) {
            for (Field f : Field.values()) {
                missed(f, gold, null);
            }
            return;
        }
        predicted++;
        type += hit(Field.TYPE, same(gold.eventType(), p.eventType()), gold, p);
        boolean sub = same(gold.subEventType(), p.subEventType());
        subType += hit(Field.SUB_EVENT, sub, gold, p);
        if (p.subEventType() != null) {
            perClass.computeIfAbsent(p.subEventType(), k -> new int[3])[1]++;
            if (sub) {
                perClass.get(p.subEventType())[0]++;
            }
        }
        actor1 += hit(Field.ACTOR1, same(gold.inter1(), p.actor1()), gold, p);
        actor2 += hit(Field.ACTOR2, same(gold.inter2(), p.actor2()), gold, p);
        country += hit(Field.COUNTRY, same(gold.country(), p.country()), gold, p);
        boolean near = p.lat() != null && p.lon() != null && Place.km(gold.lat(), gold.lon(), p.lat(), p.lon()) <= NEAR_KM;
        located += hit(Field.LOCATION, near, gold, p);
        fatalities += hit(Field.FATALITIES, gold.fatalities() == p.fatalities(), gold, p);
    }

    private int hit(Field f, boolean right, AcledRecord gold, Predicted p) {
        if (!right) {
            missed(f, gold, p);
        }
        return right ? 1 : 0;
    }

    private void missed(Field f, AcledRecord gold, Predicted p) {
        misses.computeIfAbsent(f, k -> new ArrayList<>()).add(new Miss(gold, p));
    }

    /** Blank and null are both "none"; otherwise case-insensitive equality. */
    private static boolean same(String gold, String predicted) {
        String g = gold == null || gold.isBlank() ? null : gold.strip();
        String p = predicted == null || predicted.isBlank() ? null : predicted.strip();
        return g == null ? p == null : p != null && g.equalsIgnoreCase(p);
    }

    public int rows() {
        return rows;
    }

    /** Rows with a prediction. */
    public int predicted() {
        return predicted;
    }

    public double typeAccuracy() {
        return ratio(type);
    }

    public double subTypeAccuracy() {
        return ratio(subType);
    }

    public double actor1Accuracy() {
        return ratio(actor1);
    }

    public double actor2Accuracy() {
        return ratio(actor2);
    }

    public double countryAccuracy() {
        return ratio(country);
    }

    /** Rows located within {@link #NEAR_KM} km. */
    public double locationAccuracy() {
        return ratio(located);
    }

    /** Rows with a prediction whose fatalities equal the gold; a row with no prediction is a miss. */
    public double fatalityAccuracy() {
        return ratio(fatalities);
    }

    /** The mean F1 over the sub-event classes that occur in the gold rows. */
    public double subTypeMacroF1() {
        double sum = 0;
        int n = 0;
        for (int[] c : perClass.values()) {
            if (c[2] > 0) {
                sum += new Score(c[0], c[1], c[2]).f1();
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    /** Per sub-event class: true positives, predicted, gold. */
    public Map<String, Score> perClass() {
        Map<String, Score> out = new TreeMap<>();
        perClass.forEach((k, c) -> out.put(k, new Score(c[0], c[1], c[2])));
        return out;
    }

    /** The rows {@code field} was missed on, in the order scored. */
    public List<Miss> misses(Field field) {
        return List.copyOf(misses.getOrDefault(field, List.of()));
    }

    private double ratio(int n) {
        return rows == 0 ? 0 : (double) n / rows;
    }
}
