package org.sitrep.extract;

import java.util.List;
import org.sitrep.model.Event;

/**
 * The article's principal event: the one a reader of the headline and lead would name. Among the events, the earliest
 * that happened (asserted or reported in a claim) wins, material conflict and counted casualties before talk; events
 * that did not happen are chosen only when nothing did.
 */
final class MainEvent {
    private MainEvent() {}

    /** The index of the main event in {@code events}, or -1 when there is none. */
    static int pick(List<Event> events, int textLength) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < events.size(); k++) {
            double score = score(events.get(k), textLength);
            if (score > bestScore) {
                best = k;
                bestScore = score;
            }
        }
        return best;
    }

    static double score(Event e, int textLength) {
        double s = 0;
        s += e.happened() ? 4 : 0;
        s += e.coding() != null && e.coding().quadClass() == 4 ? 1.5 : e.coding() != null && e.coding().quadClass() == 2 ? 0.5 : 0;
        s += e.casualties() != null ? 1 : 0;
        s += e.source() != null && e.source().actor() != null ? 0.5 : 0;
        s += e.target() != null && e.target().actor() != null ? 0.25 : 0;
        double position = textLength == 0 ? 0 : (double) e.trigger().start() / textLength;
        return s + 2 * (1 - position);
    }
}
