package org.sitrep.eval;

import java.time.LocalDate;

/**
 * One ACLED event row: its article ({@code notes}) dated {@code date}, and the coding to score against.
 *
 * @param inter2     ACLED's category of the second actor, or "" when the event has none
 * @param fatalities the fatalities ACLED codes to the event
 */
public record AcledRecord(String id, LocalDate date, int year, String eventType, String subEventType, String inter1, String inter2,
                          String country, double lat, double lon, String notes, int fatalities) {}
