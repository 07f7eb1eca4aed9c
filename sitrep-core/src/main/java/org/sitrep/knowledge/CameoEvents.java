package org.sitrep.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.internal.Tsv;
import org.sitrep.model.EventCoding;

/**
 * CAMEO event codes with their Goldstein scores and QuadClass, from the bundled {@code cameo-events.tsv}. A code not
 * listed takes the score of its nearest listed ancestor ({@code 0874} → {@code 087} → {@code 08}).
 */
public final class CameoEvents {
    private static volatile CameoEvents bundled;
    private final Map<String, Double> goldstein;
    private final Map<String, String> names;

    private CameoEvents(Map<String, Double> goldstein, Map<String, String> names) {
        this.goldstein = Map.copyOf(goldstein);
        this.names = Map.copyOf(names);
    }

    /** The bundled table, read once. */
    public static CameoEvents bundled() {
        CameoEvents b = bundled;
        if (b == null) {
            b = Tsv.bundled(CameoEvents.class, "cameo-events.tsv", in -> {
                Map<String, Double> g = new HashMap<>();
                Map<String, String> n = new HashMap<>();
                List<Tsv.Row> rows = Tsv.read("cameo-events.tsv", in);
                for (Tsv.Row row : rows) {
                    String[] c = row.padded(3);
                    if (c[0] == null || !c[0].matches("\\d{2,4}") || c[1] == null) {
                        throw new IllegalStateException(row.where() + "expected a CAMEO code and a Goldstein score");
                    }
                    g.put(c[0], Double.parseDouble(c[1]));
                    n.put(c[0], c[2] == null ? "" : c[2]);
                }
                return new CameoEvents(g, n);
            });
            bundled = b;
        }
        return b;
    }

    /** QuadClass of a code by its root: 01-05 → 1, 06-08 → 2, 09-13 → 3, 14-20 → 4. */
    public static int quadClass(String code) {
        int root = Integer.parseInt(code.substring(0, 2));
        if (root < 1 || root > 20) {
            throw new IllegalArgumentException("No CAMEO root " + root + " in " + code);
        }
        return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    }

    /** The Goldstein score of a code or of its nearest listed ancestor. */
    public double goldstein(String code) {
        for (String c = code; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
            Double g = goldstein.get(c);
            if (g != null) {
                return g;
            }
        }
        throw new IllegalArgumentException("Unknown CAMEO code " + code);
    }

    /** The short name of a code or of its nearest listed ancestor. */
    public Optional<String> name(String code) {
        for (String c = code; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
            if (names.containsKey(c)) {
                return Optional.of(names.get(c));
            }
        }
        return Optional.empty();
    }

    /** The coding of a code, with no ACLED type yet. */
    public EventCoding coding(String code) {
        return new EventCoding(code, quadClass(code), goldstein(code), null, null);
    }
}
