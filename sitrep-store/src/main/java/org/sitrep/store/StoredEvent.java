package org.sitrep.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Locale;
import org.sitrep.model.Actor;
import org.sitrep.model.EventContext;
import org.sitrep.model.Place;

/**
 * An event as the store holds it, with what analytics and exports need of its article.
 *
 * @param json      the event's JSON (docs/schema.md, {@code events[]})
 * @param day       the event's own day: its date's first day, else the article's day; null when neither is known
 * @param precision how wide the day is: {@code day}, {@code week}, {@code month}, {@code year} (the event's date), or
 *                  {@code article} (the article's day stands in), or null with no day
 * @param published the article's publication day, or null
 * @param url       the article's source (URL or file path)
 * @param outlet    the article's outlet (name, else host), or null
 * @param source    the source participant's actor, or null when unresolved
 * @param target    the target participant's actor, or null when unresolved
 * @param place     the event's place, or null
 */
public record StoredEvent(String id, String article, String story, String title, String url, String outlet, LocalDate published,
                          LocalDate day, String precision, ObjectNode json, Actor source, Actor target, Place place) {
    /** The PLOVER type. */
    public String type() {
        return json.path("type").asText();
    }

    /** The factual status. */
    public EventContext context() {
        return EventContext.valueOf(json.path("context").asText("asserted").toUpperCase(Locale.ROOT));
    }

    /** Reported as having happened: asserted or historical. */
    public boolean happened() {
        return EventQuery.HAPPENED.contains(context());
    }

    /** The text of the event's sentence. */
    public String sentence() {
        return json.at("/sentence/text").asText("");
    }

    /** The last day the event's date may mean: the end of its week, month or year; the day itself otherwise. */
    public LocalDate lastDay() {
        if (day == null) {
            return null;
        }
        return switch (String.valueOf(precision())) {
            case "week" -> day.plusDays(6);
            case "month" -> day.withDayOfMonth(day.lengthOfMonth());
            case "year" -> day.withDayOfYear(day.lengthOfYear());
            default -> day;
        };
    }
}
