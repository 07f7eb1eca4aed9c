package org.sitrep.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.internal.Tsv;
import org.sitrep.model.ActorType;

/** Known actors with aliases, codes and dated roles, from the bundled {@code actors.tsv}. Immutable once loaded. */
public final class ActorDictionary {
    /** A role held from {@code from} to {@code to} (either may be null: open). */
    public record Role(String title, LocalDate from, LocalDate to) {
        boolean heldOn(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        }
    }

    /** A dictionary actor. */
    public record Entry(String id, ActorType type, String name, List<String> aliases, String code, String country, List<Role> roles) {
        /** The roles held on {@code day}. */
        public List<String> rolesOn(LocalDate day) {
            return roles.stream().filter(r -> r.heldOn(day)).map(Role::title).toList();
        }
    }

    private final Map<String, Entry> byName = new HashMap<>();
    private final List<Entry> persons = new ArrayList<>();

    public static ActorDictionary bundled() {
        return Tsv.bundled(ActorDictionary.class, "actors.tsv", ActorDictionary::new);
    }

    public ActorDictionary(InputStream tsv) throws IOException {
        for (Tsv.Row row : Tsv.read("actors.tsv", tsv)) {
            String[] f = row.padded(7);
            List<String> aliases = Tsv.list(f[3]);
            Entry e = new Entry(f[0], ActorType.valueOf(f[1]), f[2], aliases, blankToNull(f[4]), blankToNull(f[5]), roles(f[6]));
            byName.putIfAbsent(Names.normalise(e.name()), e);
            aliases.forEach(a -> byName.putIfAbsent(Names.normalise(a), e));
            if (e.type() == ActorType.PERSON) {
                persons.add(e);
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static List<Role> roles(String s) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        List<Role> out = new ArrayList<>();
        for (String part : s.split(";")) {
            String[] tr = part.split("@");
            String[] range = tr.length > 1 ? tr[1].split("\\.\\.", -1) : new String[] {"", ""};
            out.add(new Role(tr[0], range[0].isEmpty() ? null : LocalDate.parse(range[0]),
                    range.length < 2 || range[1].isEmpty() ? null : LocalDate.parse(range[1])));
        }
        return out;
    }

    /** Exact name or alias. */
    public Optional<Entry> find(String name) {
        return Optional.ofNullable(byName.get(Names.normalise(name)));
    }

    /**
     * A person by a name as written: exact first, then a lone surname, then a close spelling of the full name
     * ("Kamal Harris" → Kamala Harris). Empty when nothing or more than one person fits.
     */
    public Optional<Entry> findPerson(String name) {
        Optional<Entry> exact = find(name).filter(e -> e.type() == ActorType.PERSON);
        if (exact.isPresent()) {
            return exact;
        }
        List<String> toks = Names.tokens(name);
        if (toks.isEmpty()) {
            return Optional.empty();
        }
        List<Entry> fits = new ArrayList<>();
        for (Entry e : persons) {
            List<String> full = Names.tokens(e.name());
            boolean surname = toks.size() == 1 && full.get(full.size() - 1).equals(toks.get(0));
            if (surname || Names.closeFullNames(toks, full)) {
                fits.add(e);
            }
        }
        return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
    }
}
