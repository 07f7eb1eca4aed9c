package org.sitrep.model;

import java.time.LocalDate;

/**
 * When an event happened, as precisely as the text says.
 *
 * @param day       the first day of the period ({@code value}'s day, week's Monday, month's first day), or null
 * @param value     ISO form of the period: {@code 2024-12-31}, {@code 2024-W52}, {@code 2024-12}, {@code 2024}
 * @param precision how wide the period is
 * @param basis     what it rests on: {@code sentence} (a date expression in the event's sentence) or {@code article}
 *                  (the article's date: a report of the day)
 * @param span      the date expression it was read from, or null when it rests on the article date
 */
public record EventDate(LocalDate day, String value, Precision precision, String basis, Span span) {
    /** How wide an event date is. */
    public enum Precision { DAY, WEEK, MONTH, YEAR }
}
