package org.sitrep.model;

import java.time.LocalDate;
import java.util.Optional;

/** The article's publication date and how it was found. {@code date} is null only when the source is UNKNOWN. */
public record PublicationDate(LocalDate date, DateSource source) {
    public static final PublicationDate UNKNOWN = new PublicationDate(null, DateSource.UNKNOWN);

    public PublicationDate {
        if ((date == null) != (source == DateSource.UNKNOWN)) {
            throw new IllegalArgumentException("A publication date is null exactly when its source is UNKNOWN, got " + date + " from " + source);
        }
    }

    public Optional<LocalDate> value() {
        return Optional.ofNullable(date);
    }
}
