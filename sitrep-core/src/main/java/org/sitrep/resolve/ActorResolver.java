package org.sitrep.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Document;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * The actors stage: clusters the mentions of one article into actors. A full name, its surname, a title reference
 * ("the PM") and a close misspelling of a known name resolve to one actor; countries come from places and demonyms.
 * Roles are those written before the name plus, when the article date is known, those the dictionary dates to it.
 */
public final class ActorResolver implements Stage {
    private static final Pattern TITLE_REFERENCE = Pattern.compile(
            "\\b(?:[Tt]he|[Tt]his|[Tt]hat) (PM|premier|[Pp]rime [Mm]inister|[Pp]resident|[Vv]ice [Pp]resident|[Ss]peaker|[Ee]nvoy)\\b(?!\\s+[A-Z])");
    private final ActorDictionary dictionary;
    private final Gazetteer gazetteer;

    public ActorResolver(ActorDictionary dictionary, Gazetteer gazetteer) {
        if (dictionary == null || gazetteer == null) {
            throw new IllegalArgumentException("The parameters 'dictionary' and 'gazetteer' must not be null.");
        }
        this.dictionary = dictionary;
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.ENTITIES, Layer.PLACES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.ACTORS);
    }

    /** An actor while it is being assembled. */
    private static final class Cluster {
        final String id;
        final ActorType type;
        String name;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> roles = new LinkedHashSet<>();
        String code;
        String country;
        ActorDictionary.Entry known;

        Cluster(String id, ActorType type, String name) {
            this.id = id;
            this.type = type;
            this.name = name;
        }

        /** Keeps the first spelling of each alias ("the PM" and "The PM" are one). */
        void alias(String written) {
            if (aliases.stream().noneMatch(a -> a.equalsIgnoreCase(written))) {
                aliases.add(written);
            }
        }

        Actor toActor(LocalDate day) {
            if (known != null && day != null) {
                roles.addAll(known.rolesOn(day));
            }
            return new Actor(id, name, type, List.copyOf(aliases), List.copyOf(roles), code, country);
        }
    }

    @Override
    public Document apply(Document doc) {
        Map<String, Cluster> clusters = new LinkedHashMap<>();
        List<Mention> out = new ArrayList<>(doc.entities());
        resolvePersons(doc, out, clusters);
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            Optional<Cluster> c = switch (m.type()) {
                case ORGANIZATION -> Optional.of(organisation(m.span().text(), clusters));
                case LOCATION, NATIONALITY -> country(m, clusters);
                default -> Optional.empty();
            };
            if (c.isPresent()) {
                c.get().aliases.add(m.span().text());
                out.set(i, m.withActor(c.get().id));
            }
        }
        out.addAll(titleReferences(doc, out, clusters));
        out.sort(Comparator.comparing(Mention::span));
        LocalDate day = doc.article().published().date();
        List<Actor> actors = clusters.values().stream().map(c -> c.toActor(day)).toList();
        return doc.withActors(out, actors);
    }

    private void resolvePersons(Document doc, List<Mention> out, Map<String, Cluster> clusters) {
        // The tagger's slips: pronouns and bare titles tagged as names, organisations tagged as persons.
        out.removeIf(m -> (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION) && !isName(m.span().text()));
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            if (m.type() == EntityType.PERSON && dictionary.find(m.span().text()).filter(e -> e.type() != ActorType.PERSON).isPresent()) {
                out.set(i, m.withType(EntityType.ORGANIZATION));
            }
        }
        List<Integer> persons = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).type() == EntityType.PERSON) {
                persons.add(i);
            }
        }
        // Full names first, so that a later surname finds the cluster its full name made.
        persons.sort(Comparator.comparingInt((Integer i) -> -Names.tokens(out.get(i).span().text()).size()).thenComparingInt(i -> i));
        for (int i : persons) {
            Mention m = out.get(i);
            String written = m.span().text().replaceAll("['’]s$", "");
            Cluster c = person(written, clusters);
            c.alias(written);
            String title = title(doc, m.span());
            if (!title.isEmpty() && c.roles.stream().noneMatch(r -> r.equalsIgnoreCase(title))) {
                c.roles.add(title);
            }
            out.set(i, m.withActor(c.id));
        }
    }

    private static boolean isName(String text) {
        String t = text.strip();
        return !t.isEmpty() && Character.isUpperCase(t.charAt(0)) && !Set.of("He", "She", "They", "It", "We", "His", "Her", "Him", "Their", "I", "PM")
                .contains(t) && !Arrays.stream(t.split("\\s+")).allMatch(TitleFinder::isTitleWord);
    }

    private Cluster person(String written, Map<String, Cluster> clusters) {
        List<String> toks = Names.tokens(written);
        if (toks.size() == 1) {
            Optional<Cluster> inText = clusters.values().stream()
                    .filter(c -> c.type == ActorType.PERSON && Names.tokens(c.name).contains(toks.get(0)))
                    .reduce((a, b) -> a); // the first-seen full name wins
            if (inText.isPresent()) {
                return inText.get();
            }
        }
        Optional<ActorDictionary.Entry> known = dictionary.findPerson(written);
        if (known.isPresent()) {
            return clusters.computeIfAbsent(known.get().id(), id -> fromDictionary(known.get()));
        }
        return clusters.values().stream()
                .filter(c -> c.type == ActorType.PERSON && Names.tokens(c.name).containsAll(toks))
                .findFirst()
                .orElseGet(() -> clusters.computeIfAbsent("person:" + Names.slug(written), id -> new Cluster(id, ActorType.PERSON, written)));
    }

    private static Cluster fromDictionary(ActorDictionary.Entry e) {
        Cluster c = new Cluster(e.id(), e.type(), e.name());
        c.code = e.code();
        c.country = e.country();
        c.known = e;
        return c;
    }

    private Cluster organisation(String written, Map<String, Cluster> clusters) {
        Optional<ActorDictionary.Entry> known = dictionary.find(written);
        if (known.isPresent()) {
            return clusters.computeIfAbsent(known.get().id(), id -> fromDictionary(known.get()));
        }
        String name = written.replaceFirst("^(?i)the\\s+", "");
        return clusters.computeIfAbsent("org:" + Names.slug(name), id -> new Cluster(id, ActorType.ORGANIZATION, name));
    }

    private Optional<Cluster> country(Mention m, Map<String, Cluster> clusters) {
        Optional<Gazetteer.Entry> e = m.type() == EntityType.NATIONALITY ? gazetteer.country(m.span().text())
                : gazetteer.find(m.span().text()).filter(g -> g.iso3() != null);
        return e.map(g -> clusters.computeIfAbsent("country:" + g.iso3(), id -> {
            Cluster c = new Cluster(id, ActorType.COUNTRY, g.place().name());
            c.code = g.iso3();
            c.country = g.iso3();
            return c;
        }));
    }

    private static String title(Document doc, Span span) {
        List<Token> tokens = doc.tokens();
        for (Sentence s : doc.sentences()) {
            if (s.span().contains(span)) {
                for (int t = s.firstToken(); t < s.endToken(); t++) {
                    if (tokens.get(t).start() == span.start()) {
                        return TitleFinder.titleBefore(tokens, t, s.firstToken());
                    }
                }
            }
        }
        return "";
    }

    /** "the PM", "the president": the one person in this article whose role fits, if exactly one does. */
    private List<Mention> titleReferences(Document doc, List<Mention> mentions, Map<String, Cluster> clusters) {
        List<Mention> found = new ArrayList<>();
        Matcher m = TITLE_REFERENCE.matcher(doc.text());
        while (m.find()) {
            String role = m.group(1).equals("PM") ? "prime minister" : m.group(1).toLowerCase(Locale.ROOT);
            List<Cluster> fits = clusters.values().stream().filter(c -> c.type == ActorType.PERSON)
                    .filter(c -> c.roles.stream().anyMatch(r -> r.toLowerCase(Locale.ROOT).contains(role)
                            && !(role.equals("president") && r.toLowerCase(Locale.ROOT).contains("vice"))))
                    .toList();
            Span span = Span.of(doc.text(), m.start(), m.end());
            boolean free = mentions.stream().noneMatch(x -> x.span().overlaps(span));
            if (fits.size() == 1 && free) {
                fits.get(0).alias(span.text());
                found.add(new Mention(span, EntityType.PERSON, fits.get(0).id, null));
            }
        }
        return found;
    }
}
