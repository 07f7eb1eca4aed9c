package org.sitrep.model;

/** What kind of actor: a person, an organisation, a state, or a group named only by description. */
public enum ActorType { PERSON, ORGANIZATION, COUNTRY, GROUP }
