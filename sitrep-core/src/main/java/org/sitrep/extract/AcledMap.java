package org.sitrep.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.internal.Tsv;
import org.sitrep.model.Event;

/**
 * Maps a PLOVER event to ACLED's event type and sub-event type by the rows of the bundled {@code acled-map.tsv}: the
 * first row whose PLOVER type, means, mode and target category (the ACLED category of the event's second actor, see
 * {@link AcledActors}) match wins.
 */
final class AcledMap {
    /** One row: what it matches and what it gives. */
    record Row(String type, String means, String mode, String target, String acledType, String acledSubType) {
        boolean matches(Event e, String targetCategory) {
            return type.equals(e.type()) && fits(means, e.means() == null ? null : e.means().kind()) && fits(mode, e.mode())
                    && fits(target, targetCategory);
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
            b = Tsv.bundled(AcledMap.class, "acled-map.tsv", in -> read("acled-map.tsv", in));
            bundled = b;
        }
        return b;
    }

    /** Reads the six-column rows; a short row or an unknown target category is an error naming the file and line. */
    static AcledMap read(String name, InputStream in) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(name, in)) {
            String[] c = r.padded(6);
            if (c[5] == null) {
                throw new IllegalStateException(r.where() + "expected PLOVER type, means, mode, target category, ACLED type and sub-event type");
            }
            String target = c[3].strip();
            if (!target.equals("*") && !target.equals("-") && !AcledActors.CATEGORIES.contains(target)) {
                throw new IllegalStateException(r.where() + "the target is '*', '-' or an ACLED actor category, got '" + target + "'");
            }
            rows.add(new Row(c[0].strip(), c[1].strip(), c[2].strip(), target, c[4].strip(), c[5].strip()));
        }
        return new AcledMap(rows);
    }

    /** The first row matching {@code e} whose second actor is of {@code targetCategory} (null: none), or null. */
    Row of(Event e, String targetCategory) {
        for (Row r : rows) {
            if (r.matches(e, targetCategory)) {
                return r;
            }
        }
        return null;
    }
}
