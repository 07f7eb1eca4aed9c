package org.sitrep.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.internal.Tsv;
import org.sitrep.model.ActorType;

/**
 * ACLED's actor category of an event participant ("State forces", "Political militia", "Civilians", ...), by the rows
 * of the bundled {@code acled-actors.tsv}, tried in this order: the actor's id (how ACLED codes a named group), a word
 * of the participant's phrase ("civilians", "houses", "troops", "militants"; the word nearest the end wins), the
 * sector of the actor's code ({@code ISRMIL} → MIL), and the actor's type. State forces acting outside their own
 * country (the actor's country is not the country of the event's place) are "External/Other forces".
 */
final class AcledActors {
    static final String STATE = "State forces";
    static final String EXTERNAL = "External/Other forces";
    /** The key of a word row that a plural demonym used as a noun ("Palestinians", "Iraqis") looks up. */
    static final String PLURAL_DEMONYM = "plural-demonym";
    /** The key of a word row for people killed or hurt whom the text does not name ("leaving 20 fatalities"). */
    static final String UNNAMED_VICTIMS = "unnamed-victims";
    static final Set<String> CATEGORIES = Set.of(STATE, "Rebel groups", "Political militia", "Identity militia", "Rioters", "Protesters",
            "Civilians", EXTERNAL);

    /**
     * What is known of a participant.
     *
     * @param actor   the actor id, or null
     * @param type    the actor's type, or null
     * @param code    the actor's CAMEO-style code ("ISRMIL"), or null
     * @param country the participant's country (alpha-3), or null
     * @param words   the lemmas of the participant's words, in order, lower case
     */
    record Who(String actor, ActorType type, String code, String country, List<String> words) {
        Who {
            words = List.copyOf(words);
        }
    }

    private static volatile AcledActors bundled;
    private final Map<String, String> actors;
    private final Map<String, String> words;
    private final Map<String, String> sectors;
    private final Map<ActorType, String> types;

    AcledActors(Map<String, String> actors, Map<String, String> words, Map<String, String> sectors, Map<ActorType, String> types) {
        this.actors = Map.copyOf(actors);
        this.words = Map.copyOf(words);
        this.sectors = Map.copyOf(sectors);
        this.types = types.isEmpty() ? Map.of() : new EnumMap<>(types);
    }

    static AcledActors bundled() {
        AcledActors b = bundled;
        if (b == null) {
            b = Tsv.bundled(AcledActors.class, "acled-actors.tsv", in -> read("acled-actors.tsv", in));
            bundled = b;
        }
        return b;
    }

    /** Reads rows {@code kind<TAB>key<TAB>category}; a bad row is an error naming the file and line. */
    static AcledActors read(String name, InputStream in) throws IOException {
        Map<String, String> actors = new HashMap<>();
        Map<String, String> words = new HashMap<>();
        Map<String, String> sectors = new HashMap<>();
        Map<ActorType, String> types = new EnumMap<>(ActorType.class);
        for (Tsv.Row r : Tsv.read(name, in)) {
            String[] c = r.padded(3);
            if (c[2] == null || !CATEGORIES.contains(c[2].strip())) {
                throw new IllegalStateException(r.where() + "expected kind, key and one of the ACLED categories " + CATEGORIES);
            }
            String key = c[1].strip();
            String category = c[2].strip();
            switch (c[0].strip()) {
                case "actor" -> actors.put(key, category);
                case "word" -> words.put(key.toLowerCase(java.util.Locale.ROOT), category);
                case "sector" -> sectors.put(key, category);
                case "type" -> {
                    try {
                        types.put(ActorType.valueOf(key), category);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalStateException(r.where() + "no actor type '" + key + "'", e);
                    }
                }
                default -> throw new IllegalStateException(r.where() + "kind is actor, word, sector or type, got '" + c[0] + "'");
            }
        }
        return new AcledActors(actors, words, sectors, types);
    }

    /** The category of people an attack killed or hurt when the text does not say who they were, or null. */
    String unnamedVictims() {
        return words.get(UNNAMED_VICTIMS);
    }

    /** The category of {@code who} in an event in {@code eventCountry} (alpha-3, or null when unknown); null when none fits. */
    String category(Who who, String eventCountry) {
        String c = who.actor() == null ? null : actors.get(who.actor());
        if (c == null) {
            for (int k = who.words().size() - 1; k >= 0 && c == null; k--) {
                c = words.get(who.words().get(k));
            }
        }
        if (c == null && who.code() != null && who.code().length() >= 6) {
            for (int k = 3; k + 3 <= who.code().length() && c == null; k += 3) {
                c = sectors.get(who.code().substring(k, k + 3));
            }
        }
        if (c == null && who.type() != null) {
            c = types.get(who.type());
        }
        if (STATE.equals(c) && who.country() != null && eventCountry != null && !who.country().equals(eventCountry)) {
            return EXTERNAL;
        }
        return c;
    }
}
