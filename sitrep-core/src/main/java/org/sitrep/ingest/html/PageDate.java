package org.sitrep.ingest.html;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A date a web page states about itself: the value as written, where it was found and the day it names.
 *
 * @param raw    the value as the page gives it ({@code 2024-09-27T08:15:00Z}, {@code 2024/09/27})
 * @param source where it was found, such as {@code meta article:published_time}, {@code jsonld datePublished},
 *               {@code time datetime} or {@code url}
 * @param date   the day it names, or null when {@link org.sitrep.ingest.DateParser} cannot read it
 */
public record PageDate(String raw, String source, LocalDate date) {
    public PageDate {
        Objects.requireNonNull(raw, "The parameter 'raw' must not be null.");
        Objects.requireNonNull(source, "The parameter 'source' must not be null.");
    }

    /** The day, when the value could be read. */
    public Optional<LocalDate> day() {
        return Optional.ofNullable(date);
    }
}
