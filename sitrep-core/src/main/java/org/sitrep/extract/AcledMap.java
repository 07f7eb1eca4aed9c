package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.internal.Tsv;
import org.sitrep.model.Event;

/**
 * Maps a PLOVER event to ACLED's event type and sub-event type by the rows of the bundled {@code acled-map.tsv}: the
 * first row whose PLOVER type, means and mode match wins.
 */
final class AcledMap {
    /** One row: what it matches and what it gives. */
    record Row(String type, String means, String mode, String acledType, String acledSubType) {
        boolean matches(Event e) {
            return type.equals(e.type()) && fits(means, e.means() == null ? null : e.means().kind()) && fits(mode, e.mode());
        }

        private static boolean fits(String pattern, String value) {
            return pattern.equals("*") || pattern.equals("-") && value == null || pattern.equals(value);
        }
    }

    private static volatile AcledMap bundled;
    private final List<Row> rows;

    AcledMap(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    static AcledMap bundled() {
        AcledMap b = bundled;
        if (b == null) {
            b = Tsv.bundled(AcledMap.class, "acled-map.tsv", in -> {
                List<Row> rows = new ArrayList<>();
                for (Tsv.Row r : Tsv.read("acled-map.tsv", in)) {
                    String[] c = r.padded(5);
                    if (c[4] == null) {
                        throw new IllegalStateException(r.where() + "expected PLOVER type, means, mode, ACLED type and sub-event type");
                    }
                    rows.add(new Row(c[0].strip(), c[1].strip(), c[2].strip(), c[3].strip(), c[4].strip()));
                }
                return new AcledMap(rows);
            });
            bundled = b;
        }
        return b;
    }

    /** The first matching row, or null. */
    Row of(Event e) {
        for (Row r : rows) {
            if (r.matches(e)) {
                return r;
            }
        }
        return null;
    }
}
