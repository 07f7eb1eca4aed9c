package org.sitrep.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The article's publication date and how it was found. {@code date} is null only when the source is UNKNOWN.
 * {@code notBefore} is a lower bound when one is known (the article is no older than its photos), else null.
 */
public record PublicationDate(LocalDate date, DateSource source, LocalDate notBefore) {
    public static final PublicationDate UNKNOWN = new PublicationDate(null, DateSource.UNKNOWN, null);

    public PublicationDate {
        if ((date == null) != (source == DateSource.UNKNOWN)) {
            throw new IllegalArgumentException("A publication date is null exactly when its source is UNKNOWN, got " + date + " from " + source);
        }
    }

    public PublicationDate(LocalDate date, DateSource source) {
        this(date, source, null);
    }

    public Optional<LocalDate> value() {
        return Optional.ofNullable(date);
    }

    public PublicationDate withNotBefore(LocalDate bound) {
        return new PublicationDate(date, source, bound);
    }
}
