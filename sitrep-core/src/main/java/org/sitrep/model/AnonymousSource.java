package org.sitrep.model;

/**
 * How the text describes an unnamed source: "two sources close to the factions" is count 2, role "source",
 * affiliation "close to the factions"; "a senior diplomat" is count 1, role "senior diplomat"; "Western officials
 * familiar with the talks" is role "officials", affiliation "Western, familiar with the talks". Each part is null when
 * the text does not give it.
 *
 * @param count       how many sources, when the text counts them ("two", "a"); null for "sources", "several"
 * @param role        what the source is: the head noun with the words that qualify it ("senior diplomat"); singular
 *                    when counted, as written otherwise
 * @param affiliation whose or where the source is: nationality and organisation words before the head ("Lebanese",
 *                    "Tory") and what follows it ("close to the factions"), joined by ", "
 */
public record AnonymousSource(Integer count, String role, String affiliation) {
    /** An anonymous source the text says nothing more about. */
    public static final AnonymousSource UNDESCRIBED = new AnonymousSource(null, null, null);
}
