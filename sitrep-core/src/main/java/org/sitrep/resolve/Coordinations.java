package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Document;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;

/**
 * Actors named together — "the Nujaba and Kataib Sayyid al-Shuhada factions", "Mikati and Berri" — which the model
 * represents as one {@link ActorType#GROUP} actor whose {@code members} are the actors named. The group's id is made
 * from its members' ids, sorted, so the same pair gives the same group in every article. The actors stage makes the
 * groups; the claims and events stages find them again here when a source or participant names two actors at once.
 */
public final class Coordinations {
    /** What may stand between two actors named together ("and", ", ", "as well as", "and the"). */
    private static final Set<String> JOINERS = Set.of(",", "and", ", and", "and the", ", and the", ", the", "as well as", "as well as the", "&");

    /** Actors named together: the span from the first to the last, and the member ids in the order written. */
    public record Coordination(Span span, List<String> members) {
        public String groupId() {
            return Coordinations.groupId(members);
        }
    }

    private Coordinations() {}

    /** "group:" and the members' ids without their kind, sorted and joined by '+': group:kataib-sayyid-al-shuhada+nujaba. */
    public static String groupId(List<String> members) {
        return "group:" + members.stream().map(m -> m.substring(m.indexOf(':') + 1)).sorted().distinct().collect(Collectors.joining("+"));
    }

    /**
     * Runs of person or organisation mentions joined only by "and", commas or "as well as", with an "and" before the
     * last; all persons, or all organisations, and at least two different actors. {@code mentions} are sorted by span.
     */
    static List<Coordination> find(String text, List<Mention> mentions, Function<String, ActorType> typeOf) {
        List<Coordination> out = new ArrayList<>();
        List<Mention> named = mentions.stream().filter(m -> m.actor() != null && typeOf.apply(m.actor()) != null
                && (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION)).toList();
        int i = 0;
        while (i < named.size()) {
            Mention first = named.get(i);
            boolean person = typeOf.apply(first.actor()) == ActorType.PERSON;
            List<String> members = new ArrayList<>(List.of(first.actor()));
            int j = i;
            boolean and = false;
            while (j + 1 < named.size()) {
                Mention a = named.get(j);
                Mention b = named.get(j + 1);
                if (b.span().start() < a.span().end()) {
                    break;
                }
                String between = text.substring(a.span().end(), b.span().start()).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
                ActorType bt = typeOf.apply(b.actor());
                boolean sameKind = person ? bt == ActorType.PERSON : bt.isOrganisation();
                if (!JOINERS.contains(between) || !sameKind || and) {
                    break; // an "and" ends the run: "X and Y, Z" is no three-way coordination
                }
                and = between.contains("and") || between.contains("&") || between.contains("as well as");
                members.add(b.actor());
                j++;
            }
            List<String> distinct = members.stream().distinct().toList();
            if (and && distinct.size() >= 2) {
                out.add(new Coordination(Span.of(text, first.span().start(), named.get(j).span().end()), distinct));
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /** The group actor named within {@code span} ("the Nujaba and Kataib Sayyid al-Shuhada factions"); empty when none. */
    public static Optional<String> groupIn(Document doc, Span span) {
        List<Mention> inside = doc.entities().stream().filter(m -> span.contains(m.span())).toList();
        if (inside.size() < 2) {
            return Optional.empty();
        }
        for (Coordination c : find(doc.text(), inside, id -> doc.actor(id).map(Actor::type).orElse(null))) {
            String id = c.groupId();
            if (doc.actor(id).isPresent()) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }
}
