package org.sitrep.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Document;
import org.sitrep.model.EventDate;
import org.sitrep.model.TimeRef;

/**
 * An event's own date: the normalised date expression of its sentence nearest the trigger ("on Sept. 27", "last
 * week", "in September 2023") with the precision its value has (day, week, month, year); failing that, the article's
 * date for an event the article reports as news (basis {@code article}).
 */
final class EventDates {
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    private EventDates() {}

    /** The date of an event whose nearest sentence date is {@code time} (an index into the document's times, or null). */
    static EventDate of(Document doc, Integer time) {
        if (time != null) {
            TimeRef t = doc.times().get(time);
            EventDate d = parse(t.value(), t);
            if (d != null) {
                return d;
            }
        }
        return doc.article().published().value()
                .map(day -> new EventDate(day, day.toString(), EventDate.Precision.DAY, "article", null))
                .orElse(null);
    }

    /** A TIMEX3 date value as an event date, or null when it names no period ("PRESENT_REF", "2024-SU"). */
    static EventDate parse(String value, TimeRef t) {
        if (value == null) {
            return null;
        }
        try {
            Matcher m = DAY.matcher(value);
            if (m.matches()) {
                LocalDate d = LocalDate.parse(value);
                return new EventDate(d, value, EventDate.Precision.DAY, "sentence", t.span());
            }
            m = WEEK.matcher(value);
            if (m.matches()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2))).with(DayOfWeek.MONDAY);
                return new EventDate(d, value, EventDate.Precision.WEEK, "sentence", t.span());
            }
            m = MONTH.matcher(value);
            if (m.matches()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
                return new EventDate(d, value, EventDate.Precision.MONTH, "sentence", t.span());
            }
            m = YEAR.matcher(value);
            if (m.matches()) {
                return new EventDate(LocalDate.of(Integer.parseInt(value), 1, 1), value, EventDate.Precision.YEAR, "sentence", t.span());
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }
}
