package org.sitrep.cli;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sitrep.model.Actor;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimLink;
import org.sitrep.model.DateEvidence;
import org.sitrep.model.DateSource;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Participant;
import org.sitrep.model.PublicationDate;

/** The readable report of one analysed article: title, date, actors, places, claims, events. */
final class TextReport {
    private TextReport() {}

    static String of(Document doc) {
        var a = doc.article();
        StringBuilder sb = new StringBuilder();
        sb.append("== ").append(a.title()).append('\n');
        sb.append("   id ").append(a.id()).append(a.story().equals(a.id()) ? "" : "  story " + a.story()).append("  source ").append(a.source()).append('\n');
        PublicationDate published = a.published();
        sb.append("   date ").append(published.date() == null ? (published.windowOnly() ? "window" : "unknown") : published.date().toString())
                .append(" (").append(published.source().name().toLowerCase(Locale.ROOT))
                .append(published.source() == DateSource.INFERRED ? String.format(Locale.ROOT, ", confidence %.2f", published.confidence()) : "")
                .append(published.notBefore() != null ? ", not before " + published.notBefore() : "")
                .append(published.notAfter() != null ? ", not after " + published.notAfter() : "").append(")")
                .append("  language ").append(a.language()).append("  captions ").append(a.captions().size()).append('\n');
        if (!published.evidence().isEmpty()) {
            sb.append("   date evidence:\n");
            for (DateEvidence e : published.evidence()) {
                sb.append("     - ").append(e.says()).append('\n');
            }
        }
        sb.append("Actors:\n");
        for (Actor x : doc.actors()) {
            sb.append("  - ").append(x.name()).append(" [").append(x.type().name().toLowerCase());
            if (x.code() != null) {
                sb.append(", ").append(x.code());
            }
            sb.append("]");
            if (!x.roles().isEmpty()) {
                sb.append(" roles: ").append(String.join("; ", x.roles()));
            }
            List<String> others = x.aliases().stream().filter(s -> !s.equals(x.name())).toList();
            if (!others.isEmpty()) {
                sb.append(" aka ").append(String.join(", ", others));
            }
            sb.append('\n');
        }
        if (!doc.places().isEmpty()) {
            sb.append("Places: ").append(doc.places().stream().map(p -> p.name() + " (" + p.lat() + ", " + p.lon() + ")")
                    .collect(Collectors.joining("; "))).append('\n');
        }
        sb.append("Claims:\n");
        for (int i = 0; i < doc.claims().size(); i++) {
            Claim c = doc.claims().get(i);
            sb.append(String.format("  [%d] %s%s %s%s: \"%s\"%n", i, c.source().description(), c.source().anonymous() ? " (anonymous)" : "",
                    c.stance().name().toLowerCase(), c.channel() != null ? " via " + c.channel() : "", c.content().text()));
        }
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < doc.claims().size(); i++) {
            index.put(doc.claims().get(i).id(), i);
        }
        for (ClaimLink l : doc.links()) {
            sb.append(String.format(java.util.Locale.ROOT, "  [%s] %s [%s] %.2f (%s)%n", index.getOrDefault(l.from(), -1), l.type().name().toLowerCase(),
                    index.containsKey(l.to()) ? index.get(l.to()).toString() : l.to(), l.score(), String.join("; ", l.evidence())));
        }
        sb.append("Events:\n");
        for (Event e : doc.events()) {
            sb.append("  - ").append(e.type());
            if (e.mode() != null) {
                sb.append('/').append(e.mode());
            }
            sb.append(" '").append(e.trigger().text()).append("'");
            sb.append(" ").append(e.context().name().toLowerCase());
            sb.append("  source: ").append(who(e.source())).append("  target: ").append(who(e.target()));
            if (e.place() != null) {
                sb.append("  place: ").append(e.place());
            }
            if (e.claim() != null) {
                sb.append("  per claim [").append(index.get(e.claim())).append(']');
            }
            sb.append('\n');
        }
        for (var n : doc.notices()) {
            sb.append("Notice (").append(n.stage()).append("): ").append(n.message()).append('\n');
        }
        return sb.toString();
    }

    private static String who(Participant p) {
        if (p == null) {
            return "-";
        }
        return p.span().text() + (p.actor() != null ? " <" + p.actor() + ">" : "");
    }
}
