package org.sitrep.model;

/** How one claim relates to another. */
public enum LinkType { DENIES, REFUTES, SUPPORTS }
