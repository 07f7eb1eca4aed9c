package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Event;
import org.sitrep.model.EventContext;

/**
 * The article's principal event: the one a reader of the headline and lead would name. An event of a type the title
 * names ("... Denies US Asked Lebanon ...": REJECT, then REQUEST) wins, the first named most; then events that happened
 * now (asserted, not background history), material conflict and counted casualties before talk, and the earlier in
 * the text before the later. Events that did not happen are chosen only when nothing else is.
 */
final class MainEvent {
    private MainEvent() {}

    /** The index of the main event in {@code events}, or -1 when there is none. */
    static int pick(List<Event> events, int textLength, List<String> titleTypes) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < events.size(); k++) {
            double score = score(events.get(k), textLength, titleTypes);
            if (score > bestScore) {
                best = k;
                bestScore = score;
            }
        }
        return best;
    }

    static double score(Event e, int textLength, List<String> titleTypes) {
        double s = 0;
        s += e.context() == EventContext.ASSERTED ? 4 : 0;
        int named = titleTypes.indexOf(e.type());
        s += named < 0 ? 0 : 3.0 / (1 + named);
        s += e.coding() != null && e.coding().quadClass() == 4 ? 1.5 : e.coding() != null && e.coding().quadClass() == 2 ? 0.5 : 0;
        s += e.casualties() != null ? 1 : 0;
        s += e.source() != null && e.source().actor() != null || e.means() != null ? 0.5 : 0; // a named doer, or a named weapon
        s += e.target() != null && e.target().actor() != null ? 0.25 : 0;
        double position = textLength == 0 ? 0 : (double) e.trigger().start() / textLength;
        return s + 2 * (1 - position);
    }

    /**
     * The PLOVER types the title's words name, in title order, each once: a word, or its stem without a regular ending
     * ("Denies" → deny, "Asked" → ask, "Strikes" → strike), looked up as a verb and as a noun.
     */
    static List<String> titleTypes(EventLexicon lexicon, String title) {
        List<String> types = new ArrayList<>();
        if (title == null) {
            return types;
        }
        for (String raw : title.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")) {
            for (String w : stems(raw)) {
                String type = lexicon.verb(w).or(() -> lexicon.noun(w)).map(EventLexicon.Coding::type).orElse(null);
                if (type != null) {
                    if (!types.contains(type)) {
                        types.add(type);
                    }
                    break;
                }
            }
        }
        return types;
    }

    static List<String> stems(String w) {
        List<String> out = new ArrayList<>(List.of(w));
        if (w.length() > 4) {
            if (w.endsWith("ies")) {
                out.add(w.substring(0, w.length() - 3) + "y");
            }
            if (w.endsWith("es") || w.endsWith("ed")) {
                out.add(w.substring(0, w.length() - 2));
            }
            if (w.endsWith("s") || w.endsWith("d")) {
                out.add(w.substring(0, w.length() - 1));
            }
            if (w.endsWith("ing")) {
                out.add(w.substring(0, w.length() - 3));
                out.add(w.substring(0, w.length() - 3) + "e");
            }
        }
        return out;
    }
}
