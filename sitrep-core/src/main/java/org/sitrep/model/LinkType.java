package org.sitrep.model;

/** How a later claim relates to an earlier one. */
public enum LinkType {
    /** Says the same thing again, from another source. */
    SUPPORTS,
    /** Denies or refutes it, or asserts something incompatible (another actor credited with the same act). */
    CONTRADICTS,
    /** Says the same thing and adds specifics (numbers, names, places, dates) the earlier one lacks. */
    ELABORATES
}
