package org.sitrep.time;

import java.time.LocalDate;
import java.util.List;

/**
 * What the actor knowledge says about a person written with a title before the name ("caretaker Prime Minister Najib
 * Mikati"): the dated roles of the one person known by that name, each marked whether the written title names it. The
 * article-date inference reads offices held through this view, so the times stage needs no actor dictionary;
 * {@code org.sitrep.resolve.DictionaryRoleTerms} answers it from one.
 */
@FunctionalInterface
public interface RoleTerms {
    /** Knows nobody. */
    RoleTerms NONE = (name, title) -> List.of();

    /** A role held from {@code from} to {@code to} (either may be null: open); {@code fits} when the written title names it. */
    record Term(String role, LocalDate from, LocalDate to, boolean fits) {}

    /**
     * The dated roles of the one person the knowledge has under {@code name} (roles without any date are left out),
     * each marked whether {@code title} names it; empty when the name is unknown or several persons have it.
     */
    List<Term> roles(String name, String title);
}
