package org.sitrep.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.AnonymousSource;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimSource;
import org.sitrep.model.Document;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Sentence;
import org.sitrep.model.SourceType;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.resolve.Agents;
import org.sitrep.resolve.Antecedents;
import org.sitrep.resolve.Coordinations;
import org.sitrep.resolve.TitleFinder;

/**
 * Who a claim's source is: a named actor, an anonymous one ("two sources"), or a pronoun's antecedent; what kind of
 * source it is ({@link SourceType}) and, for an anonymous source, how the text describes it ({@link AnonymousSource}).
 * The nouns it reads (source heads and their types, outlets, counts, abstract nouns) are data ({@link ClaimCues}).
 */
final class ClaimSources {
    private static final Pattern ANONYMITY = Pattern.compile("(?i)condition of anonymity|declined to be named|not authori[sz]ed to speak|asked not to be (?:named|identified)");
    private static final Set<String> DESCRIPTION_STARTS = Set.of("The", "A", "An", "Other", "Another", "Some", "Two", "Three",
            "Several", "Many", "Both", "Four", "Five");
    /** Words that may stand before a source phrase and belong to it: "Nearly eight of 10 voters", "Only 52 percent". */
    private static final Set<String> LEADING = Set.of("nearly", "only", "almost", "about", "roughly", "some", "retired", "former");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "on", "at", "from", "of", "inside", "within");
    private static final Set<String> NOT_COUNTS = Set.of("other", "some", "several", "many", "few", "the", "these", "those");

    private ClaimSources() {}

    /**
     * Whether the phrase before a cue can be a speaker at all: a name, a pronoun, a person, group, organisation or
     * document noun can; an abstract noun phrase ("the serious falsehood of a comment") cannot.
     */
    static boolean canSpeak(List<Token> s, Phrases.Range r) {
        Token head = head(s, speaker(s, r));
        if (head == null || head.pos().startsWith("NNP") || head.pos().equals("PRP")) {
            return true;
        }
        return !ClaimCues.current().notSpeaker(head.lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * Who the source is: named (an actor in the phrase; a group when it names several together), anonymous ("two
     * sources"), or a pronoun's antecedent. A pronoun refers to the source of an earlier claim or to an actor named
     * before it ({@link Antecedents}), whichever was named last — but never to an actor its own claim talks about
     * ("he said the PM ..." is not the PM), to a lone organisation for "they" when an earlier source is at hand, nor
     * away from an earlier anonymous source when the sentence says the speaker asked not to be named. A definite
     * description ("the diplomat", "the sources") takes an earlier source with the same head. The object of a
     * relative clause before the cue ("Ms Robinson, who presents The Weakest Link, tells") gives way to the phrase the
     * clause describes.
     */
    static ClaimSource resolve(Document doc, List<Token> s, Phrases.Range r0, Span span0, Sentence sentence, Span content,
                               List<Claim> earlier, List<Claim> thisSentence) {
        Phrases.Range apposed = speaker(s, r0);
        Phrases.Range name = nameBefore(s, apposed);
        // "Jean-Marc Ayrault, the foreign minister of France, said": the name is who speaks, the extent runs over both.
        Phrases.Range r = name != null ? name : apposed;
        Span span = r.equals(r0) ? span0 : Span.of(doc.text(), s.get(r.from()).start(), s.get(r.to() - 1).end());
        Span whole = name == null ? null : Span.of(doc.text(), s.get(name.from()).start(), s.get(apposed.to() - 1).end());
        boolean anonymity = ANONYMITY.matcher(sentence.span().text()).find();
        List<Claim> before = new ArrayList<>(earlier);
        before.addAll(thisSentence);
        if (r.to() - r.from() == 1 && Cues.PRONOUNS.contains(Phrases.lower(s.get(r.from())))) {
            return pronoun(doc, s, r, span, content, anonymity, before);
        }
        Mention named = headMention(doc, span);
        Token head = head(s, r);
        String headLemma = head == null ? "" : head.lemma().toLowerCase(Locale.ROOT);
        ClaimCues lexicon = ClaimCues.current();
        boolean anonymousHead = head != null && lexicon.anonymousHeads().contains(headLemma);
        Optional<SourceType> headType = head == null ? Optional.empty() : lexicon.sourceTypeOf(headLemma);
        boolean headOutside = head != null && named != null && !named.span().contains(tokenSpan(head));
        // "An Israeli official" (an agent actor), "Lib Dem officials", "a Hezbollah official": the actor says whose,
        // the words still describe an unnamed source. A spokesperson speaks on the record for the body named.
        boolean described = named == null || Agents.isAgent(named.actor())
                || headOutside && anonymousHead && headType.orElse(null) != SourceType.SPOKESPERSON && !possessive(s, r)
                && (head.pos().equals("NNS") || indefinite(s, r));
        if (named == null && definite(s, r) && head != null && !head.pos().startsWith("NNP")) {
            Optional<ClaimSource> same = sameHead(doc, s, r, before);
            if (same.isPresent()) {
                ClaimSource p = same.get();
                boolean anonymous = p.anonymous() || anonymity;
                String description = p.actor() != null && !anonymous ? p.description() : describe(doc, span, null, head);
                return new ClaimSource(span, p.actor(), anonymous, description, anonymous ? anonymousType(p.type()) : p.type(), p.anonymity());
            }
        }
        boolean anonymous = anonymity || described && anonymousHead
                && !(named == null && definite(s, r) && headType.orElse(null) == SourceType.OFFICIAL && head.pos().equals("NN"));
        String actor = named != null ? named.actor() : null;
        String description = describe(doc, span, described ? null : named, head);
        Optional<String> group = Coordinations.groupIn(doc, span);
        if (group.isPresent()) {
            actor = group.get();
            description = doc.actor(actor).map(Actor::name).orElse(description);
        }
        SourceType type = type(doc, s, r, span, actor, head, anonymous);
        AnonymousSource anon = anonymous ? anonymity(doc, s, r) : null;
        return new ClaimSource(whole != null ? whole : extent(doc, s, r, span, content, sentence), actor, anonymous, description, type, anon);
    }

    /**
     * The source's whole extent in the text: the phrase with what the text says of it between commas or brackets —
     * "Clinton, the former secretary of State, stressed", "said Alan Cole, an economist at the Tax Foundation", "Rep.
     * G.K. Butterfield (D-N.C.), head of the caucus" —, a document's author ("a new report by Politico"), the head
     * noun a prepositional phrase hangs from ("Experts on North Korea said"), a leading modifier ("Retired Lt. Gen.",
     * "Nearly eight of 10 voters") and, for a source after its cue, one closing place phrase ("said one GOP source in
     * the room."). A relative pronoun that reports ("an architect who said") is the source's span itself. The words
     * that decide who the source is are the phrase's own; the extent never reaches the content.
     */
    static Span extent(Document doc, List<Token> s, Phrases.Range r, Span span, Span content, Sentence sentence) {
        boolean before = content.start() >= span.end();
        int limit = before ? content.start() : sentence.span().end();
        int relative = relativePronoun(s, r, content, before);
        if (relative >= 0) {
            return Span.of(doc.text(), s.get(relative).start(), s.get(relative).end());
        }
        int from = r.from();
        if (from >= 2 && s.get(from - 1).pos().equals("IN") && !Phrases.lower(s.get(from - 1)).equals("that")) {
            Phrases.Range np = Phrases.nounPhraseEndingAt(s, from - 2);
            Token h = np.isEmpty() ? null : head(s, np);
            if (h != null && (h.pos().startsWith("NNP") || ClaimCues.current().sourceTypeOf(h.lemma().toLowerCase(Locale.ROOT)).isPresent())
                    && (np.from() == 0 || !s.get(np.from() - 1).isVerb())) {
                from = np.from();
            }
        }
        while (from >= 1 && (s.get(from - 1).pos().equals("VBN") || LEADING.contains(Phrases.lower(s.get(from - 1))))
                && (from - 1 == 0 || s.get(from - 2).text().equals(","))) {
            from--;
        }
        int end = r.to();
        if (end < s.size() && s.get(end).text().equals("(")) {
            int close = end + 1;
            while (close < s.size() && close - end < 8 && !s.get(close).text().equals(")") && !s.get(close).isVerb()) {
                close++;
            }
            if (close < s.size() && s.get(close).text().equals(")") && s.get(close).end() <= limit) {
                end = close + 1;
            }
        }
        Token h = head(s, r);
        if (end + 1 < s.size() && Phrases.lower(s.get(end)).equals("by") && h != null
                && ClaimCues.current().sourceTypeOf(h.lemma().toLowerCase(Locale.ROOT)).orElse(null) == SourceType.DOCUMENT) {
            Phrases.Range by = Phrases.nounPhraseFrom(s, end + 1);
            if (!by.isEmpty() && s.get(by.to() - 1).end() <= limit) {
                end = by.to(); // "a new report by Politico"
            }
        }
        if (end < s.size() && s.get(end).text().equals(",") && end + 1 < s.size() && startsAppositive(s, end + 1)) {
            boolean inRelative = false;
            for (int k = end + 1; k < s.size() && k - end <= 45 && s.get(k).end() <= limit; k++) {
                Token t = s.get(k);
                if (t.pos().matches("WP|WDT|WP\\$")) {
                    if (k + 1 < s.size() && Cues.stance(s.get(k + 1).lemma().toLowerCase(Locale.ROOT)).isPresent()) {
                        end = k; // "said Mr. Kamin, who emphasized that ...": a report of its own
                        break;
                    }
                    inRelative = true;
                }
                boolean quote = Quotations.isQuote(t) && !t.pos().equals("POS") && !t.text().matches("[’']s");
                boolean stop = t.text().equals(".") || t.text().equals(";") || t.text().equals("?") || t.text().equals("!") || quote;
                if (t.text().equals(",") || stop) {
                    Token next = k + 1 < s.size() ? s.get(k + 1) : null;
                    boolean clauseNext = next != null && (next.isVerb() || next.pos().equals("RB") && k + 2 < s.size() && s.get(k + 2).isVerb()
                            || Quotations.isQuote(next) || next.start() >= content.start() && before);
                    // "Rep. Cummings, the top Democrat on the committee, in a statement, said": the adjunct is not his
                    boolean adjunctNext = next != null && next.pos().equals("IN") && !inRelative;
                    if (before ? t.text().equals(",") && (clauseNext || adjunctNext) : stop || t.text().equals(",") && (clauseNext || adjunctNext)) {
                        end = k;
                        break;
                    }
                    continue;
                }
                if (!inRelative && t.pos().matches("VBD|VBZ|VBP|MD")) {
                    break; // a clause, not something said of the source
                }
                if (k + 1 >= s.size() && !before) {
                    end = k + 1;
                }
            }
        } else if (!before && end + 1 < s.size() && PLACE_PREPOSITIONS.contains(Phrases.lower(s.get(end)))) {
            Phrases.Range pp = Phrases.nounPhraseFrom(s, end + 1);
            if (!pp.isEmpty() && (pp.to() >= s.size() || s.get(pp.to()).text().matches("[.;!?]"))) {
                end = pp.to();
            }
        }
        while (end > r.to() && (s.get(end - 1).text().equals(",") || s.get(end - 1).text().matches("[.;!?]"))) {
            end--;
        }
        if (end == r.to() && from == r.from()) {
            return span;
        }
        return Span.of(doc.text(), Math.min(span.start(), s.get(from).start()), Math.max(span.end(), s.get(end - 1).end()));
    }

    /**
     * "an architect who said", "McConnell, now the leader, who said": the relative pronoun after the source that
     * reports this claim (its verb a cue, the content after it), or -1.
     */
    private static int relativePronoun(List<Token> s, Phrases.Range r, Span content, boolean before) {
        if (!before) {
            return -1;
        }
        int w = r.to();
        if (w < s.size() && s.get(w).text().equals(",")) {
            w++;
        }
        if (w >= s.size() || !s.get(w).pos().matches("WP|WDT") || Phrases.lower(s.get(w)).equals("that") || s.get(w).start() >= content.start()) {
            return -1;
        }
        for (int k = w + 1; k < s.size() && k <= w + 4 && s.get(k).start() < content.start(); k++) {
            Token t = s.get(k);
            if (t.isVerb() && Cues.stance(t.lemma().toLowerCase(Locale.ROOT)).isPresent()) {
                for (int j = k + 1; j < s.size() && s.get(j).start() < content.start(); j++) {
                    if (s.get(j).isVerb()) {
                        return -1; // the pronoun's verb reports another claim ("an architect who said ..., saying")
                    }
                }
                return w;
            }
            if (!(Phrases.isAuxiliary(t) || t.pos().equals("RB"))) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean startsAppositive(List<Token> s, int k) {
        Token t = s.get(k);
        if (t.pos().equals("RB") && k + 1 < s.size()) {
            return s.get(k + 1).pos().matches("DT|JJ|NN.*|PRP\\$|CD"); // "Murphy, now a consultant"
        }
        return t.pos().matches("DT|JJ|JJS|VBN|NN.*|PRP\\$|CD|WP|WDT|WP\\$") && !Phrases.lower(t).equals("that");
    }

    private static ClaimSource pronoun(Document doc, List<Token> s, Phrases.Range r, Span span, Span content, boolean anonymity,
                                       List<Claim> before) {
        String pronoun = Phrases.lower(s.get(r.from()));
        ClaimSource prior = null;
        for (int k = before.size() - 1; k >= 0 && prior == null; k--) {
            ClaimSource p = before.get(k).source();
            if (!Cues.PRONOUNS.contains(p.span().text().toLowerCase(Locale.ROOT)) && agrees(doc, pronoun, p)) {
                prior = p;
            }
        }
        Set<String> talkedAbout = new HashSet<>();
        doc.entities().stream().filter(m -> m.actor() != null && content.contains(m.span())).forEach(m -> talkedAbout.add(m.actor()));
        Optional<Antecedents.Antecedent> named = Antecedents.find(doc, span, talkedAbout);
        boolean priorFirst = prior != null && (anonymity || named.isEmpty() || named.get().weak() || named.get().at() < prior.span().start());
        if (priorFirst) {
            boolean anonymous = prior.anonymous() || anonymity;
            SourceType type = anonymous && !prior.anonymous() ? anonymousType(prior.type()) : prior.type();
            return new ClaimSource(span, prior.actor(), anonymous, prior.description(), type, prior.anonymity());
        }
        if (named.isPresent()) {
            String id = named.get().actor();
            Optional<Actor> a = doc.actor(id);
            SourceType type = a.map(x -> actorType(x, null)).orElse(SourceType.PERSON);
            return new ClaimSource(span, id, anonymity, a.map(Actor::name).orElse(span.text()), anonymity ? anonymousType(type) : type, null);
        }
        return new ClaimSource(span, null, true, span.text(), SourceType.ANONYMOUS_SOURCE, null);
    }

    /**
     * The name a description stands in apposition to, when the phrase before the cue is that description: "Michael
     * Mulgrew, president of the United Federation of Teachers, said" gives "Michael Mulgrew". Null otherwise.
     */
    static Phrases.Range nameBefore(List<Token> s, Phrases.Range r) {
        Token head = head(s, r);
        if (head == null || head.pos().startsWith("NNP") || head.pos().equals("PRP")) {
            return null;
        }
        int p = r.from() - 1;
        while (p >= 0 && r.from() - p <= 4 && (s.get(p).pos().matches("DT|JJ.*|HYPH|VBN|NNP") || s.get(p).text().equals("-"))) {
            p--;
        }
        if (p < 2 || !s.get(p).text().equals(",")) {
            return null;
        }
        Phrases.Range np = Phrases.nounPhraseEndingAt(s, p - 1);
        if (np.isEmpty() || !s.get(np.to() - 1).pos().startsWith("NNP")) {
            return null;
        }
        boolean starts = np.from() == 0 || s.get(np.from() - 1).text().matches("[,:;(]|—|--") || Quotations.isQuote(s.get(np.from() - 1))
                || s.get(np.from() - 1).pos().equals("CC");
        return starts ? np : null;
    }

    /** The phrase that speaks, from the phrase before the cue: {@link #relativeAntecedent}, then {@link #withComplement}. */
    static Phrases.Range speaker(List<Token> s, Phrases.Range r) {
        return withComplement(s, relativeAntecedent(s, r));
    }

    /**
     * "Western officials familiar with the talks said", "sources loyal to the president said": when the phrase before
     * the cue is the object of an adjective's preposition after a noun, the speaker is the whole phrase from that noun.
     */
    static Phrases.Range withComplement(List<Token> s, Phrases.Range r) {
        int p = r.from() - 1;
        if (p < 2 || !s.get(p).pos().matches("IN|TO") || !s.get(p - 1).pos().matches("JJ|RB")) {
            return r;
        }
        Phrases.Range np = Phrases.nounPhraseEndingAt(s, p - 2);
        if (np.isEmpty()) {
            return r;
        }
        Token head = head(s, np);
        boolean speaker = head != null && (head.pos().startsWith("NNP") || ClaimCues.current().sourceTypeOf(head.lemma().toLowerCase(Locale.ROOT)).isPresent());
        return speaker ? new Phrases.Range(np.from(), r.to()) : r;
    }

    /**
     * "Ms Robinson, who presents The Weakest Link tells": when the phrase before the cue is the object of a relative
     * clause's verb, the speaker is the phrase the clause describes. Any other range is returned unchanged.
     */
    static Phrases.Range relativeAntecedent(List<Token> s, Phrases.Range r) {
        int j = r.from() - 1;
        while (j >= 0 && s.get(j).pos().equals("RB")) {
            j--;
        }
        if (j < 1 || !s.get(j).pos().matches("VB[DZP]?") || !s.get(j - 1).pos().matches("WP|WDT")) {
            return r;
        }
        int end = j - 2;
        if (end >= 0 && s.get(end).text().equals(",")) {
            end--;
        }
        Phrases.Range np = Phrases.nounPhraseEndingAt(s, end);
        return np.isEmpty() ? r : np;
    }

    /**
     * An earlier source a definite description refers to: one whose phrase holds every noun and adjective of the
     * description ("Another diplomat told ..." for "the diplomat said"; "Tory leader Michael Howard" for "the Tory
     * leader", not "Norfolk police chief Andy Hayman" for "the Metropolitan police chief"), the latest first.
     */
    private static Optional<ClaimSource> sameHead(Document doc, List<Token> s, Phrases.Range r, List<Claim> before) {
        Set<String> words = new HashSet<>();
        for (int k = r.from(); k < r.to(); k++) {
            Token t = s.get(k);
            if (t.pos().startsWith("NN") || t.pos().startsWith("JJ")) {
                words.add(t.lemma().toLowerCase(Locale.ROOT));
            }
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        for (int k = before.size() - 1; k >= 0; k--) {
            ClaimSource p = before.get(k).source();
            if (Cues.PRONOUNS.contains(p.span().text().toLowerCase(Locale.ROOT)) || p.span().start() >= s.get(r.from()).start()) {
                continue;
            }
            Set<String> theirs = new HashSet<>();
            for (Token t : doc.tokens()) {
                if (t.start() >= p.span().end()) {
                    break;
                }
                if (t.start() >= p.span().start()) {
                    theirs.add(t.lemma().toLowerCase(Locale.ROOT));
                }
            }
            if (theirs.containsAll(words)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether an earlier source can be what {@code pronoun} stands for: "he" and "she" a person (a resolved person, a
     * spokesperson or official of a named body, or a singular person noun such as "an official" or "the home
     * secretary"), "they" and "we" several (a group, an organisation, a plural noun or "X and Y"), "it" no person. A
     * source that is an agent actor ("an Israeli official") is judged by its words, like one with no actor.
     */
    private static boolean agrees(Document doc, String pronoun, ClaimSource p) {
        boolean personal = pronoun.equals("he") || pronoun.equals("she") || pronoun.equals("i");
        boolean plural = pronoun.equals("they") || pronoun.equals("we");
        if (p.actor() != null && !Agents.isAgent(p.actor())) {
            ActorType t = doc.actor(p.actor()).map(Actor::type).orElse(null);
            if (t == null) {
                return true;
            }
            if (personal && (p.type() == SourceType.SPOKESPERSON || p.type() == SourceType.OFFICIAL) && t != ActorType.GROUP
                    && !p.span().text().contains(" and ") && !p.description().endsWith("office")) {
                return true; // "A spokeswoman for Human Rights Watch said ... She added"
            }
            return personal ? t == ActorType.PERSON : plural ? t == ActorType.GROUP || t.isOrganisation() : t != ActorType.PERSON && t != ActorType.GROUP;
        }
        Token head = sourceHead(doc, p.span());
        if (head == null) {
            return true;
        }
        boolean several = head.pos().equals("NNS") || head.pos().equals("NNPS") || p.span().text().contains(" and ");
        if (personal) {
            return !several && (Cues.ANONYMOUS_HEADS.contains(head.lemma().toLowerCase(Locale.ROOT)) || TitleFinder.isTitleWord(head.text()));
        }
        return plural ? several || !Cues.ANONYMOUS_HEADS.contains(head.lemma().toLowerCase(Locale.ROOT)) : !several;
    }

    /**
     * The actor mention a phrase is about: its last person ("Iranian Quds Force commander Esmail Qaani" is Qaani, not
     * the Quds Force), else its first organisation.
     */
    static Mention headMention(Document doc, Span span) {
        Mention person = null;
        Mention organisation = null;
        for (Mention m : doc.entities()) {
            if (!span.contains(m.span()) || m.actor() == null) {
                continue;
            }
            if (m.type() == EntityType.PERSON) {
                person = m;
            } else if (m.type() == EntityType.ORGANIZATION && organisation == null) {
                organisation = m;
            }
        }
        return person != null ? person : organisation;
    }

    // ---- type ----------------------------------------------------------------------------------------------------

    /**
     * What kind of source: an outlet (a media actor, an outlet's name, "the newspaper"), a spokesperson (the head or a
     * title word says so, or "X's office"), a document ("a report"), an official (the head, a title before the name,
     * or a role the actor holds), a person, a group, an organisation; anonymous officials and sources apart.
     */
    static SourceType type(Document doc, List<Token> s, Phrases.Range r, Span span, String actor, Token head, boolean anonymous) {
        ClaimCues lexicon = ClaimCues.current();
        Optional<Actor> a = actor == null ? Optional.empty() : doc.actor(actor);
        if (a.isPresent() && a.get().type() == ActorType.MEDIA || outletNamed(s, r, lexicon)) {
            return SourceType.OUTLET;
        }
        String headLemma = head == null ? "" : head.lemma().toLowerCase(Locale.ROOT);
        Optional<SourceType> headType = head == null || head.pos().startsWith("NNP") ? Optional.empty() : lexicon.sourceTypeOf(headLemma);
        // The words before the name: "Lib Dem home affairs spokesman Mark Oaten", "Foreign Minister X".
        SourceType titled = null;
        for (int k = r.from(); k < r.to(); k++) {
            Token t = s.get(k);
            if (head != null && t.start() >= head.start()) {
                break;
            }
            Optional<SourceType> w = lexicon.sourceTypeOf(t.lemma().toLowerCase(Locale.ROOT));
            if (w.isPresent() && (w.get() == SourceType.SPOKESPERSON || w.get() == SourceType.OFFICIAL)) {
                titled = titled == SourceType.SPOKESPERSON ? titled : w.get();
            }
        }
        SourceType type;
        boolean headSays = headType.isPresent() && (a.isEmpty() || Agents.isAgent(actor) || headType.get() != SourceType.PERSON
                && headType.get() != SourceType.GROUP && headType.get() != SourceType.ORGANIZATION);
        if (headSays) {
            type = headType.get();
        } else if (a.isPresent()) {
            type = actorType(a.get(), titled);
        } else if (titled != null) {
            type = titled;
        } else if (head != null && head.pos().startsWith("NNP")) {
            type = SourceType.PERSON;
        } else {
            type = head != null && head.pos().equals("NNS") || span.text().contains(" and ") ? SourceType.GROUP : SourceType.PERSON;
        }
        if (type == SourceType.ORGANIZATION && a.isPresent() && a.get().type() == ActorType.PERSON && headType.isPresent()) {
            type = SourceType.SPOKESPERSON; // "the office of Najib Mikati" speaks for him
        }
        return anonymous ? anonymousType(type) : type;
    }

    private static SourceType actorType(Actor a, SourceType titled) {
        return switch (a.type()) {
            case PERSON -> titled != null ? titled : a.roles().stream().anyMatch(ClaimSources::officialRole)
                    ? a.roles().stream().anyMatch(ClaimSources::spokesRole) ? SourceType.SPOKESPERSON : SourceType.OFFICIAL : SourceType.PERSON;
            case GROUP -> SourceType.GROUP;
            case MEDIA -> SourceType.OUTLET;
            default -> SourceType.ORGANIZATION;
        };
    }

    private static boolean officialRole(String role) {
        for (String w : role.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            Optional<SourceType> t = ClaimCues.current().sourceTypeOf(w);
            if (t.isPresent() && (t.get() == SourceType.OFFICIAL || t.get() == SourceType.SPOKESPERSON)) {
                return true;
            }
        }
        return false;
    }

    private static boolean spokesRole(String role) {
        for (String w : role.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (ClaimCues.current().sourceTypeOf(w).orElse(null) == SourceType.SPOKESPERSON) {
                return true;
            }
        }
        return false;
    }

    private static SourceType anonymousType(SourceType t) {
        return switch (t) {
            case OFFICIAL -> SourceType.ANONYMOUS_OFFICIAL;
            case SPOKESPERSON, DOCUMENT, OUTLET, ANONYMOUS_OFFICIAL -> t;
            default -> SourceType.ANONYMOUS_SOURCE;
        };
    }

    private static boolean outletNamed(List<Token> s, Phrases.Range r, ClaimCues lexicon) {
        for (String name : lexicon.outlets()) {
            String[] words = name.split("\\s+");
            for (int k = r.from(); k + words.length <= r.to(); k++) {
                boolean all = true;
                for (int w = 0; w < words.length && all; w++) {
                    all = s.get(k + w).text().equals(words[w]);
                }
                if (all) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- anonymity ---------------------------------------------------------------------------------------------------

    /**
     * How the text describes an anonymous source: the count ("two", "a"), the role (the head with the lower-case
     * adjectives before it: "senior diplomat"; singular when counted), and the affiliation (nationality, name and
     * noun modifiers before the head: "Lebanese", "Tory", "party"; and what follows the head: "close to the
     * factions"). "A and B" sums the counts and joins the roles with "and".
     */
    static AnonymousSource anonymity(Document doc, List<Token> s, Phrases.Range r) {
        List<Phrases.Range> parts = new ArrayList<>();
        int from = r.from();
        for (int k = r.from(); k < r.to(); k++) {
            if (Phrases.lower(s.get(k)).equals("and") && k > from && k + 1 < r.to() && s.get(k - 1).isNoun()
                    && ClaimCues.current().count(s.get(k + 1).text()).isPresent()) {
                parts.add(new Phrases.Range(from, k));
                from = k + 1;
            }
        }
        parts.add(new Phrases.Range(from, r.to()));
        Integer count = 0;
        List<String> roles = new ArrayList<>();
        List<String> affiliations = new ArrayList<>();
        for (Phrases.Range p : parts) {
            AnonymousSource a = describeOne(doc, s, p);
            count = count == null || a.count() == null ? null : count + a.count();
            if (a.role() != null && !roles.contains(a.role())) {
                roles.add(a.role());
            }
            if (a.affiliation() != null && !affiliations.contains(a.affiliation())) {
                affiliations.add(a.affiliation());
            }
        }
        return new AnonymousSource(count, roles.isEmpty() ? null : String.join(" and ", roles),
                affiliations.isEmpty() ? null : String.join("; ", affiliations));
    }

    private static AnonymousSource describeOne(Document doc, List<Token> s, Phrases.Range r) {
        ClaimCues lexicon = ClaimCues.current();
        int k = r.from();
        Integer count = null;
        if (k < r.to()) {
            Token first = s.get(k);
            Optional<Integer> c = lexicon.count(first.text());
            if (c.isPresent()) {
                count = c.get();
                k++;
            } else if (first.pos().equals("CD") && first.text().matches("\\d+")) {
                count = Integer.parseInt(first.text());
                k++;
            } else if (first.pos().matches("DT|PRP\\$") || NOT_COUNTS.contains(Phrases.lower(first))) {
                k++;
            }
        }
        while (k < r.to() && NOT_COUNTS.contains(Phrases.lower(s.get(k)))) {
            k++;
        }
        // The head: the last noun of the first run of modifiers and nouns.
        int head = -1;
        int j = k;
        while (j < r.to()) {
            Token t = s.get(j);
            if (t.isNoun() && !t.pos().equals("CD") || t.pos().matches("JJ.*|VBN|HYPH|POS") || t.text().equals("-")) {
                if (t.isNoun()) {
                    head = j;
                }
                j++;
            } else {
                break;
            }
        }
        if (head < 0) {
            return new AnonymousSource(count, null, null);
        }
        List<String> role = new ArrayList<>();
        List<String> affiliation = new ArrayList<>();
        for (int m = k; m < head; m++) {
            Token t = s.get(m);
            // A sentence's first word has a capital anyway: a name or a tagged nationality only.
            boolean capital = Character.isUpperCase(t.text().charAt(0)) && (m > 0 || t.pos().startsWith("NNP") || !t.ner().equals("O"));
            boolean inName = doc.entities().stream().anyMatch(e -> e.span().contains(tokenSpan(t)));
            if (t.pos().equals("POS")) {
                affiliation.add(affiliation.isEmpty() ? t.text() : affiliation.remove(affiliation.size() - 1) + t.text());
            } else if (capital || inName || t.pos().startsWith("NN")) {
                affiliation.add(t.text());
            } else {
                role.add(t.text());
            }
        }
        Token h = s.get(head);
        String headWord = count != null && h.pos().equals("NNS") ? h.lemma() : h.text();
        role.add(headWord);
        if (k == 0 && !s.get(0).pos().startsWith("NNP") && !role.isEmpty()) {
            // "Circles close to the factions": a sentence's capital is no part of a common noun.
            String w = role.get(0);
            role.set(0, Character.toLowerCase(w.charAt(0)) + w.substring(1));
        }
        String before = String.join(" ", affiliation);
        String after = head + 1 < r.to() ? text(s, head + 1, r.to()) : "";
        String aff = before.isEmpty() ? after : after.isEmpty() ? before : before + ", " + after;
        return new AnonymousSource(count, String.join(" ", role), aff.isEmpty() ? null : aff);
    }

    // ---- description -------------------------------------------------------------------------------------------------

    /**
     * A short description in the text's own capitals: the actor's name when the phrase is about it ("Najib Mikati"); the
     * name and what the phrase is headed by when that is a thing of the actor's ("Najib Mikati's office"); the name
     * and the body when the head is a name the actors stage did not resolve ("Kyle Cooper (Citigroup Global
     * Markets)"); else the phrase itself, a leading capital of a description lowered ("the sources").
     */
    private static String describe(Document doc, Span span, Mention named, Token head) {
        boolean coordinated = span.text().contains(" and ");
        if (named != null && !coordinated) {
            String name = doc.actor(named.actor()).map(Actor::name).orElse(named.span().text());
            boolean personHeaded = head == null || named.span().contains(tokenSpan(head)) || TitleFinder.isTitleWord(head.text());
            if (personHeaded) {
                return name;
            }
            int namedAt = named.span().start();
            boolean owner = namedAt > head.start() || span.text().contains("'s ") || span.text().contains("’s ");
            if (head.pos().startsWith("NNP") && !owner) {
                return properName(doc, span, head) + " (" + name + ")"; // "Kyle Cooper, at Citigroup Global Markets"
            }
            if (owner) {
                return possessive(name) + " " + head.text(); // "the office of Najib Mikati", "Mikati's office"
            }
            return phraseWithoutDeterminer(span); // "Lib Dem officials", "the EIA data"
        }
        String d = span.text();
        String first = d.split("\\s+")[0];
        return DESCRIPTION_STARTS.contains(first) ? Character.toLowerCase(d.charAt(0)) + d.substring(1) : d;
    }

    /** The run of capitalised words around {@code head} inside the span: "Kyle Cooper" for "Cooper". */
    private static String properName(Document doc, Span span, Token head) {
        List<Token> tokens = doc.tokens();
        int i = tokens.indexOf(head);
        int from = i;
        while (from - 1 >= 0 && tokens.get(from - 1).start() >= span.start() && tokens.get(from - 1).pos().startsWith("NNP")) {
            from--;
        }
        StringBuilder b = new StringBuilder();
        for (int k = from; k <= i; k++) {
            if (k > from) {
                b.append(' ');
            }
            b.append(tokens.get(k).text());
        }
        return b.toString();
    }

    /** "Najib Mikati" → "Najib Mikati's", "Citigroup Global Markets" → "Citigroup Global Markets'". */
    static String possessive(String name) {
        return name.endsWith("s") ? name + "'" : name + "'s";
    }

    private static String phraseWithoutDeterminer(Span span) {
        String d = span.text();
        for (String det : List.of("the ", "The ", "a ", "A ", "an ", "An ")) {
            if (d.startsWith(det)) {
                return d.substring(det.length());
            }
        }
        return d;
    }

    // ---- small helpers -----------------------------------------------------------------------------------------------

    /**
     * The head of an earlier source's words: of its phrase before what is said of it ("one GOP source in the room" →
     * "source"); for a relative pronoun ("an architect who said"), of the phrase it stands for.
     */
    private static Token sourceHead(Document doc, Span span) {
        List<Token> all = doc.tokens();
        int from = -1;
        int to = -1;
        for (int k = 0; k < all.size(); k++) {
            Token t = all.get(k);
            if (t.start() >= span.start() && t.end() <= span.end()) {
                from = from < 0 ? k : from;
                to = k + 1;
            }
        }
        if (from < 0) {
            return null;
        }
        Phrases.Range r = new Phrases.Range(from, to);
        if (to - from == 1 && all.get(from).pos().matches("WP|WDT")) {
            int end = from - 1;
            if (end >= 0 && all.get(end).text().equals(",")) {
                end--;
            }
            r = Phrases.nounPhraseEndingAt(all, end);
            if (r.isEmpty()) {
                return null;
            }
        }
        return head(all, r);
    }

    /**
     * The head of a source phrase: its last noun before what follows the head ("of", "for", "close to", "familiar
     * with"): "a senior Lebanese political source" → "source", "two sources close to the factions" → "sources".
     */
    static Token head(List<Token> s, Phrases.Range r) {
        Token head = null;
        for (int k = r.from(); k < r.to(); k++) {
            Token t = s.get(k);
            if (head != null && (t.pos().matches("IN|TO|VBN|VBG|WDT|WP|,") || Phrases.lower(t).equals("close")
                    || t.pos().startsWith("JJ") && k + 1 < r.to() && s.get(k + 1).pos().matches("IN|TO"))) {
                break;
            }
            if (t.isNoun() && !t.pos().equals("CD")) {
                head = t;
            }
        }
        return head;
    }

    private static boolean definite(List<Token> s, Phrases.Range r) {
        String first = Phrases.lower(s.get(r.from()));
        return first.equals("the") || first.equals("this") || first.equals("that");
    }

    private static boolean indefinite(List<Token> s, Phrases.Range r) {
        String first = Phrases.lower(s.get(r.from()));
        return ClaimCues.current().count(first).isPresent() || s.get(r.from()).pos().equals("CD") || NOT_COUNTS.contains(first) && !first.equals("the");
    }

    private static boolean possessive(List<Token> s, Phrases.Range r) {
        for (int k = r.from(); k < r.to(); k++) {
            if (s.get(k).pos().equals("POS")) {
                return true;
            }
        }
        return false;
    }

    private static Span tokenSpan(Token t) {
        return new Span(t.start(), t.end(), t.text());
    }

    private static String text(List<Token> s, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from && s.get(k).start() > s.get(k - 1).end()) {
                b.append(' ');
            }
            b.append(s.get(k).text());
        }
        return b.toString();
    }
}
