package org.sitrep.knowledge;

import java.util.List;
import org.sitrep.model.ActorType;

/**
 * One row of an actor knowledge file (format in {@code docs/knowledge.md}, "Actors"): nine tab-separated columns.
 *
 * @param id         {@code person:<slug>}, {@code org:<slug>} or {@code country:<ISO3>}
 * @param type       the actor type
 * @param name       canonical name
 * @param aliases    other names, without the canonical one
 * @param code       CAMEO-style code: the latest dated one, else the default; may be empty
 * @param country    ISO 3166 alpha-3, or empty
 * @param roles      {@code title@from..to} entries (none from Phoenix)
 * @param datedCodes {@code CODE@from..to} entries
 * @param links      {@code relation:actor-id} entries (none from Phoenix)
 */
public record ActorRow(String id, ActorType type, String name, List<String> aliases, String code, String country, List<String> roles,
                       List<String> datedCodes, List<String> links) {
    public ActorRow {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        datedCodes = List.copyOf(datedCodes);
        links = List.copyOf(links);
    }

    /** The row as one line, without the line break; tabs and line breaks inside fields become spaces. */
    public String toTsv() {
        return String.join("\t", clean(id), type.name(), clean(name), join(aliases, "|"), clean(code), clean(country), join(roles, ";"),
                join(datedCodes, ";"), join(links, ";"));
    }

    private static String join(List<String> items, String separator) {
        return String.join(separator, items.stream().map(ActorRow::clean).toList());
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]", " ");
    }
}
