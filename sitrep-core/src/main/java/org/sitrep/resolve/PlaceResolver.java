package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.internal.Tsv;
import org.sitrep.model.Document;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * The places stage: finds place names (the tagger's locations, gazetteer names it missed, demonyms such as "Russian
 * forces") and resolves each to one gazetteer place in the context of the article ({@link PlaceRanker}). Words that
 * are also names of people, organisations or common words become places only where the text supports it: a locative
 * preposition before them, or a gazetteer kind that is never a person (a country, a region). Provides the document's
 * place mentions and places, each place with the confidence of its best resolution.
 */
public final class PlaceResolver implements Stage {
    /** A scanned name the tagger did not mark must name a place at least this big, unless the article supports it. */
    static final long SCAN_MIN_POPULATION = 100_000;
    private static final Set<String> LOCATIVES = Set.of("in", "at", "on", "near", "outside", "from", "to", "into", "across", "around",
            "throughout", "inside", "towards", "toward", "via", "of", "between", "and");
    private static final Set<String> FACILITY_WORDS = Tsv.bundled(PlaceResolver.class, "facility-words.tsv", in -> {
        Set<String> words = new java.util.HashSet<>();
        for (Tsv.Row row : Tsv.read("facility-words.tsv", in)) {
            words.add(row.cells()[0].strip().toLowerCase(java.util.Locale.ROOT));
        }
        return Set.copyOf(words);
    });
    private final Gazetteer gazetteer;

    public PlaceResolver(Gazetteer gazetteer) {
        if (gazetteer == null) {
            throw new IllegalArgumentException("The parameter 'gazetteer' must not be null.");
        }
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return "places";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.ENTITIES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.PLACES);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** A name that may be a place, with its candidates. */
    record Candidate(Mention mention, List<Gazetteer.Entry> entries, boolean demonym, boolean tagged) {}

    @Override
    public Document apply(Document doc) {
        List<Mention> out = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        List<Mention> entities = extended(doc);
        for (Mention m : entities) {
            Candidate c = candidate(doc, m);
            if (c == null) {
                out.add(m);
                candidates.addAll(inside(doc, m));
            } else {
                candidates.add(c);
            }
        }
        List<Mention> taken = new ArrayList<>(entities);
        for (Candidate c : scan(doc, taken, named(candidates, outletCountry(doc)))) {
            candidates.add(c);
        }
        PlaceRanker ranker = new PlaceRanker(doc.text(), candidates, outletCountry(doc), gazetteer);
        Map<String, Place> places = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            Optional<PlaceRanker.Choice> choice = ranker.choose(c);
            Mention m = c.mention();
            if (choice.isEmpty()) {
                if (c.tagged()) {
                    out.add(m);
                }
                continue;
            }
            Place p = choice.get().entry().place();
            double conf = choice.get().confidence();
            places.merge(p.id(), p.withConfidence(conf), (a, b) -> a.confidence() >= b.confidence() ? a : b);
            EntityType type = c.demonym() ? EntityType.NATIONALITY : EntityType.LOCATION;
            out.add(m.withType(type).withPlace(p.id()));
        }
        oneSensePerArticle(out);
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return doc.withPlaces(out, List.copyOf(places.values()));
    }

    /**
     * A name the article uses for a place in one sentence ("living on the Rock") is that place where the tagger took
     * it for a person or an organisation elsewhere ("the Rock's sovereignty"): one sense per article.
     */
    private static void oneSensePerArticle(List<Mention> mentions) {
        Map<String, Mention> placed = new HashMap<>();
        for (Mention m : mentions) {
            if (m.place() != null && m.type() == EntityType.LOCATION) {
                placed.putIfAbsent(Gazetteer.key(m.span().text()), m);
            }
        }
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.place() == null && (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION)) {
                Mention same = placed.get(Gazetteer.key(m.span().text()));
                if (same != null) {
                    mentions.set(i, m.withType(EntityType.LOCATION).withPlace(same.place()));
                }
            }
        }
    }

    /**
     * Geocodes given spans (gold toponyms, for evaluation) in the context of the document: one entry per span, empty
     * where no place fits. The document must have tokens and entities.
     */
    public List<Optional<Place>> resolveSpans(Document doc, List<Span> spans) {
        List<Candidate> context = new ArrayList<>();
        List<Mention> entities = extended(doc);
        for (Mention m : entities) {
            Candidate c = candidate(doc, m);
            if (c != null) {
                context.add(c);
            } else {
                context.addAll(inside(doc, m));
            }
        }
        context.addAll(scan(doc, new ArrayList<>(entities), named(context, outletCountry(doc))));
        List<Candidate> gold = new ArrayList<>();
        for (Span s : spans) {
            List<Gazetteer.Entry> names = lookup(s.text());
            boolean demonym = false;
            if (names.isEmpty()) {
                names = gazetteer.country(s.text()).map(List::of).orElse(List.of());
                demonym = !names.isEmpty();
            }
            gold.add(new Candidate(new Mention(s, EntityType.LOCATION, null, null), names, demonym, true));
        }
        List<Candidate> all = new ArrayList<>(context);
        all.addAll(gold);
        PlaceRanker ranker = new PlaceRanker(doc.text(), all, outletCountry(doc), gazetteer);
        List<Optional<Place>> out = new ArrayList<>();
        for (Candidate c : gold) {
            out.add(ranker.choose(c).map(ch -> ch.entry().place().withConfidence(ch.confidence())));
        }
        return out;
    }

    /**
     * The tagger's mentions, where a longer gazetteer name starts with one taking the place of the mentions it covers:
     * the tagger splits "Ain al-Asad" into a place "Ain" and a person "al-Asad".
     */
    private List<Mention> extended(Document doc) {
        List<Mention> in = doc.entities();
        List<Token> tokens = doc.tokens();
        List<Mention> out = new ArrayList<>(in.size());
        int skipUntil = -1;
        for (Mention m : in) {
            if (m.span().start() < skipUntil) {
                continue;
            }
            Mention use = m;
            if (m.type() == EntityType.LOCATION || m.type() == EntityType.MISC) {
                int first = tokenAt(tokens, m.span().start());
                int covered = first;
                while (covered < tokens.size() && tokens.get(covered).end() <= m.span().end()) {
                    covered++;
                }
                for (int end = Math.min(tokens.size(), first + gazetteer.longestName()); end > covered; end--) {
                    Token last = tokens.get(end - 1);
                    if (!Character.isLetter(last.text().charAt(0)) || last.start() - tokens.get(end - 2).end() > 1
                            || !oneName(doc.text(), tokens, first, end)) {
                        continue;
                    }
                    Span longer = Span.of(doc.text(), m.span().start(), last.end());
                    if (!lookup(longer.text()).isEmpty()) {
                        use = new Mention(longer, EntityType.LOCATION, m.actor(), m.place());
                        skipUntil = longer.end();
                        break;
                    }
                }
            }
            out.add(use);
        }
        return out;
    }

    private static String outletCountry(Document doc) {
        String source = doc.article().source();
        // A file name ("notes.md") is not a web address; only a source with a scheme is read as one.
        return OutletCountry.of(doc.article().outlet()).or(() -> source != null && source.contains("://") ? OutletCountry.of(source)
                : java.util.Optional.empty()).orElse(null);
    }

    /** The candidates of a tagged mention, or null when it cannot be a place. */
    private Candidate candidate(Document doc, Mention m) {
        String text = m.span().text();
        if (!nameLike(text)) {
            return null; // "US$", "G7": not a place name however it folds
        }
        if (m.type() == EntityType.MISC || m.type() == EntityType.NATIONALITY) {
            Optional<Gazetteer.Entry> d = gazetteer.country(text);
            // "Mediterranean" names the sea as well as describing things of it: a name first.
            if (d.isPresent() && !lookup(text).contains(d.get())) {
                return new Candidate(m, List.of(d.get()), true, true);
            }
        }
        boolean shortCaps = allCaps(text) && text.replace(".", "").length() <= 4;
        List<Gazetteer.Entry> names = shortCaps ? lookup(text).stream().filter(e -> writtenSo(e, text)).toList() : lookup(text);
        if (names.isEmpty()) {
            // An unknown location may still be placed at the article's focus region (PlaceRanker), unless it is a
            // building or a road by its last word.
            String[] words = text.toLowerCase(java.util.Locale.ROOT).split("[\\s.]+");
            boolean facility = FACILITY_WORDS.contains(words[words.length - 1]);
            return m.type() == EntityType.LOCATION && Character.isUpperCase(text.charAt(0)) && !facility
                    ? new Candidate(m, List.of(), false, true) : null;
        }
        boolean locative = locativeBefore(doc, m.span().start());
        List<Gazetteer.Entry> fit = switch (m.type()) {
            case LOCATION -> names;
            // The tagger calls some towns MISC ("in Tyre"), and many other things ("Olympic", "Western"): a MISC name is a
            // place after a locative, or when it names a country, continent, sea or region.
            case MISC -> locative ? names : names.stream().filter(e -> e.isCountry() || Set.of("continent", "water", "region").contains(e.kind())).toList();
            // A state named as an organisation ("Iraq said") is the country; anything after "in"/"at" is a place.
            // "the foreign secretary's official Kent house": a region's name before a common noun is the region.
            case ORGANIZATION -> locative || dateline(doc.text(), m.span()) ? names
                    : names.stream().filter(e -> e.isCountry() || modifiesNoun(doc, m.span()) && Set.of("admin1", "admin2", "region").contains(e.kind())).toList();
            // "in Chevening", "at the Rock": a person's name after a locative is a place; so is a place no person is named.
            case PERSON -> locative ? names : names.stream().filter(e -> e.curated() && neverAPerson(e)).toList();
            default -> List.of();
        };
        return fit.isEmpty() ? null : new Candidate(m, fit, false, true);
    }

    /**
     * Places named inside an organisation's name ("U.S. Transportation Department", "Environment Canada", "Russian
     * Foreign Ministry"): countries, their demonyms and first-level regions, as mentions of their own within the name.
     */
    private List<Candidate> inside(Document doc, Mention m) {
        if (m.type() != EntityType.ORGANIZATION && m.type() != EntityType.MISC) {
            return List.of();
        }
        List<Candidate> found = new ArrayList<>();
        List<Token> tokens = doc.tokens();
        int first = tokenAt(tokens, m.span().start());
        int end = first;
        while (end < tokens.size() && tokens.get(end).end() <= m.span().end()) {
            end++;
        }
        for (int i = first; i < end; i++) {
            for (int len = Math.min(3, end - i); len >= 1; len--) {
                Span span = Span.of(doc.text(), tokens.get(i).start(), tokens.get(i + len - 1).end());
                if (span.equals(m.span()) || !Character.isUpperCase(span.text().charAt(0))) {
                    continue;
                }
                Optional<Gazetteer.Entry> d = gazetteer.country(span.text()).filter(Gazetteer.Entry::isCountry);
                List<Gazetteer.Entry> names = d.isPresent() ? List.of(d.get())
                        : lookup(span.text()).stream().filter(e -> e.isCountry() || e.kind().equals("admin1")).toList();
                if (!names.isEmpty()) {
                    EntityType type = d.isPresent() ? EntityType.NATIONALITY : EntityType.LOCATION;
                    found.add(new Candidate(new Mention(span, type, null, null), names, d.isPresent(), false));
                    i += len - 1;
                    break;
                }
            }
        }
        return found;
    }

    /** The name is one word followed by a lower-case common noun ("Kent house", "Texas town"). */
    private static boolean modifiesNoun(Document doc, Span span) {
        List<Token> tokens = doc.tokens();
        int i = tokenAt(tokens, span.start());
        if (i + 1 >= tokens.size() || tokens.get(i).end() != span.end()) {
            return false;
        }
        Token next = tokens.get(i + 1);
        return next.pos().startsWith("NN") && !next.pos().startsWith("NNP") && Character.isLowerCase(next.text().charAt(0));
    }

    /** A dateline: a name in capitals opening the text or a line ("DETROIT — The …"), which taggers read as an organisation. */
    static boolean dateline(String text, Span span) {
        int i = span.start() - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return (i < 0 || text.charAt(i) == '\n') && span.text().length() > 2 && allCaps(span.text());
    }

    private static boolean neverAPerson(Gazetteer.Entry e) {
        return Set.of("site", "district", "region", "continent", "water", "feature").contains(e.kind());
    }

    /** Candidates by name, then without a generic head ("Anbar province"), then without the Arabic article. */
    List<Gazetteer.Entry> lookup(String text) {
        List<Gazetteer.Entry> c = gazetteer.candidates(text);
        if (!c.isEmpty()) {
            return c;
        }
        String key = Gazetteer.key(text);
        String stripped = Gazetteer.stripGeneric(key);
        if (stripped != null) {
            c = gazetteer.candidates(stripped);
            if (!c.isEmpty()) {
                return c;
            }
            key = stripped;
        }
        if (key.startsWith("al ") || key.startsWith("el ")) {
            c = gazetteer.candidates(key.substring(3));
        } else {
            c = gazetteer.candidates("al " + key);
        }
        return c;
    }

    private static boolean locativeBefore(Document doc, int start) {
        List<Token> tokens = doc.tokens();
        int i = tokenAt(tokens, start);
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            String w = tokens.get(k).text().toLowerCase(java.util.Locale.ROOT);
            if (LOCATIVES.contains(w)) {
                return !w.equals("of") && !w.equals("and") || k > 0 && tokens.get(k - 1).pos().startsWith("NN") && Character.isLowerCase(tokens.get(k - 1).text().charAt(0));
            }
            if (!w.equals("the") && !tokens.get(k).pos().startsWith("JJ")) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when tokens {@code from} (inclusive) to {@code to} (exclusive) may form one name: none but the last is a
     * sentence's or clause's end (".", "!", "?", ";", ":", a dash), and no line break lies between two of them.
     */
    static boolean oneName(String text, List<Token> tokens, int from, int to) {
        for (int k = from; k < to - 1; k++) {
            String w = tokens.get(k).text();
            if (w.equals(".") || w.equals("!") || w.equals("?") || w.equals(";") || w.equals(":") || w.equals("—") || w.equals("–")) {
                return false;
            }
            if (text.substring(tokens.get(k).end(), tokens.get(k + 1).start()).indexOf('\n') >= 0) {
                return false;
            }
        }
        return true;
    }

    static int tokenAt(List<Token> tokens, int start) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < start) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * Capitalised token runs that no mention covers and that name a place the article supports. A run must read as a
     * proper name (one word: tagged as a proper noun, letters only, not a month or weekday). It is taken when a
     * locative precedes it, or when it names a country, a continent, sea or region, or a curated place, or a
     * first-level region or a city of at least {@link #SCAN_MIN_POPULATION} people in a country the article names
     * elsewhere. A word that also appears in lower case in the article ("Reading" / "reading") is taken for a common
     * word unless a locative precedes it; a short word in capitals ("UN", "ACT") must be written so in the gazetteer.
     */
    private List<Candidate> scan(Document doc, List<Mention> existing, Set<String> named) {
        List<Candidate> found = new ArrayList<>();
        List<Token> tokens = doc.tokens();
        String text = doc.text();
        Map<String, Boolean> lowerSeen = new HashMap<>();
        // Tokens some mention covers, marked once: the scan below is linear in the tokens.
        boolean[] taken = new boolean[tokens.size()];
        for (Mention m : existing) {
            for (int k = tokenAt(tokens, m.span().start()); k < tokens.size() && tokens.get(k).start() < m.span().end(); k++) {
                taken[k] = true;
            }
        }
        int i = 0;
        while (i < tokens.size()) {
            int matched = 0;
            Token first = tokens.get(i);
            if (Character.isUpperCase(first.text().charAt(0))) {
                for (int len = Math.min(gazetteer.longestName(), tokens.size() - i); len >= 1 && matched == 0; len--) {
                    Token last = tokens.get(i + len - 1);
                    if (last.start() - first.end() > 60 || !Character.isLetter(last.text().charAt(0)) || !oneName(text, tokens, i, i + len)) {
                        continue;
                    }
                    Span span = Span.of(text, first.start(), last.end());
                    if (anyTaken(taken, i, i + len)) {
                        continue;
                    }
                    if (len == 1 && !properWord(first)) {
                        continue;
                    }
                    boolean shortCaps = len == 1 && allCaps(span.text()) && span.text().replace(".", "").length() <= 4;
                    boolean locative = locativeBefore(doc, span.start());
                    if (len <= 2) {
                        Optional<Gazetteer.Entry> d = gazetteer.country(span.text());
                        if (d.isPresent() && (!shortCaps || d.get().isCountry()) && !lookup(span.text()).contains(d.get())) {
                            found.add(new Candidate(new Mention(span, EntityType.NATIONALITY, null, null), List.of(d.get()), true, false));
                            matched = len;
                            continue;
                        }
                    }
                    List<Gazetteer.Entry> names = shortCaps ? lookup(span.text()).stream().filter(e -> writtenSo(e, span.text())).toList()
                            : lookup(span.text());
                    if (names.isEmpty()) {
                        continue;
                    }
                    boolean common = len == 1 && lowerSeen.computeIfAbsent(span.text().toLowerCase(java.util.Locale.ROOT),
                            w -> containsWord(text, w));
                    int words = len;
                    List<Gazetteer.Entry> fit = names.stream()
                            .filter(e -> locative || !common && (e.isCountry() || neverAPerson(e) && (words > 1 || e.curated())
                                    || (e.kind().equals("admin1") || e.population() >= SCAN_MIN_POPULATION) && named.contains(e.place().country())))
                            .toList();
                    if (!fit.isEmpty()) {
                        found.add(new Candidate(new Mention(span, EntityType.LOCATION, null, null), fit, false, false));
                        matched = len;
                    }
                }
            }
            i += Math.max(1, matched);
        }
        return found;
    }

    /** The countries an article names through its tagged places and demonyms (and its outlet), before the scan. */
    private static Set<String> named(List<Candidate> tagged, String outletCountry) {
        Set<String> out = new java.util.HashSet<>();
        for (Candidate c : tagged) {
            if (c.entries().size() == 1 && c.entries().get(0).place().country() != null) {
                out.add(c.entries().get(0).place().country());
            } else if (!c.entries().isEmpty() && c.entries().stream().allMatch(e -> java.util.Objects.equals(e.place().country(), c.entries().get(0).place().country()))
                    && c.entries().get(0).place().country() != null) {
                out.add(c.entries().get(0).place().country());
            }
        }
        if (outletCountry != null) {
            out.add(outletCountry);
        }
        return out;
    }

    private static final Set<String> CALENDAR = calendarWords();

    private static Set<String> calendarWords() {
        Set<String> out = new java.util.HashSet<>();
        for (java.time.Month m : java.time.Month.values()) {
            out.add(m.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH).toLowerCase(java.util.Locale.ROOT));
        }
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            out.add(d.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH).toLowerCase(java.util.Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    /** One word that reads as a proper name: a proper noun to the tagger, letters only (dots of an abbreviation allowed), no month or weekday. */
    private static boolean properWord(Token t) {
        String w = t.text();
        if (!t.pos().startsWith("NNP") || CALENDAR.contains(w.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (!Character.isLetter(c) && c != '.' && c != '-' && c != '\'' && c != '’') {
                return false;
            }
        }
        return true;
    }

    /** Letters, marks, spaces and the punctuation of names (. - ' ’ ( ) ,) only. */
    static boolean nameLike(String text) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (!Character.isLetter(c) && !Character.isWhitespace(c) && Character.getType(c) != Character.NON_SPACING_MARK && ".-'’(),".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The place has a name or alias written exactly so ("US", "UAE"). */
    private static boolean writtenSo(Gazetteer.Entry e, String written) {
        return e.place().name().equals(written) || e.aliases().contains(written);
    }

    private static boolean anyTaken(boolean[] taken, int from, int to) {
        for (int k = from; k < to; k++) {
            if (taken[k]) {
                return true;
            }
        }
        return false;
    }

    private static boolean allCaps(String s) {
        return s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** True when {@code word} (lower case) occurs in {@code text} as a whole lower-case word. */
    static boolean containsWord(String text, String word) {
        int from = 0;
        while (true) {
            int i = text.indexOf(word, from);
            if (i < 0) {
                return false;
            }
            int end = i + word.length();
            if ((i == 0 || !Character.isLetter(text.charAt(i - 1))) && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                return true;
            }
            from = i + 1;
        }
    }
}
