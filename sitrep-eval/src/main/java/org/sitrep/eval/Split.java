package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The split of a gold set that has none of its own (PLOVER records, geoparsing corpora): dev is every fourth item from
 * the first (0-based index a multiple of 4), test the rest. Tune on dev, report test.
 */
public enum Split {
    dev, test, all;

    /** True when the item at this 0-based position belongs to dev. */
    public static boolean isDev(int index) {
        return index % 4 == 0;
    }

    /** The items of this split, in order. */
    public <T> List<T> select(List<T> items) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (this == all || (this == dev) == isDev(i)) {
                out.add(items.get(i));
            }
        }
        return out;
    }
}
