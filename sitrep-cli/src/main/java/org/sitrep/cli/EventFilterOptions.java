package org.sitrep.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.store.EventQuery;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The stored-event filters `timeline` and `export` share: types, an actor, a day range, and whether events that did not happen count. */
final class EventFilterOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--type", paramLabel = "<PLOVER>", split = ",", description = "Only these PLOVER event types (comma-separated).")
    List<String> types = new ArrayList<>();

    @Option(names = "--actor", paramLabel = "<actor>", description = "Only events with this actor on either side (id or name word; a group matches through its members).")
    String actor;

    @Option(names = "--since", paramLabel = "<yyyy-mm-dd>", description = "Only events on or after this day (of the event).")
    LocalDate since;

    @Option(names = "--until", paramLabel = "<yyyy-mm-dd>", description = "Only events on or before this day (of the event).")
    LocalDate until;

    @Option(names = "--all-contexts", description = "Also events that did not happen: negated, hypothetical, future, threatened and failed ones.")
    boolean allContexts;

    /** The query these options select; a range whose start is after its end is a usage error. */
    EventQuery query() {
        if (since != null && until != null && since.isAfter(until)) {
            throw new ParameterException(spec.commandLine(), "--since " + since + " is after --until " + until);
        }
        return EventQuery.all().withTypes(new LinkedHashSet<>(types)).withActor(actor)
                .withContexts(allContexts ? Set.of() : EventQuery.HAPPENED).withDays(since, until);
    }
}
