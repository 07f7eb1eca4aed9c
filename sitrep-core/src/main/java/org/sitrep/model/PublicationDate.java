package org.sitrep.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The article's publication date and how it was found.
 * <ul>
 *   <li>{@code date}: the day; non-null when the source is GIVEN or METADATA, null when it is UNKNOWN. An INFERRED
 *       date may be null: Sitrep then knows only a window ({@code notBefore} and/or {@code notAfter}, at least one).</li>
 *   <li>{@code notBefore}, {@code notAfter}: bounds when known, else null (the article is no older than its photos; an
 *       inferred window). For an inferred date they hold it: {@code notBefore <= date <= notAfter}.</li>
 *   <li>{@code confidence} in [0, 1]: 1 for a given or metadata date, 0 when unknown; for an inferred date the
 *       estimated chance that it is within 7 days of the true one (of a window alone: that the window holds it).</li>
 *   <li>{@code evidence}: what an inference rests on (empty otherwise); never null.</li>
 * </ul>
 */
public record PublicationDate(LocalDate date, DateSource source, LocalDate notBefore, LocalDate notAfter, double confidence,
                              List<DateEvidence> evidence) {
    public static final PublicationDate UNKNOWN = new PublicationDate(null, DateSource.UNKNOWN, null);

    public PublicationDate {
        if (source == null) {
            throw new IllegalArgumentException("The parameter 'source' must not be null.");
        }
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        if (source == DateSource.UNKNOWN && date != null) {
            throw new IllegalArgumentException("An unknown publication date has no date, got " + date);
        }
        if ((source == DateSource.GIVEN || source == DateSource.METADATA) && date == null) {
            throw new IllegalArgumentException("A publication date from " + source + " needs a date");
        }
        if (source == DateSource.INFERRED && date == null && notBefore == null && notAfter == null) {
            throw new IllegalArgumentException("An inferred publication date needs a date or a window (notBefore, notAfter)");
        }
        if (notBefore != null && notAfter != null && notBefore.isAfter(notAfter)) {
            throw new IllegalArgumentException("A publication window needs notBefore <= notAfter, got " + notBefore + " > " + notAfter);
        }
        if (source == DateSource.INFERRED && date != null
                && (notBefore != null && date.isBefore(notBefore) || notAfter != null && date.isAfter(notAfter))) {
            throw new IllegalArgumentException("An inferred date must lie in its window, got " + date + " outside [" + notBefore + ", " + notAfter + "]");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("The parameter 'confidence' must be in [0, 1], got " + confidence);
        }
    }

    /** A date from {@code source} (UNKNOWN: none) with a lower bound or null; confidence 1 for a date, 0 without. */
    public PublicationDate(LocalDate date, DateSource source, LocalDate notBefore) {
        this(date, source, notBefore, null, date == null ? 0 : 1, List.of());
    }

    public PublicationDate(LocalDate date, DateSource source) {
        this(date, source, null);
    }

    /** An inferred day with its window, confidence and evidence. */
    public static PublicationDate inferred(LocalDate date, LocalDate notBefore, LocalDate notAfter, double confidence, List<DateEvidence> evidence) {
        return new PublicationDate(date, DateSource.INFERRED, notBefore, notAfter, confidence, evidence);
    }

    public Optional<LocalDate> value() {
        return Optional.ofNullable(date);
    }

    /** Whether the date is unknown and only a window is: an inference that could not name a day. */
    public boolean windowOnly() {
        return date == null && (notBefore != null || notAfter != null);
    }

    public PublicationDate withNotBefore(LocalDate bound) {
        return new PublicationDate(date, source, bound, notAfter, confidence, evidence);
    }
}
