package org.sitrep.cli;

import java.time.LocalDate;
import org.sitrep.ingest.DateParser;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --doc-date}: a date in one of the forms {@link DateParser} reads, or a usage error saying why it is none
 * ("'2024-02-31' is not a date: no such day: February 2024 has 29 days"); never a neighbouring day.
 */
final class DocDateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        DateParser.Reading r = DateParser.read(value);
        if (r.date() == null) {
            throw new TypeConversionException("'" + value + "' is not a date: " + r.problem());
        }
        return r.date();
    }
}
