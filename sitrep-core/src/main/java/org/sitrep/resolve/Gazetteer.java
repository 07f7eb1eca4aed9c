package org.sitrep.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.sitrep.internal.Tsv;
import org.sitrep.model.Place;

/** Places by name and alias, and countries by demonym, from the bundled {@code places.tsv}. Immutable once loaded. */
public final class Gazetteer {
    /** A gazetteer row: the place, its ISO alpha-3 code (countries only, else null). */
    public record Entry(Place place, String iso3) {}

    private final Map<String, Entry> byName = new HashMap<>();
    private final Map<String, Entry> byDemonym = new HashMap<>();
    private int longestName = 1;

    public static Gazetteer bundled() {
        return Tsv.bundled(Gazetteer.class, "places.tsv", Gazetteer::new);
    }

    public Gazetteer(InputStream tsv) throws IOException {
        for (Tsv.Row row : Tsv.read("places.tsv", tsv)) {
            String[] f = row.padded(9);
            Place place = new Place(f[0], f[1], Double.parseDouble(f[3]), Double.parseDouble(f[4]), f[5], f[6]);
            Entry e = new Entry(place, f[7] == null || f[7].isEmpty() ? null : f[7]);
            index(byName, f[1], e);
            for (String alias : Tsv.list(f[2])) {
                index(byName, alias, e);
            }
            for (String d : Tsv.list(f[8])) {
                byDemonym.putIfAbsent(Names.normalise(d), e);
            }
        }
    }

    private void index(Map<String, Entry> map, String name, Entry e) {
        map.putIfAbsent(Names.normalise(name), e);
        longestName = Math.max(longestName, name.split("\\s+").length);
    }

    /** The place a name refers to ("Ain al-Asad base" finds "Ain al-Asad"); empty when unknown. */
    public Optional<Entry> find(String name) {
        String n = Names.normalise(name);
        Entry e = byName.get(n);
        if (e == null && n.matches(".+ (base|airbase|air base|city|province|governorate)$")) {
            e = byName.get(n.replaceFirst(" (base|airbase|air base|city|province|governorate)$", ""));
        }
        return Optional.ofNullable(e);
    }

    /** Every place a name may refer to, most populous first (the baseline a geoparser must beat); empty when none. */
    public java.util.List<Entry> candidates(String name) {
        return find(name).map(java.util.List::of).orElse(java.util.List.of());
    }

    /** The country of a demonym ("Iraqi" → Iraq). */
    public Optional<Entry> country(String demonym) {
        return Optional.ofNullable(byDemonym.get(Names.normalise(demonym)));
    }

    /** How many words the longest name has; bounds the text scan. */
    public int longestName() {
        return longestName;
    }
}
