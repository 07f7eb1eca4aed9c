package org.sitrep.model;

/**
 * What kind of actor. {@code COUNTRY} is the state as a whole; the organisation kinds follow the sectors analysts and
 * CAMEO-style codes distinguish; {@code ORGANIZATION} is any other organisation; {@code GROUP} is a set of people named
 * only by description ("two sources close to the factions").
 */
public enum ActorType {
    PERSON, COUNTRY, GOVERNMENT, MILITARY, POLICE, REBEL, MILITIA, PARTY, IGO, NGO, MEDIA, BUSINESS, ORGANIZATION, GROUP;

    /** True for every kind of organisation (not persons, states or descriptive groups). */
    public boolean isOrganisation() {
        return this != PERSON && this != COUNTRY && this != GROUP;
    }
}
