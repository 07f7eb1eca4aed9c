package org.sitrep.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.clean.ContentId;
import org.sitrep.link.ClaimFeatures;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Article;
import org.sitrep.model.Casualties;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimLink;
import org.sitrep.model.ClaimSource;
import org.sitrep.model.DateSource;
import org.sitrep.model.Document;
import org.sitrep.model.EntityType;
import org.sitrep.model.Event;
import org.sitrep.model.EventCoding;
import org.sitrep.model.EventContext;
import org.sitrep.model.EventDate;
import org.sitrep.model.Ids;
import org.sitrep.model.LinkType;
import org.sitrep.model.Mention;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Participant;
import org.sitrep.model.Place;
import org.sitrep.model.PublicationDate;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;
import org.sitrep.model.TimeRef;

/**
 * Synthetic analysed articles for benchmarks over large stores (the search benchmark of issue 11): documents as the
 * pipeline leaves them (entities, actors, places, times, claims, events, links) without running it, built from the
 * world and sentence frames of {@code synthetic-news.tsv}. The world (seed 1): 42 countries, each a country, a
 * government and a military actor and a place; 320 invented persons with a role, code and country; 94 invented groups
 * (rebels, militias, parties, NGOs, police, media) and 8 international bodies, 548 actors in all; 359 invented towns
 * placed around their country's centre. Coverage is skewed as news is: countries, persons, towns, topics and outlets are drawn by
 * Zipf's law (a few take most articles), PLOVER event types, contexts and claim stances by the weights of their rows.
 *
 * <p>An article is about one country and a partner, one main topic and two others, published on a day of 2023–2024
 * (2% undated) by one of 36 outlets; its text (200 to 700 words, in paragraphs of one to three sentences) mixes
 * background sentences with 0–5 claims and 0–5 events (2.2 of each on average), a quarter of the events inside a
 * claim's content. One claim in seven links to a recent claim of another article on the same country (contradicting
 * when it denies or refutes). Claims carry linking features with a stand-in vector (a pool vector with noise), so no
 * embedding model runs. Deterministic: the same seed gives the same world and the same articles in the same order.
 */
final class SyntheticNews {
    /** An article as the pipeline would leave it, and its claims' linking features, one per claim in order. */
    record Synthetic(Document doc, List<ClaimFeatures> features) {}

    /** The first publication day; articles are spread over {@link #DAYS} days from it. */
    static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    static final int DAYS = 731;
    private static final String RESOURCE = "synthetic-news.tsv";
    private static final int PERSONS = 320;
    private static final int TOWNS = 360;
    private static final int VECTOR_POOL = 256;
    private static final int DIMENSIONS = 384;
    private static final int RECENT_CLAIMS = 200;
    private static final int[] COUNT_WEIGHTS = {8, 22, 32, 22, 10, 6};

    private final Random r;
    private final Map<String, List<String[]>> rows;
    private final List<Country> countries = new ArrayList<>();
    private final List<Actor> igos = new ArrayList<>();
    private final List<Actor> actors = new ArrayList<>();
    private final List<Place> places = new ArrayList<>();
    private final List<String> topics = new ArrayList<>();
    private final List<String> outlets = new ArrayList<>();
    private final List<String[]> eventRows;
    private final Weighted eventTypes;
    private final Weighted contexts;
    private final Weighted stances;
    private final Zipf countryZipf;
    private final Zipf topicZipf;
    private final Zipf outletZipf;
    private final Zipf igoZipf;
    private final List<float[]> vectors = new ArrayList<>();
    private final Map<String, Deque<String>> recentClaims = new HashMap<>();
    private long claimOrder;

    /** The world of {@code seed}; {@link #next()} then writes its articles. */
    SyntheticNews(long seed) {
        this.r = new Random(seed);
        this.rows = load();
        this.eventRows = rows("event");
        this.eventTypes = new Weighted(eventRows, 1);
        this.contexts = new Weighted(rows("context"), 1);
        this.stances = new Weighted(rows("stance"), 1);
        rows("topic").forEach(t -> topics.add(t[0]));
        rows("outlet").forEach(o -> outlets.add(o[0]));
        this.countryZipf = new Zipf(rows("country").size(), 1.0);
        this.topicZipf = new Zipf(topics.size(), 1.0);
        this.outletZipf = new Zipf(outlets.size(), 0.8);
        buildWorld();
        this.igoZipf = new Zipf(igos.size(), 1.0);
        for (int i = 0; i < VECTOR_POOL; i++) {
            float[] v = new float[DIMENSIONS];
            for (int k = 0; k < DIMENSIONS; k++) {
                v[k] = (float) r.nextGaussian();
            }
            vectors.add(perturbed(v, r));
        }
    }

    /** Every actor of the world, each country's first. */
    List<Actor> actors() {
        return Collections.unmodifiableList(actors);
    }

    /** Every place of the world: the countries, then the towns. */
    List<Place> places() {
        return Collections.unmodifiableList(places);
    }

    /** The topics, most covered first. */
    List<String> topics() {
        return Collections.unmodifiableList(topics);
    }

    /** The PLOVER event types the articles report. */
    List<String> eventTypes() {
        return eventRows.stream().map(e -> e[0]).toList();
    }

    /** The next article. */
    Synthetic next() {
        Country focus = countries.get(countryZipf.next(r));
        Country partner = focus;
        while (partner == focus) {
            partner = countries.get(countryZipf.next(r));
        }
        Draft d = new Draft(focus, partner);
        int claims = count();
        int events = count();
        int embedded = 0;
        boolean[] eventInClaim = new boolean[claims];
        for (int i = 0; i < claims && embedded < events; i++) {
            if (r.nextInt(4) == 0) {
                eventInClaim[i] = true;
                embedded++;
            }
        }
        int standalone = events - embedded;
        int words = 200 + r.nextInt(501);
        int background = Math.max(3, (words - 22 * claims - 18 * standalone) / 15);
        List<Character> order = new ArrayList<>();
        for (int i = 0; i < claims; i++) {
            order.add('c');
        }
        for (int i = 0; i < standalone; i++) {
            order.add('e');
        }
        for (int i = 0; i < background; i++) {
            order.add('b');
        }
        Collections.shuffle(order, r);
        if (standalone > 0) { // the lead reports the main event
            order.remove(Character.valueOf('e'));
            order.add(0, 'e');
        }
        int claim = 0;
        int inParagraph = 0;
        int paragraphLength = 1 + r.nextInt(3);
        for (char kind : order) {
            if (d.text.length() > 0) {
                if (inParagraph >= paragraphLength) {
                    d.text.append("\n\n");
                    inParagraph = 0;
                    paragraphLength = 1 + r.nextInt(3);
                } else {
                    d.text.append(' ');
                }
            }
            switch (kind) {
                case 'c' -> d.claim(eventInClaim[claim++]);
                case 'e' -> d.event(-1, true);
                default -> {
                    int at = d.text.length();
                    d.fill(any("sentence")[0], true);
                    d.capitalize(at);
                }
            }
            inParagraph++;
        }
        return d.finish();
    }

    /** How many claims (or events) an article has: 0 to 5, 2.2 on average. */
    private int count() {
        int x = r.nextInt(100);
        for (int i = 0; i < COUNT_WEIGHTS.length; i++) {
            x -= COUNT_WEIGHTS[i];
            if (x < 0) {
                return i;
            }
        }
        return COUNT_WEIGHTS.length - 1;
    }

    /**
     * The linking features of claim {@code c} of article {@code article} as the store keeps them, with {@code vector}
     * standing in for its content's embedding and no specifics or outcomes: what a synthetic claim needs to be stored.
     */
    static ClaimFeatures features(Claim c, String article, Set<String> involves, Set<String> events, LocalDate day, float[] vector, long order) {
        return new ClaimFeatures(c.id(), article, c.source().actor(), c.source().description(), c.source().anonymous(), c.stance(),
                c.cue().text(), c.content().text(), involves, events, Set.of(), Set.of(), day, vector, order);
    }

    /** {@code v} with Gaussian noise of 0.01 per dimension, scaled to unit length: a stored claim's stand-in embedding. */
    static float[] perturbed(float[] v, Random r) {
        float[] out = new float[v.length];
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] + r.nextGaussian() * 0.01);
            norm += out[i] * out[i];
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < v.length; i++) {
            out[i] /= (float) norm;
        }
        return out;
    }

    // ---- the world

    /** One country's actors and places. */
    private static final class Country {
        final String iso3;
        final String name;
        final String demonym;
        final Place place;
        final Actor state;
        final Actor government;
        final Actor military;
        final List<Actor> persons = new ArrayList<>();
        final List<Actor> groups = new ArrayList<>();
        final List<Place> towns = new ArrayList<>();

        Country(String iso3, String name, String demonym, Place place, Actor state, Actor government, Actor military) {
            this.iso3 = iso3;
            this.name = name;
            this.demonym = demonym;
            this.place = place;
            this.state = state;
            this.government = government;
            this.military = military;
        }
    }

    private void buildWorld() {
        List<String[]> countryRows = rows("country");
        for (int i = 0; i < countryRows.size(); i++) {
            String[] c = countryRows.get(i);
            String iso3 = c[0];
            Place place = new Place("geonames:" + (6_100_000 + i), c[2], number(c, 4), number(c, 5), c[1], "country");
            Actor state = new Actor("country:" + iso3, c[2], ActorType.COUNTRY, List.of(), List.of(), iso3, iso3);
            Actor government = new Actor("agent:" + iso3 + "GOV", c[3] + " government", ActorType.GOVERNMENT,
                    List.of(c[2] + "'s government", "the " + c[3] + " authorities"), List.of(), iso3 + "GOV", iso3);
            Actor military = new Actor("agent:" + iso3 + "MIL", c[3] + " military", ActorType.MILITARY,
                    List.of(c[3] + " forces", c[3] + " army"), List.of(), iso3 + "MIL", iso3);
            countries.add(new Country(iso3, c[2], c[3], place, state, government, military));
            places.add(place);
        }
        for (String[] g : rows("igo")) {
            igos.add(new Actor(g[0], g[1], g[0].equals("org:icrc") ? ActorType.NGO : ActorType.IGO, List.of(g[3]), List.of(), g[2], null));
        }
        Zipf share = new Zipf(countries.size(), 0.8);
        // Towns: about TOWNS in all, more for the countries covered most, at least two each.
        List<String> starts = rows("town-start").stream().map(x -> x[0]).toList();
        List<String> ends = rows("town-end").stream().map(x -> x[0]).toList();
        List<String> names = new ArrayList<>();
        for (String s : starts) {
            for (String e : ends) {
                names.add(s + e);
            }
        }
        Collections.shuffle(names, r);
        int town = 0;
        for (int i = 0; i < countries.size() && town < names.size(); i++) {
            Country c = countries.get(i);
            int n = Math.max(2, (int) Math.round(TOWNS * share.weight(i)));
            for (int k = 0; k < n && town < names.size(); k++) {
                String name = names.get(town);
                if (r.nextInt(8) == 0) {
                    name = (r.nextBoolean() ? "Port " : "New ") + name;
                }
                long population = Math.round(Math.exp(8.5 + r.nextDouble() * 6));
                Place p = new Place("geonames:" + (7_300_000 + town), name, round(c.place.lat() + r.nextGaussian() * 1.5),
                        round(c.place.lon() + r.nextGaussian() * 1.5), c.place.country(), "city", null, population, 1.0);
                c.towns.add(p);
                places.add(p);
                town++;
            }
        }
        // Persons: PERSONS in all, shared among countries as coverage is.
        List<String> given = rows("given").stream().map(x -> x[0]).toList();
        List<String> family = rows("family").stream().map(x -> x[0]).toList();
        List<String[]> roles = rows("role");
        Set<String> ids = new LinkedHashSet<>();
        while (ids.size() < PERSONS) {
            String g = given.get(r.nextInt(given.size()));
            String f = family.get(r.nextInt(family.size()));
            String id = "person:" + slug(g + " " + f);
            if (!ids.add(id)) {
                continue;
            }
            Country c = countries.get(share.next(r));
            String[] role = roles.get(r.nextInt(roles.size()));
            c.persons.add(new Actor(id, g + " " + f, ActorType.PERSON, List.of(f), List.of(role[1]), c.iso3 + role[0], c.iso3));
        }
        // Groups: two to six per country, from the name frames.
        List<String[]> frames = rows("org");
        List<String> adjectives = rows("adjective").stream().map(x -> x[0]).toList();
        Set<String> groupIds = new TreeSet<>();
        for (int i = 0; i < countries.size(); i++) {
            Country c = countries.get(i);
            int n = 2 + (int) Math.round(4 * share.weight(i) / share.weight(0));
            for (int k = 0; k < n; k++) {
                String[] f = frames.get(r.nextInt(frames.size()));
                String name = f[1].replace("{A}", adjectives.get(r.nextInt(adjectives.size()))).replace("{D}", c.demonym)
                        .replace("{T}", c.towns.get(r.nextInt(c.towns.size())).name());
                String id = "org:" + slug(name);
                if (!groupIds.add(id)) {
                    continue;
                }
                c.groups.add(new Actor(id, name, ActorType.valueOf(f[0]), List.of(acronym(name)), List.of(), c.iso3 + f[2], c.iso3));
            }
        }
        for (Country c : countries) {
            actors.add(c.state);
            actors.add(c.government);
            actors.add(c.military);
            actors.addAll(c.persons);
            actors.addAll(c.groups);
        }
        actors.addAll(igos);
    }

    // ---- one article

    /** An article being written: its text, what it names, and its claims and events as they are placed. */
    private final class Draft {
        final Country focus;
        final Country partner;
        final List<Actor> cast = new ArrayList<>();
        final List<Place> towns = new ArrayList<>();
        final List<String> subjects = new ArrayList<>();
        final LocalDate day;
        final String outlet;
        final StringBuilder text = new StringBuilder();
        final List<Mention> mentions = new ArrayList<>();
        final Map<String, Actor> named = new LinkedHashMap<>();
        final Map<String, Set<String>> surfaces = new HashMap<>();
        final Map<String, Place> located = new LinkedHashMap<>();
        final List<TimeRef> times = new ArrayList<>();
        final List<Claim> claims = new ArrayList<>();
        final List<EventDraft> events = new ArrayList<>();
        /** The span of the last actor marked. */
        Span lastSpan;

        Draft(Country focus, Country partner) {
            this.focus = focus;
            this.partner = partner;
            cast.add(r.nextBoolean() ? focus.government : focus.military);
            cast.add(r.nextInt(3) == 0 ? focus.military : focus.state);
            cast.add(partner.government);
            pickSome(focus.persons, 1 + r.nextInt(3));
            pickSome(partner.persons, r.nextInt(2));
            pickSome(focus.groups, r.nextInt(3));
            if (r.nextInt(3) == 0) {
                cast.add(igos.get(igoZipf.next(r)));
            }
            Zipf townZipf = new Zipf(focus.towns.size(), 1.0);
            int n = 1 + r.nextInt(3);
            for (int i = 0; i < n * 3 && towns.size() < n; i++) {
                Place p = focus.towns.get(townZipf.next(r));
                if (!towns.contains(p)) {
                    towns.add(p);
                }
            }
            subjects.add(topics.get(topicZipf.next(r)));
            while (subjects.size() < 3) {
                String t = topics.get(topicZipf.next(r));
                if (!subjects.contains(t)) {
                    subjects.add(t);
                }
            }
            day = r.nextInt(50) == 0 ? null : FIRST_DAY.plusDays(r.nextInt(DAYS));
            outlet = outlets.get(outletZipf.next(r));
        }

        private void pickSome(List<Actor> from, int n) {
            if (from.isEmpty()) {
                return;
            }
            Zipf z = new Zipf(from.size(), 1.0);
            for (int i = 0; i < n; i++) {
                Actor a = from.get(z.next(r));
                if (!cast.contains(a)) {
                    cast.add(a);
                }
            }
        }

        /** Appends {@code frame} with its slots filled; names are marked as mentions when {@code mark}. */
        void fill(String frame, boolean mark) {
            fill(text, frame, mark);
        }

        void fill(StringBuilder out, String frame, boolean mark) {
            int i = 0;
            while (i < frame.length()) {
                char ch = frame.charAt(i);
                if (ch == '{' && i + 2 < frame.length() && frame.charAt(i + 2) == '}') {
                    slot(out, frame.charAt(i + 1), mark && out == text);
                    i += 3;
                } else {
                    out.append(ch);
                    i++;
                }
            }
        }

        private void slot(StringBuilder out, char s, boolean mark) {
            switch (s) {
                case 'A' -> actor(out, cast.get(r.nextInt(cast.size())), mark);
                case 'P' -> place(out, towns.get(r.nextInt(towns.size())), mark);
                case 'C' -> {
                    Country c = r.nextInt(5) == 0 ? partner : focus;
                    int at = out.length();
                    out.append(c.name);
                    if (mark) {
                        mentions.add(new Mention(Span.of(out.toString(), at, out.length()), EntityType.LOCATION, c.state.id(), c.place.id()));
                        named(c.state, c.name);
                        located.putIfAbsent(c.place.id(), c.place);
                    }
                }
                case 'D' -> {
                    int at = out.length();
                    out.append(focus.demonym);
                    if (mark) {
                        mentions.add(new Mention(Span.of(out.toString(), at, out.length()), EntityType.NATIONALITY, focus.state.id(), null));
                        named(focus.state, focus.name);
                    }
                }
                case 'T' -> out.append(subjects.get(0));
                case 't' -> out.append(subjects.get(1 + r.nextInt(subjects.size() - 1)));
                case 'N' -> out.append(2 + (int) Math.exp(r.nextDouble() * 6));
                case 'M' -> out.append((day == null ? FIRST_DAY : day).minusDays(r.nextInt(120)).getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                case 'W' -> out.append(LocalDate.of(2024, 1, 1 + r.nextInt(7)).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                case 'O' -> out.append(outlets.get(outletZipf.next(r)).replaceFirst("^The ", "")); // frames say "the {O}"
                case 'I' -> actor(out, igos.get(r.nextInt(igos.size())), mark);
                default -> throw new IllegalStateException(RESOURCE + ": unknown slot {" + s + "}");
            }
        }

        /** Appends an actor's name (or, once named, sometimes an alias) and marks it. */
        void actor(StringBuilder out, Actor a, boolean mark) {
            String surface = named.containsKey(a.id()) && !a.aliases().isEmpty() && r.nextBoolean() ? a.aliases().get(r.nextInt(a.aliases().size())) : a.name();
            int at = out.length();
            out.append(surface);
            if (mark) {
                Span span = Span.of(out.toString(), at, out.length());
                EntityType type = switch (a.type()) {
                    case PERSON -> EntityType.PERSON;
                    case COUNTRY -> EntityType.LOCATION;
                    default -> EntityType.ORGANIZATION;
                };
                mentions.add(new Mention(span, type, a.id(), null));
                named(a, surface);
                lastSpan = span;
            }
        }

        /** Upper-cases the letter at {@code at}, which starts a sentence, and remakes the spans of the name it begins. */
        void capitalize(int at) {
            char c = text.charAt(at);
            if (!Character.isLowerCase(c)) {
                return;
            }
            text.setCharAt(at, Character.toUpperCase(c));
            String t = text.toString();
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                if (m.span().start() == at) {
                    mentions.set(i, new Mention(Span.of(t, at, m.span().end()), m.type(), m.actor(), m.place()));
                }
            }
            if (lastSpan != null && lastSpan.start() == at) {
                lastSpan = Span.of(t, at, lastSpan.end());
            }
        }

        private void named(Actor a, String surface) {
            named.putIfAbsent(a.id(), a);
            if (!surface.equals(a.name())) {
                surfaces.computeIfAbsent(a.id(), k -> new LinkedHashSet<>()).add(surface);
            }
        }

        void place(StringBuilder out, Place p, boolean mark) {
            int at = out.length();
            out.append(p.name());
            if (mark) {
                mentions.add(new Mention(Span.of(out.toString(), at, out.length()), EntityType.LOCATION, null, p.id()));
                located.putIfAbsent(p.id(), p);
            }
        }

        /**
         * Appends an event: "{source} {phrase} {target} near {town}[ on {weekday}][, killing …][{tail}]", a sentence of
         * its own when {@code sentence}, else a claim's content ({@code cueStart} its claim's cue).
         */
        void event(int cueStart, boolean sentence) {
            int start = text.length();
            String[] row = eventRows.get(eventTypes.next(r));
            Actor source = cast.get(r.nextInt(cast.size()));
            Actor target = source;
            while (target == source) {
                target = cast.get(r.nextInt(cast.size()));
            }
            actor(text, source, true);
            if (sentence) {
                capitalize(start);
            }
            Span sourceSpan = lastSpan;
            text.append(' ');
            String[] phrases = row[7].split("\\|");
            String phrase = phrases[r.nextInt(phrases.length)];
            int open = phrase.indexOf('[');
            int close = phrase.indexOf(']');
            int phraseAt = text.length();
            text.append(phrase, 0, open).append(phrase, open + 1, close).append(phrase.substring(close + 1));
            int triggerStart = phraseAt + open;
            int triggerEnd = phraseAt + close - 1;
            text.append(' ');
            actor(text, target, true);
            Span targetSpan = lastSpan;
            Place where = null;
            if (r.nextInt(5) > 0) {
                text.append(r.nextBoolean() ? " near " : " in ");
                where = towns.get(r.nextInt(towns.size()));
                place(text, where, true);
            }
            EventDate date = null;
            Integer time = null;
            if (day != null && r.nextBoolean()) {
                LocalDate when = day.minusDays(r.nextInt(7));
                text.append(" on ");
                int at = text.length();
                text.append(when.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                Span span = Span.of(text.toString(), at, text.length());
                time = times.size();
                times.add(new TimeRef(span, "DATE", when.toString()));
                date = new EventDate(when, when.toString(), EventDate.Precision.DAY, "sentence", span);
            }
            Casualties casualties = null;
            if (("ASSAULT".equals(row[0]) || "COERCE".equals(row[0])) && r.nextBoolean()) {
                int at = text.length() + 2;
                int killed = 1 + (int) Math.exp(r.nextDouble() * 4);
                boolean atLeast = r.nextBoolean();
                text.append(", killing ").append(atLeast ? "at least " : "").append(killed).append(" people");
                Integer injured = null;
                if (r.nextBoolean()) {
                    injured = killed + r.nextInt(3 * killed + 1);
                    text.append(" and wounding ").append(injured);
                }
                casualties = new Casualties(killed, injured, atLeast, Span.of(text.toString(), at, text.length()));
            }
            if (sentence && r.nextInt(3) > 0) {
                fill(any("tail")[0], true);
            }
            EventContext context = EventContext.valueOf(rows("context").get(contexts.next(r))[0]);
            EventCoding coding = new EventCoding(row[2], Integer.parseInt(row[3]), Double.parseDouble(row[4]), dash(row[5]), dash(row[6]));
            events.add(new EventDraft(row[0], triggerStart, triggerEnd, new Participant(sourceSpan, source.id(), source.country()),
                    new Participant(targetSpan, target.id(), target.country()), where == null ? null : where.id(), time, context, start,
                    cueStart, coding, date, casualties));
            if (sentence) {
                text.append('.');
                events.get(events.size() - 1).sentenceEnd = text.length();
            }
        }

        /** Appends a claim: indirect ("{source} {cue} {content}.") or direct ("\"{Content},\" {source} {cue}."). */
        void claim(boolean withEvent) {
            int start = text.length();
            String[] stanceRow = rows("stance").get(stances.next(r));
            Stance stance = Stance.valueOf(stanceRow[0]);
            String[] cues = stanceRow[2].split("\\|");
            String cue = cues[r.nextInt(cues.length)];
            boolean direct = !withEvent && r.nextInt(10) < 3;
            int contentStart;
            int contentEnd;
            int cueStart;
            Span source;
            String sourceActor;
            boolean anonymous;
            if (direct) {
                text.append('"');
                contentStart = text.length();
                String frame = any("content")[0];
                int before = text.length();
                fill(frame, true);
                capitalize(before);
                contentEnd = text.length();
                text.append(",\" ");
                Object[] s = source(false);
                source = (Span) s[0];
                sourceActor = (String) s[1];
                anonymous = (Boolean) s[2];
                text.append(' ');
                cueStart = text.length();
                text.append(cue);
                text.append('.');
            } else {
                Object[] s = source(true);
                source = (Span) s[0];
                sourceActor = (String) s[1];
                anonymous = (Boolean) s[2];
                text.append(' ');
                cueStart = text.length();
                text.append(cue);
                text.append(r.nextBoolean() && stance != Stance.QUESTION ? " that " : " ");
                contentStart = text.length();
                if (withEvent) {
                    event(cueStart, false);
                } else {
                    fill(any("content")[0], true);
                }
                contentEnd = text.length();
                text.append('.');
            }
            String t = text.toString();
            claims.add(new Claim(new ClaimSource(source, sourceActor, anonymous, source.text()), Span.of(t, cueStart, cueStart + cue.length()),
                    Span.of(t, contentStart, contentEnd), stance, direct, null, Span.of(t, start, text.length())));
            if (withEvent) {
                events.get(events.size() - 1).sentenceStart = start;
                events.get(events.size() - 1).sentenceEnd = text.length();
            }
        }

        /** Appends a claim's source (capitalised when it starts the sentence): {span, actor id or null, anonymous}. */
        private Object[] source(boolean first) {
            int kind = r.nextInt(100);
            int at = text.length();
            if (kind < 60) {
                List<Actor> speakers = cast.stream().filter(a -> a.type() == ActorType.PERSON).toList();
                List<Actor> bodies = cast.stream().filter(a -> a.type() != ActorType.PERSON && a.type() != ActorType.COUNTRY).toList();
                Actor a = !speakers.isEmpty() && r.nextInt(10) < 7 ? speakers.get(r.nextInt(speakers.size())) : bodies.get(r.nextInt(bodies.size()));
                actor(text, a, true);
                if (first) {
                    capitalize(at);
                }
                return new Object[] {lastSpan, a.id(), false};
            }
            boolean anonymous = kind < 88;
            fill(any(anonymous ? "anonymous" : "unnamed")[0], true);
            if (first) {
                capitalize(at);
            }
            return new Object[] {Span.of(text.toString(), at, text.length()), null, anonymous};
        }

        Synthetic finish() {
            String body = text.toString();
            StringBuilder title = new StringBuilder();
            fill(title, any("title")[0], false);
            title.setCharAt(0, Character.toUpperCase(title.charAt(0)));
            String id = ContentId.of(title.toString(), body);
            Article a = new Article(id, "https://news.example/" + slug(outlet) + "/" + id, outlet, title.toString(),
                    day == null ? PublicationDate.UNKNOWN : new PublicationDate(day, DateSource.METADATA), List.of(), List.of(), body, "en",
                    OffsetMap.shifted(0, body.length()));
            List<Actor> docActors = new ArrayList<>();
            for (Actor x : named.values()) {
                Set<String> seen = surfaces.getOrDefault(x.id(), Set.of());
                docActors.add(new Actor(x.id(), x.name(), x.type(), List.copyOf(seen), x.roles(), x.code(), x.country()));
            }
            List<Event> evs = new ArrayList<>();
            boolean main = true;
            for (EventDraft e : events) {
                String claimId = e.cueStart < 0 ? null : Ids.claim(id, e.cueStart);
                evs.add(new Event(e.type, null, Span.of(body, e.triggerStart, e.triggerEnd), e.source, e.target, e.place, e.time, e.context,
                        Span.of(body, e.sentenceStart, e.sentenceEnd), claimId, e.coding, e.date, e.casualties, null, main && e.cueStart < 0));
                main = main && e.cueStart >= 0;
            }
            Document doc = Document.of(a).withActors(mentions, docActors).withPlaces(mentions, List.copyOf(located.values()))
                    .withTimes(times).withClaims(claims).withEvents(evs);
            List<ClaimFeatures> features = new ArrayList<>();
            List<ClaimLink> links = new ArrayList<>();
            Deque<String> recent = recentClaims.computeIfAbsent(focus.iso3, k -> new ArrayDeque<>());
            for (Claim c : doc.claims()) {
                Set<String> involves = new TreeSet<>();
                for (Mention m : mentions) {
                    if (c.content().contains(m.span())) {
                        involves.add(m.actor() != null ? m.actor() : m.place());
                    }
                }
                Set<String> types = new TreeSet<>();
                for (Event e : evs) {
                    if (c.id().equals(e.claim())) {
                        types.add(e.type());
                        types.add(e.type() + " by:" + e.source().actor());
                        types.add(e.type() + " " + e.source().actor() + ">" + e.target().actor());
                    }
                }
                float[] vector = perturbed(vectors.get(r.nextInt(vectors.size())), r);
                features.add(SyntheticNews.features(c, id, involves, types, day, vector, claimOrder++));
                if (!recent.isEmpty() && r.nextInt(7) == 0) {
                    String to = List.copyOf(recent).get(r.nextInt(recent.size()));
                    LinkType type = c.stance() == Stance.DENY || c.stance() == Stance.REFUTE ? LinkType.CONTRADICTS
                            : c.stance() == Stance.ASSERT || c.stance() == Stance.CONFIRM ? LinkType.SUPPORTS : LinkType.ELABORATES;
                    links.add(new ClaimLink(c.id(), to, type, 0.6 + 0.35 * r.nextDouble(),
                            List.of(c.stance().name().toLowerCase(Locale.ROOT) + " vs earlier claim", "same country: " + focus.state.id())));
                }
            }
            for (Claim c : doc.claims()) {
                recent.addLast(c.id());
                if (recent.size() > RECENT_CLAIMS) {
                    recent.removeFirst();
                }
            }
            return new Synthetic(doc.withLinks(links), features);
        }
    }

    /** An event while its article is written; its sentence's bounds are known once the sentence ends. */
    private static final class EventDraft {
        final String type;
        final int triggerStart;
        final int triggerEnd;
        final Participant source;
        final Participant target;
        final String place;
        final Integer time;
        final EventContext context;
        final int cueStart;
        final EventCoding coding;
        final EventDate date;
        final Casualties casualties;
        int sentenceStart;
        int sentenceEnd;

        EventDraft(String type, int triggerStart, int triggerEnd, Participant source, Participant target, String place, Integer time,
                   EventContext context, int sentenceStart, int cueStart, EventCoding coding, EventDate date, Casualties casualties) {
            this.type = type;
            this.triggerStart = triggerStart;
            this.triggerEnd = triggerEnd;
            this.source = source;
            this.target = target;
            this.place = place;
            this.time = time;
            this.context = context;
            this.sentenceStart = sentenceStart;
            this.cueStart = cueStart;
            this.coding = coding;
            this.date = date;
            this.casualties = casualties;
        }
    }

    // ---- helpers

    private String[] any(String kind) {
        List<String[]> list = rows(kind);
        return list.get(r.nextInt(list.size()));
    }

    private List<String[]> rows(String kind) {
        List<String[]> list = rows.get(kind);
        if (list == null || list.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " has no '" + kind + "' row");
        }
        return list;
    }

    private static double number(String[] row, int i) {
        return Double.parseDouble(row[i]);
    }

    private static double round(double x) {
        return Math.round(x * 1e5) / 1e5;
    }

    private static String dash(String s) {
        return "-".equals(s) ? null : s;
    }

    static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String acronym(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : name.split("\\s+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                out.append(w.charAt(0));
            }
        }
        return out.toString();
    }

    /** The rows of {@link #RESOURCE} by kind; a row without the columns its kind needs is an error naming its line. */
    private static Map<String, List<String[]>> load() {
        Map<String, Integer> columns = Map.ofEntries(Map.entry("country", 6), Map.entry("given", 1), Map.entry("family", 1),
                Map.entry("town-start", 1), Map.entry("town-end", 1), Map.entry("adjective", 1), Map.entry("org", 3), Map.entry("igo", 4),
                Map.entry("role", 2), Map.entry("outlet", 1), Map.entry("event", 8), Map.entry("context", 2), Map.entry("stance", 3),
                Map.entry("anonymous", 1), Map.entry("unnamed", 1), Map.entry("topic", 1), Map.entry("sentence", 1), Map.entry("content", 1),
                Map.entry("title", 1), Map.entry("tail", 1));
        Map<String, List<String[]>> out = new HashMap<>();
        try (InputStream in = SyntheticNews.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                Integer need = columns.get(cells[0]);
                if (need == null || cells.length - 1 < need) {
                    throw new IllegalStateException(RESOURCE + " line " + n + ": " + (need == null ? "unknown kind '" + cells[0] + "'"
                            : "'" + cells[0] + "' needs " + need + " columns, got " + (cells.length - 1)));
                }
                out.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(java.util.Arrays.copyOfRange(cells, 1, cells.length));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Picks rows by the integer weight in column {@code column}. */
    private static final class Weighted {
        private final int[] cumulative;

        Weighted(List<String[]> rows, int column) {
            cumulative = new int[rows.size()];
            int sum = 0;
            for (int i = 0; i < rows.size(); i++) {
                sum += Integer.parseInt(rows.get(i)[column]);
                cumulative[i] = sum;
            }
        }

        int next(Random random) {
            int x = random.nextInt(cumulative[cumulative.length - 1]);
            int i = java.util.Arrays.binarySearch(cumulative, x + 1);
            return i >= 0 ? i : -i - 1;
        }
    }

    /** Ranks 0..n-1 drawn by Zipf's law with exponent {@code s}: rank k has weight 1/(k+1)^s. */
    private static final class Zipf {
        private final double[] cumulative;

        Zipf(int n, double s) {
            cumulative = new double[n];
            double sum = 0;
            for (int k = 0; k < n; k++) {
                sum += 1 / Math.pow(k + 1, s);
                cumulative[k] = sum;
            }
            for (int k = 0; k < n; k++) {
                cumulative[k] /= sum;
            }
        }

        /** Rank {@code k}'s share of the draws. */
        double weight(int k) {
            return k == 0 ? cumulative[0] : cumulative[k] - cumulative[k - 1];
        }

        int next(Random random) {
            double x = random.nextDouble();
            int i = java.util.Arrays.binarySearch(cumulative, x);
            return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
        }
    }
}
