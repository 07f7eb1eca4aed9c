package org.sitrep.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Document;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * The actors stage: clusters the mentions of one article into actors, in context.
 * <ol>
 *   <li>Known names the tagger missed or mistyped are found in the text ({@link NameSpotter}).</li>
 *   <li>Full names resolve against the dictionary: exact (accents and transliteration aside), else a close misspelling
 *       ("Kamal Harris") when the article supports it (the person's country is named, or the title written fits a
 *       role held on the article date); else they become actors of their own, {@code person:<slug>}.</li>
 *   <li>A surname, alone or after an honorific or title ("Mr Blair", "President Biden"), joins the nearest earlier
 *       full mention in the article; failing that, the one dictionary person of that surname who held a dated role
 *       or code on the article date in a country the article names, or whose role on that date the title written
 *       fits; else an actor of its own. Being the only person of that surname is no support; nor is a guess among
 *       several.</li>
 *   <li>Organisations resolve exactly, else become {@code org:<slug>}; states come from places and demonyms; actors
 *       named together ("X and Y") make a {@link ActorType#GROUP}.</li>
 *   <li>Title references ("the PM", "the Iraqi prime minister") go to the person in the article who holds that role,
 *       else to the dictionary's holder on the article date in the country in context (a demonym or country next to
 *       the title, else the article's most-named country). Descriptions ("the group", "the ministry") go to the
 *       nearest earlier organisation of a fitting kind.</li>
 *   <li>A country and an agent noun ("Israeli soldiers", "the government of Sudan", "Israel's army"; {@link Agents},
 *       {@link AgentPhrases}) are the agent actor {@code agent:ISRMIL} of that country and sector, coded
 *       country + sector; so is a tagged name of that form that the dictionary lacks ("the Iraqi Army").</li>
 * </ol>
 * Roles are those written before a name plus, when the article date is known, those the dictionary dates to it; the
 * code is the one the dictionary dates to the article.
 */
public final class ActorResolver implements Stage {
    private static final Set<String> DETERMINERS = Set.of("the", "this", "that");
    private final ActorDictionary dictionary;
    private final Gazetteer gazetteer;
    private final Agents agents;
    private final Titles titles = Titles.bundled();

    /** A resolver with the bundled agent phrases. */
    public ActorResolver(ActorDictionary dictionary, Gazetteer gazetteer) {
        this(dictionary, gazetteer, Agents.bundled());
    }

    public ActorResolver(ActorDictionary dictionary, Gazetteer gazetteer, Agents agents) {
        if (dictionary == null || gazetteer == null || agents == null) {
            throw new IllegalArgumentException("The parameters 'dictionary', 'gazetteer' and 'agents' must not be null.");
        }
        this.dictionary = dictionary;
        this.gazetteer = gazetteer;
        this.agents = agents;
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
        final List<Integer> seenAt = new ArrayList<>();
        final List<String> members = new ArrayList<>();
        String code;
        String country;
        String gender = "";
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

        void role(String title) {
            if (!title.isEmpty() && roles.stream().noneMatch(r -> r.equalsIgnoreCase(title))) {
                roles.add(title);
            }
        }

        /** The latest offset before {@code at} where this actor was mentioned, or -1. */
        int lastBefore(int at) {
            int best = -1;
            for (int p : seenAt) {
                if (p < at && p > best) {
                    best = p;
                }
            }
            return best;
        }

        Actor toActor(LocalDate day) {
            List<String> allRoles = new ArrayList<>(roles);
            String c = code;
            if (known != null) {
                if (day != null) {
                    for (String r : known.rolesOn(day)) {
                        if (allRoles.stream().noneMatch(x -> x.equalsIgnoreCase(r))) {
                            allRoles.add(r);
                        }
                    }
                }
                c = known.codeOn(day).orElse(code);
            }
            return new Actor(id, name, type, List.copyOf(aliases), allRoles, c, country, members);
        }
    }

    /** What the stage knows of one article while it works on it. */
    private final class Work {
        final Document doc;
        final LocalDate day;
        final Map<String, Cluster> clusters = new LinkedHashMap<>();
        final Map<String, Integer> countries = new LinkedHashMap<>();
        final Map<Integer, Integer> tokenAt = new HashMap<>();
        final Map<String, Place> places = new HashMap<>();
        /** Misspelling lookups already made in this article, by name key: a name repeats, the lookup need not. */
        final Map<String, List<ActorDictionary.Near>> nearCache = new HashMap<>();
        final Map<String, List<ActorDictionary.Entry>> closeCache = new HashMap<>();
        final int[] sentenceOf;
        List<Mention> mentions;

        Work(Document doc) {
            this.doc = doc;
            this.day = doc.article().published().date();
            doc.places().forEach(p -> places.put(p.id(), p));
            List<Token> tokens = doc.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                tokenAt.put(tokens.get(i).start(), i);
            }
            sentenceOf = new int[tokens.size()];
            List<Sentence> ss = doc.sentences();
            for (int s = 0; s < ss.size(); s++) {
                for (int t = ss.get(s).firstToken(); t < ss.get(s).endToken() && t < tokens.size(); t++) {
                    sentenceOf[t] = s;
                }
            }
        }

        List<ActorDictionary.Near> near(String key, Supplier<List<ActorDictionary.Near>> lookup) {
            return nearCache.computeIfAbsent(key, k -> lookup.get());
        }

        List<ActorDictionary.Entry> closePersons(String key, Supplier<List<ActorDictionary.Entry>> lookup) {
            return closeCache.computeIfAbsent(key, k -> lookup.get());
        }

        Cluster known(ActorDictionary.Entry e) {
            return clusters.computeIfAbsent(e.id(), id -> {
                Cluster c = new Cluster(e.id(), e.type(), e.name());
                c.code = e.code();
                c.country = e.country();
                c.known = e;
                return c;
            });
        }

        Cluster unknown(String prefix, ActorType type, String name) {
            return clusters.computeIfAbsent(prefix + Names.slug(name), id -> new Cluster(id, type, name));
        }

        boolean countryNamed(String iso3) {
            return iso3 != null && countries.containsKey(iso3);
        }

        /** The country the article names most often (the first named among equals), or null. */
        String mainCountry() {
            String best = null;
            int n = 0;
            for (Map.Entry<String, Integer> e : countries.entrySet()) {
                if (e.getValue() > n) {
                    best = e.getKey();
                    n = e.getValue();
                }
            }
            return best;
        }
    }

    @Override
    public Document apply(Document doc) {
        Work w = new Work(doc);
        List<Mention> out = new ArrayList<>(doc.entities());
        // The tagger's slips: pronouns and bare titles tagged as names.
        out.removeIf(m -> (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION) && !isName(m.span().text()));
        out = NameSpotter.spot(doc, out, dictionary);
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            if (m.type() == EntityType.PERSON && dictionary.findAll(m.span().text()).stream().noneMatch(e -> e.type() == ActorType.PERSON)
                    && dictionary.find(m.span().text()).filter(e -> e.type().isOrganisation()).isPresent()) {
                out.set(i, m.withType(EntityType.ORGANIZATION));
            }
        }
        // "then-Hezbollah chief Hassan Nasrallah ... Nasrallah was killed": a lone word the tagger calls an organisation
        // is the surname of a person the article names in full.
        Set<String> surnames = new HashSet<>();
        for (Mention m : out) {
            String[] words = m.span().text().replaceAll("['’]s$", "").strip().split("\\s+");
            if (m.type() == EntityType.PERSON && words.length > 1) {
                surnames.add(words[words.length - 1]);
            }
        }
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            String text = m.span().text().replaceAll("['’]s$", "").strip();
            if ((m.type() == EntityType.ORGANIZATION || m.type() == EntityType.MISC) && text.indexOf(' ') < 0 && surnames.contains(text)) {
                out.set(i, m.withType(EntityType.PERSON));
            }
        }
        w.mentions = out;
        countries(w);
        persons(w);
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            if (m.type() == EntityType.ORGANIZATION) {
                Cluster c = agentName(w, m.span().text()).orElseGet(() -> organisation(w, m.span().text()));
                c.alias(m.span().text());
                c.seenAt.add(m.span().start());
                out.set(i, m.withActor(c.id));
            }
        }
        out.sort(Comparator.comparing(Mention::span));
        groups(w);
        out.addAll(titleReferences(w));
        out.sort(Comparator.comparing(Mention::span));
        out.addAll(descriptions(w));
        out.sort(Comparator.comparing(Mention::span));
        out.addAll(agentPhrases(w));
        out.sort(Comparator.comparing(Mention::span));
        // Persons first, then the rest; each in the order the article first names them.
        List<Actor> actors = w.clusters.values().stream()
                .sorted(Comparator.comparingInt((Cluster c) -> c.type == ActorType.PERSON ? 0 : 1)
                        .thenComparingInt(c -> c.seenAt.stream().mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE)))
                .map(c -> c.toActor(w.day)).toList();
        return doc.withActors(out, actors);
    }

    private boolean isName(String text) {
        String t = text.strip();
        return !t.isEmpty() && Character.isUpperCase(t.charAt(0)) && titles.pronoun(t).isEmpty()
                && !Set.of("We", "His", "Their", "I", "Its", "Our").contains(t)
                && !Arrays.stream(t.split("\\s+")).allMatch(x -> titles.isOfficeWord(x) || titles.honorific(x).isPresent());
    }

    // ---- states ---------------------------------------------------------------------------------------------------

    /** States from place names and demonyms; counts how often the article names each country (cities count too). */
    private void countries(Work w) {
        Map<String, Place> places = w.places;
        for (int i = 0; i < w.mentions.size(); i++) {
            Mention m = w.mentions.get(i);
            if (m.type() != EntityType.LOCATION && m.type() != EntityType.NATIONALITY) {
                continue;
            }
            Optional<Gazetteer.Entry> e = state(m);
            String iso3 = e.map(Gazetteer.Entry::iso3).orElse(null);
            if (iso3 == null && m.place() != null && places.containsKey(m.place())) {
                iso3 = alpha3(places.get(m.place()).country());
            }
            if (iso3 != null) {
                w.countries.merge(iso3, 1, Integer::sum);
            }
            if (e.isPresent()) {
                Gazetteer.Entry g = e.get();
                Cluster c = w.clusters.computeIfAbsent("country:" + g.iso3(), id -> {
                    Cluster k = new Cluster(id, ActorType.COUNTRY, g.place().name());
                    k.code = g.iso3();
                    k.country = g.iso3();
                    dictionary.byId(id).ifPresent(d -> {
                        k.known = d;
                        k.code = d.code() != null ? d.code() : k.code;
                    });
                    return k;
                });
                c.aliases.add(m.span().text());
                c.seenAt.add(m.span().start());
                w.mentions.set(i, m.withActor(c.id));
            }
        }
    }

    /**
     * The state a place or demonym mention names, if any. A demonym names its country ("Georgian" is Georgia); a place
     * name names what the places stage resolved it to ("Georgia" may be the US state, which is no state actor), and
     * only a name the places stage left unresolved is read as the country it most likely is. Only countries count:
     * "Scottish" and "Asian" name no state (Scotland counts for its country through its place).
     */
    private Optional<Gazetteer.Entry> state(Mention m) {
        Optional<Gazetteer.Entry> e;
        if (m.type() == EntityType.NATIONALITY) {
            e = gazetteer.country(m.span().text());
        } else {
            Optional<Gazetteer.Entry> resolved = m.place() != null ? gazetteer.byId(m.place()) : Optional.empty();
            e = resolved.isPresent() ? resolved : gazetteer.find(m.span().text());
        }
        return e.filter(Gazetteer.Entry::isCountry);
    }

    private static String alpha3(String alpha2) {
        if (alpha2 == null || alpha2.length() != 2) {
            return null;
        }
        try {
            String a3 = new Locale("", alpha2).getISO3Country();
            return a3.isEmpty() ? null : a3;
        } catch (MissingResourceException e) {
            return null;
        }
    }

    // ---- persons --------------------------------------------------------------------------------------------------

    /** A person mention as written: the name without honorific, title or possessive; the title; the gender an honorific says. */
    private record Written(int index, String name, String title, String honorific, String gender, int start) {}

    private void persons(Work w) {
        List<Written> persons = new ArrayList<>();
        for (int i = 0; i < w.mentions.size(); i++) {
            Mention m = w.mentions.get(i);
            if (m.type() == EntityType.PERSON) {
                persons.add(written(w, i, m));
            }
        }
        // Full names first, so that a surname finds the cluster its full name made, wherever it stands.
        persons.sort(Comparator.comparingInt((Written p) -> Names.key(p.name()).indexOf(' ') < 0 ? 1 : 0).thenComparingInt(Written::start));
        for (Written p : persons) {
            Cluster c = person(w, p);
            Mention m = w.mentions.get(p.index());
            c.alias(m.span().text().replaceAll("['’]s$", ""));
            c.role(p.title());
            if (c.seenAt.isEmpty()) {
                c.gender = p.gender(); // only the mention that makes an actor says its gender: "Mrs Howard" after "Michael Howard" may be his wife
            }
            c.seenAt.add(p.start());
            w.mentions.set(p.index(), m.withActor(c.id));
        }
    }

    private Written written(Work w, int index, Mention m) {
        String text = m.span().text().replaceAll("['’]s$", "").strip();
        List<String> words = new ArrayList<>(Arrays.asList(text.split("\\s+")));
        StringBuilder inside = new StringBuilder();
        String gender = "";
        String honorific = "";
        // "Mr Howard", "President Bush" tagged whole: the honorific or title is no part of the name.
        while (words.size() > 1 && (titles.honorific(words.get(0)).isPresent() || titles.isTitleWord(words.get(0)))) {
            String word = words.remove(0);
            Optional<String> h = titles.honorific(word);
            if (h.isPresent()) {
                gender = h.get();
                honorific = word;
            } else {
                inside.append(inside.length() > 0 ? " " : "").append(word);
            }
        }
        String title = inside.toString();
        Integer t = w.tokenAt.get(m.span().start());
        if (t != null) {
            int sentenceStart = w.doc.sentences().get(w.sentenceOf[t]).firstToken();
            String before = TitleFinder.titleBefore(w.doc.tokens(), t, sentenceStart);
            title = before.isEmpty() ? title : title.isEmpty() ? before : before + " " + title;
            if (t > sentenceStart && honorific.isEmpty() && titles.honorific(w.doc.tokens().get(t - 1).text()).isPresent()) {
                honorific = w.doc.tokens().get(t - 1).text();
                gender = titles.honorific(honorific).orElse("");
            }
        }
        return new Written(index, String.join(" ", words), title, honorific, gender, m.span().start());
    }

    private Cluster person(Work w, Written p) {
        String key = Names.keyWithoutArticles(p.name());
        if (key.isEmpty()) {
            return w.unknown("person:", ActorType.PERSON, p.name());
        }
        if (key.indexOf(' ') < 0) {
            return surname(w, p, key);
        }
        List<ActorDictionary.Entry> exact = dictionary.findAll(p.name()).stream().filter(e -> e.type() == ActorType.PERSON).toList();
        if (!exact.isEmpty()) {
            return w.known(best(w, exact));
        }
        // "Shia al-Sudani" after "Mohammed Shia al-Sudani": a shorter form of a full name already in the article.
        List<String> words = List.of(key.split(" "));
        for (Cluster c : w.clusters.values()) {
            if (c.type == ActorType.PERSON && List.of(Names.keyWithoutArticles(c.name).split(" ")).containsAll(words)) {
                return c;
            }
        }
        List<ActorDictionary.Entry> close = w.closePersons(Names.key(p.name()), () -> dictionary.closePersons(p.name())).stream()
                .filter(e -> supported(w, e, p.title())).toList();
        if (close.size() == 1) {
            return w.known(close.get(0));
        }
        return w.unknown("person:", ActorType.PERSON, p.name());
    }

    /** Among namesakes, the one the article supports best (in office on its date, of a country it names); else the first. */
    private ActorDictionary.Entry best(Work w, List<ActorDictionary.Entry> namesakes) {
        ActorDictionary.Entry best = namesakes.get(0);
        int bestScore = -1;
        for (ActorDictionary.Entry e : namesakes) {
            int score = (w.countryNamed(e.country()) ? 2 : 0) + (w.day != null && e.activeOn(w.day) ? 1 : 0);
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    /** The article supports a dictionary person: it names the person's country, or the title written fits a role held then. */
    private boolean supported(Work w, ActorDictionary.Entry e, String title) {
        return w.countryNamed(e.country()) || !title.isEmpty() && fitsTitle(w, e, title);
    }

    private boolean fitsTitle(Work w, ActorDictionary.Entry e, String title) {
        List<String> roleKeys = titles.rolesOf(title);
        List<String> held = w.day != null ? e.rolesOn(w.day) : e.roles().stream().map(ActorDictionary.Role::title).toList();
        return roleKeys.stream().anyMatch(k -> held.stream().anyMatch(r -> titles.fits(r, k)));
    }

    /** A lone surname ("Blair", "Mr Blair", "President Biden"): the article's own full mention first, then the dictionary. */
    private Cluster surname(Work w, Written p, String key) {
        Cluster best = null;
        int bestAt = Integer.MIN_VALUE;
        boolean otherGender = false;
        for (Cluster c : w.clusters.values()) {
            if (c.type != ActorType.PERSON || !hasSurname(c, key)) {
                continue;
            }
            if (!c.gender.isEmpty() && !p.gender().isEmpty() && !c.gender.equals(p.gender())) {
                otherGender = true; // "Mrs Smith" after "Mr Smith": another Smith
                continue;
            }
            int at = c.lastBefore(p.start());
            int rank = at >= 0 ? at : -1 - c.seenAt.stream().mapToInt(Integer::intValue).min().orElse(0); // earlier mentions first, then the first after
            if (best == null || rank > bestAt) {
                best = c;
                bestAt = rank;
            }
        }
        if (best != null) {
            return best;
        }
        // "We want Michael to be ...": a lone first name, when one person of the article has it.
        List<Cluster> byFirstName = w.clusters.values().stream().filter(c -> c.type == ActorType.PERSON
                && Names.keyWithoutArticles(c.name).indexOf(' ') > 0 && Names.keyWithoutArticles(c.name).startsWith(key + " ")).toList();
        if (byFirstName.size() == 1 && p.honorific().isEmpty()) {
            return byFirstName.get(0);
        }
        List<ActorDictionary.Entry> alias = dictionary.findAll(p.name()).stream().filter(e -> e.type() == ActorType.PERSON).toList();
        if (alias.size() == 1) {
            return w.known(alias.get(0));
        }
        // A surname alone says little: a namesake of the dictionary needs the article's support, and being the only
        // one of that surname is none ("Mr Howard" in a Commons debate is not Australia's prime minister).
        List<ActorDictionary.Entry> namesakes = w.day == null ? List.of() : dictionary.withSurname(key);
        if (!namesakes.isEmpty()) {
            if (!p.title().isEmpty() && !titles.rolesOf(p.title()).isEmpty()) {
                List<ActorDictionary.Entry> titled = namesakes.stream().filter(e -> fitsTitle(w, e, p.title())).toList();
                if (titled.size() == 1) {
                    return w.known(titled.get(0));
                }
            }
            List<ActorDictionary.Entry> inOffice = namesakes.stream().filter(e -> e.activeOn(w.day) && w.countryNamed(e.country())).toList();
            if (inOffice.size() == 1) {
                return w.known(inOffice.get(0));
            }
        }
        if (otherGender) {
            return w.clusters.computeIfAbsent("person:" + Names.slug(p.honorific() + " " + p.name()), id -> new Cluster(id, ActorType.PERSON, p.name()));
        }
        return w.unknown("person:", ActorType.PERSON, p.name());
    }

    private static boolean hasSurname(Cluster c, String key) {
        String full = Names.keyWithoutArticles(c.name);
        if (full.equals(key) || Names.lastWord(full).equals(key)) {
            return true;
        }
        for (String a : c.aliases) {
            String k = Names.keyWithoutArticles(a);
            if (k.equals(key) || k.indexOf(' ') > 0 && Names.lastWord(k).equals(key)) {
                return true;
            }
        }
        return false;
    }

    // ---- organisations and groups -----------------------------------------------------------------------------------

    private Cluster organisation(Work w, String written) {
        List<ActorDictionary.Entry> known = dictionary.findAll(written).stream().filter(e -> e.type() != ActorType.PERSON).toList();
        if (!known.isEmpty()) {
            return w.known(best(w, known));
        }
        String name = written.replaceFirst("^(?i)the\\s+", "").replaceAll("['’]s$", "");
        String key = Names.key(name);
        if (key.length() >= 8 && !w.countries.isEmpty() && dictionary.mayBeNear(key)) { // the one candidate must be of a named country
            // A misspelt organisation: one edit, one candidate, of a country the article names.
            List<ActorDictionary.Entry> close = w.near(key, () -> dictionary.near(name, 1)).stream()
                    .filter(n -> n.distance() == 1 && n.entry().type() != ActorType.PERSON && w.countryNamed(n.entry().country()))
                    .map(ActorDictionary.Near::entry).distinct().toList();
            if (close.size() == 1) {
                return w.known(close.get(0));
            }
        }
        return w.unknown("org:", ActorType.ORGANIZATION, name);
    }

    /** Actors named together become a group actor whose members they are. */
    private void groups(Work w) {
        for (Coordinations.Coordination co : Coordinations.find(w.doc.text(), w.mentions, id -> w.clusters.containsKey(id) ? w.clusters.get(id).type : null)) {
            List<Cluster> members = co.members().stream().map(w.clusters::get).toList();
            Cluster g = w.clusters.computeIfAbsent(co.groupId(), id -> {
                Cluster c = new Cluster(id, ActorType.GROUP, joinNames(members));
                members.forEach(m -> c.members.add(m.id));
                c.country = same(members.stream().map(m -> m.country).toList());
                c.code = same(members.stream().map(m -> m.known != null ? m.known.codeOn(w.day).orElse(m.code) : m.code).toList());
                return c;
            });
            g.alias(co.span().text());
            g.seenAt.add(co.span().start());
        }
    }

    private static String joinNames(List<Cluster> members) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < members.size(); i++) {
            sb.append(i == 0 ? "" : i == members.size() - 1 ? " and " : ", ").append(members.get(i).name);
        }
        return sb.toString();
    }

    private static String same(List<String> values) {
        String first = values.isEmpty() ? null : values.get(0);
        return first != null && values.stream().allMatch(first::equals) ? first : null;
    }

    // ---- agents -------------------------------------------------------------------------------------------------------

    /**
     * "Israeli soldiers", "the government of Sudan", "Israel's army" ({@link AgentPhrases}): mentions of the agent actor
     * of that country and sector. The country mention inside keeps its own actor and place.
     */
    private List<Mention> agentPhrases(Work w) {
        Map<String, Place> places = w.places;
        List<Mention> found = new ArrayList<>();
        List<Span> times = w.doc.times().stream().map(t -> t.span()).toList();
        for (AgentPhrases.Found f : AgentPhrases.find(w.doc.text(), w.doc.tokens(), w.doc.sentences(), w.mentions, times,
                m -> countryOf(m, places), agents)) {
            Cluster c = agent(w, f.country(), f.code(), f.written());
            if (c != null) {
                c.alias(f.written());
                c.seenAt.add(f.span().start());
                found.add(new Mention(f.span(), EntityType.ORGANIZATION, c.id, null));
            }
        }
        return found;
    }

    /** A mention's country: the state it resolved to, else its place's country ("Baghdad", "Scottish"); null when neither. */
    private static String countryOf(Mention m, Map<String, Place> places) {
        if (m.actor() != null && m.actor().startsWith("country:")) {
            return m.actor().substring("country:".length());
        }
        if (m.actor() == null && (m.type() == EntityType.LOCATION || m.type() == EntityType.NATIONALITY) && m.place() != null
                && places.containsKey(m.place())) {
            return alpha3(places.get(m.place()).country());
        }
        return null;
    }

    /** A tagged name that is a country and an agent phrase ("the Iraqi Army") and no dictionary actor's name. */
    private Optional<Cluster> agentName(Work w, String written) {
        if (dictionary.findAll(written).stream().anyMatch(e -> e.type() != ActorType.PERSON)) {
            return Optional.empty();
        }
        return AgentPhrases.ofName(written, words -> countryOfWords(w, words), agents)
                .map(n -> agent(w, n.country(), n.code(), written.replaceFirst("^(?i)the\\s+", "")));
    }

    /**
     * The country (alpha-3) of the first words of a tagged name: a demonym's country; else, as for a place mention,
     * the state or the place's country that the article's own mention of those words resolved to ("Georgia Police"
     * where "Georgia" is the US state); else the country the words most likely name.
     */
    private Optional<String> countryOfWords(Work w, String words) {
        Optional<String> demonym = gazetteer.country(words).map(Gazetteer.Entry::iso3);
        if (demonym.isPresent()) {
            return demonym;
        }
        for (Mention m : w.mentions) {
            if (m.type() == EntityType.LOCATION && m.place() != null && m.span().text().equalsIgnoreCase(words)) {
                return Optional.ofNullable(countryOf(m, w.places));
            }
        }
        return gazetteer.find(words).map(Gazetteer.Entry::iso3);
    }

    /**
     * The agent actor of a country and an agent code: {@code agent:ISRMIL}, one per article and the same id in every
     * article. Its name is the country's demonym and the sectors' names ("Israeli military") when the sector table has
     * them, else the first phrase written ("Indonesian students"); null for a code that qualifies no country.
     */
    private Cluster agent(Work w, String country, String agentCode, String written) {
        Optional<String> code = Agents.compose(country, agentCode);
        if (code.isEmpty()) {
            return null;
        }
        return w.clusters.computeIfAbsent(Agents.ID_PREFIX + code.get(), id -> {
            String name = agents.name(demonym(country), agentCode).orElse(written.replaceFirst("^(?i)the\\s+", ""));
            Cluster c = new Cluster(id, agents.type(agentCode), name);
            c.code = code.get();
            c.country = country;
            return c;
        });
    }

    private String demonym(String iso3) {
        String iso2 = ISO2.get(iso3);
        return gazetteer.countryOf(iso2).filter(e -> !e.demonyms().isEmpty()).map(e -> e.demonyms().get(0)).orElse(null);
    }

    private static final Map<String, String> ISO2 = iso2ByIso3();

    private static Map<String, String> iso2ByIso3() {
        Map<String, String> out = new HashMap<>();
        for (String a2 : Locale.getISOCountries()) {
            String a3 = alpha3(a2);
            if (a3 != null) {
                out.put(a3, a2);
            }
        }
        out.put("XKX", "XK");
        return Map.copyOf(out);
    }

    // ---- title references ---------------------------------------------------------------------------------------------

    /** "the PM", "the Iraqi prime minister", "Iraq's president", "the president of Iraq": the person who holds that office. */
    private List<Mention> titleReferences(Work w) {
        List<Mention> found = new ArrayList<>();
        List<Token> tokens = w.doc.tokens();
        for (Sentence s : w.doc.sentences()) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                for (Titles.Reference ref : titles.references()) {
                    int end = matches(tokens, i, s.endToken(), ref);
                    if (end < 0) {
                        continue;
                    }
                    Optional<Mention> m = titleReference(w, s, i, end, ref);
                    m.ifPresent(found::add);
                    if (m.isPresent()) {
                        i = end - 1;
                    }
                    break;
                }
            }
        }
        return found;
    }

    /** The end token of {@code ref} written at {@code i}, or -1. */
    private static int matches(List<Token> tokens, int i, int sentenceEnd, Titles.Reference ref) {
        int n = ref.words().size();
        if (i + n > sentenceEnd) {
            return -1;
        }
        for (int k = 0; k < n; k++) {
            String t = tokens.get(i + k).text();
            boolean same = ref.capitals() ? t.equals(ref.words().get(k).toUpperCase(Locale.ROOT)) : t.equalsIgnoreCase(ref.words().get(k));
            if (!same) {
                return -1;
            }
        }
        return i + n;
    }

    private Optional<Mention> titleReference(Work w, Sentence s, int i, int end, Titles.Reference ref) {
        List<Token> tokens = w.doc.tokens();
        if (end < s.endToken()) {
            String next = tokens.get(end).text();
            if (tokens.get(end).pos().startsWith("NNP") && Character.isUpperCase(next.charAt(0)) || titles.isTitleWord(next) && !next.equals("of")) {
                return Optional.empty(); // "the Prime Minister Najib Mikati", "the prime minister's"? no: "prime minister" ends here
            }
        }
        String context = null;
        int from = i - 1;
        Optional<Mention> modifier = from >= s.firstToken() ? countryAt(w, tokens.get(from)) : Optional.empty();
        if (from >= s.firstToken() && tokens.get(from).text().equals("'s") && from - 1 >= s.firstToken()) {
            Optional<Mention> owner = countryAt(w, tokens.get(from - 1));
            if (owner.isEmpty()) {
                return Optional.empty();
            }
            context = owner.get().actor().substring("country:".length());
            from = w.tokenAt.getOrDefault(owner.get().span().start(), from - 1);
        } else {
            if (modifier.isPresent()) {
                context = modifier.get().actor().substring("country:".length());
                from = w.tokenAt.getOrDefault(modifier.get().span().start(), from) - 1;
            }
            if (from < s.firstToken() || !DETERMINERS.contains(tokens.get(from).text().toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
        }
        if (context == null && end + 1 < s.endToken() && tokens.get(end).text().equals("of")) {
            context = countryAt(w, tokens.get(end + 1)).map(m -> m.actor().substring("country:".length())).orElse(null);
        }
        Span span = Span.of(w.doc.text(), tokens.get(from).start(), tokens.get(end - 1).end());
        if (w.mentions.stream().anyMatch(x -> x.span().overlaps(span) && x.type() != EntityType.NATIONALITY && x.type() != EntityType.LOCATION)) {
            return Optional.empty();
        }
        Cluster holder = holder(w, ref.roles(), context, span.start());
        if (holder == null) {
            return Optional.empty();
        }
        holder.alias(span.text());
        holder.seenAt.add(span.start());
        return Optional.of(new Mention(span, EntityType.PERSON, holder.id, null));
    }

    /** The country mention ("Iraqi", "Iraq", "US") covering this token, if it resolved to a state. */
    private static Optional<Mention> countryAt(Work w, Token t) {
        return w.mentions.stream().filter(m -> m.actor() != null && m.actor().startsWith("country:")
                && m.span().start() <= t.start() && t.end() <= m.span().end()).findFirst();
    }

    /** Who holds one of {@code roleKeys}: a person of the article first (the latest mentioned before), else the dictionary's holder. */
    private Cluster holder(Work w, List<String> roleKeys, String context, int at) {
        Cluster best = null;
        int bestAt = -1;
        List<Cluster> fitting = new ArrayList<>();
        for (Cluster c : w.clusters.values()) {
            if (c.type != ActorType.PERSON || context != null && !context.equals(c.country) || !holds(w, c, roleKeys)) {
                continue;
            }
            fitting.add(c);
            int last = c.lastBefore(at);
            if (last > bestAt) {
                best = c;
                bestAt = last;
            }
        }
        if (best != null) {
            return best;
        }
        if (fitting.size() == 1) {
            return fitting.get(0);
        }
        if (!fitting.isEmpty() || w.day == null) {
            return null;
        }
        String country = context != null ? context : w.mainCountry();
        if (country == null) {
            return null;
        }
        List<ActorDictionary.Entry> holders = new ArrayList<>();
        for (String k : roleKeys) {
            for (ActorDictionary.Entry e : dictionary.holders(k, w.day)) {
                if (country.equals(e.country()) && !holders.contains(e)) {
                    holders.add(e);
                }
            }
        }
        return holders.size() == 1 ? w.known(holders.get(0)) : null;
    }

    private boolean holds(Work w, Cluster c, List<String> roleKeys) {
        List<String> all = new ArrayList<>(c.roles);
        if (c.known != null && w.day != null) {
            all.addAll(c.known.rolesOn(w.day));
        }
        return roleKeys.stream().anyMatch(k -> all.stream().anyMatch(r -> titles.fits(r, k)));
    }

    // ---- descriptions -------------------------------------------------------------------------------------------------

    /** "the group", "the Iran-backed group", "the ministry": the nearest earlier organisation of a fitting kind. */
    private List<Mention> descriptions(Work w) {
        List<Mention> found = new ArrayList<>();
        List<Token> tokens = w.doc.tokens();
        for (Sentence s : w.doc.sentences()) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                if (!tokens.get(i).text().equalsIgnoreCase("the")) {
                    continue;
                }
                int h = i + 1;
                while (h < s.endToken() && h <= i + 3 && titles.description(tokens.get(h).text()).isEmpty() && isModifier(tokens.get(h))) {
                    h++;
                }
                if (h >= s.endToken() || titles.description(tokens.get(h).text()).isEmpty() || !tokens.get(h).pos().equals("NN")
                        || !Character.isLowerCase(tokens.get(h).text().charAt(0))) {
                    continue;
                }
                if (h + 1 < s.endToken() && (tokens.get(h + 1).text().equals("of") || tokens.get(h + 1).pos().startsWith("NNP"))) {
                    continue; // "the office of Najib Mikati" names its owner; "the group Hamas" its name
                }
                Span span = Span.of(w.doc.text(), tokens.get(i).start(), tokens.get(h).end());
                if (w.mentions.stream().anyMatch(x -> x.span().overlaps(span) && x.type() != EntityType.NATIONALITY && x.type() != EntityType.LOCATION && x.type() != EntityType.MISC)) {
                    continue;
                }
                Set<ActorType> kinds = titles.description(tokens.get(h).text());
                Cluster antecedent = nearestOrganisation(w, span.start(), kinds);
                if (antecedent != null) {
                    antecedent.alias(span.text());
                    found.add(new Mention(span, EntityType.ORGANIZATION, antecedent.id, null));
                }
                i = h;
            }
        }
        return found;
    }

    private static boolean isModifier(Token t) {
        return t.pos().startsWith("JJ") || t.pos().equals("VBN") || t.pos().equals("HYPH") || t.text().contains("-")
                || t.pos().equals("NNP") && t.text().length() > 1;
    }

    private static Cluster nearestOrganisation(Work w, int before, Set<ActorType> kinds) {
        for (int k = w.mentions.size() - 1; k >= 0; k--) {
            Mention m = w.mentions.get(k);
            if (m.span().start() >= before || m.actor() == null) {
                continue;
            }
            Cluster c = w.clusters.get(m.actor());
            if (c != null && kinds.contains(c.type)) {
                return c;
            }
        }
        return null;
    }
}
