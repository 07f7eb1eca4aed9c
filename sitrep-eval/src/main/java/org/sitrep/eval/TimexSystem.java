package org.sitrep.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * A system under the timex evaluation: Sitrep's time stage or a peer (SUTime, HeidelTime). Models are loaded when the
 * tagger is built, never in {@link #tag}, so timing {@code tag} measures tagging alone.
 */
public interface TimexSystem {
    /** A short lower-case name for tables ({@code sitrep}, {@code sutime}, {@code heideltime}). */
    String name();

    /**
     * The temporal expressions in {@code text}, relative ones normalised against the document creation time {@code dct};
     * each a character range of {@code text}, in any order.
     */
    List<FoundTimex> tag(String text, LocalDate dct);
}
