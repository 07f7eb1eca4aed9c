package org.sitrep.eval;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * One TimeML ({@code .tml}) document as the timex evaluation reads it.
 *
 * @param file     the file it was read from
 * @param id       the DOCID, or the file name without {@code .tml} when there is none
 * @param dct      the document creation time's date (the day of the CREATION_TIME TIMEX3's value)
 * @param dctValue the CREATION_TIME TIMEX3's value as written ({@code 1998-01-08}, {@code 1998-02-06T22:19:00})
 * @param text     the TEXT element's plain text: inline tags removed, entities decoded, whitespace kept
 * @param timexes  the gold TIMEX3s inside TEXT, in document order, as offsets into {@code text}
 */
public record TimeMlDocument(Path file, String id, LocalDate dct, String dctValue, String text, List<GoldTimex> timexes) {
    public TimeMlDocument {
        timexes = List.copyOf(timexes);
    }
}
