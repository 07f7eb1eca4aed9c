package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimSource;
import org.sitrep.model.Document;
import org.sitrep.model.EntityType;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * The claims stage: who said, claimed, denied or refuted what. Finds reporting cues, then the source (before the cue,
 * or the pronoun's antecedent), the channel ("told Reuters"), and the content: after the cue ("said that ..."), or
 * before the source (", the sources said"), or the whole quotation the cue closes. A claim reported inside another's
 * content gets that claim as its parent ({@link ClaimNesting}).
 */
public final class ClaimExtractor implements Stage {
    private static final Set<String> CLAUSE_BREAKS = Set.of("after", "before", "while", "as", "since", "when", "but",
            "although", "though", "because", "saying", "adding", "where", "whereas");
    private static final Pattern STATEMENT_TO = Pattern.compile("(?i)\\b(?:in|according to) a statement (?:to|sent to|given to) ([A-Z][\\w-]*(?: [A-Z][\\w-]*)*)");

    private final AttributionTagger tagger;

    /** The rules and, when the build bundles one, the learned attribution tagger ({@link AttributionTagger#bundled()}). */
    public ClaimExtractor() {
        this(Holder.BUNDLED);
    }

    /** The rules, with the given tagger over them (null: the rules alone). */
    public ClaimExtractor(AttributionTagger tagger) {
        this.tagger = tagger;
    }

    /** The rules alone: what the tagger is trained over, and the fallback when no model is bundled. */
    public static ClaimExtractor rulesOnly() {
        return new ClaimExtractor((AttributionTagger) null);
    }

    /** The bundled model, loaded once per JVM on first use. */
    private static final class Holder {
        static final AttributionTagger BUNDLED = AttributionTagger.bundled();
    }

    @Override
    public String name() {
        return "claims";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.ACTORS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.CLAIMS);
    }

    @Override
    public Document apply(Document doc) {
        List<Claim> claims = new ArrayList<>();
        for (Sentence sentence : doc.sentences()) {
            claims.addAll(inSentence(doc, sentence, claims));
        }
        if (tagger != null) {
            List<Claim> tagged = TaggedClaims.build(doc, tagger.attributions(doc, claims), claims);
            claims = TaggedClaims.withStances(tagged, claims);
        }
        return withParents(doc.withClaims(claims));
    }

    /** The claims with their ids (which {@link Document} gives them), then each nested one with its parent. */
    private static Document withParents(Document doc) {
        return doc.withClaims(ClaimNesting.withParents(doc.claims()));
    }

    /** A cue found in a sentence, before its content is cut. */
    private record Found(int cue, Stance stance, Phrases.Range source, boolean inverted, int contentFrom, int contentTo, String channel, boolean sharedSubject) {}

    private List<Claim> inSentence(Document doc, Sentence sentence, List<Claim> earlier) {
        List<Token> s = doc.tokens(sentence);
        List<Found> found = new ArrayList<>();
        headlineColon(doc, s).ifPresent(found::add);
        for (int i = 0; i < s.size(); i++) {
            Token t = s.get(i);
            if (Phrases.lower(t).equals("according") && i + 1 < s.size() && Phrases.lower(s.get(i + 1)).equals("to")) {
                according(s, i).ifPresent(found::add);
                continue;
            }
            if (!t.isVerb()) {
                continue;
            }
            Optional<Stance> stance = Cues.stance(t.lemma().toLowerCase(Locale.ROOT));
            if (stance.isEmpty()) {
                continue;
            }
            cue(doc.text(), s, i, stance.get(), found).ifPresent(found::add);
        }
        List<Claim> claims = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) {
            Found f = found.get(k);
            int to = f.contentTo();
            if (!f.inverted() && k + 1 < found.size()) {
                Found next = found.get(k + 1);
                int nextStart = next.sharedSubject() || next.source().isEmpty() ? next.cue() : next.source().from();
                // A later report cuts this content only across a clause break; "said the convoy showed that ..." nests.
                if (!next.inverted() && nextStart > f.cue() && separated(s, f.contentFrom(), nextStart)) {
                    to = Math.min(to, trimBack(s, nextStart));
                }
            }
            build(doc, sentence, s, f, to, earlier, claims).ifPresent(claims::add);
        }
        return claims;
    }

    private Optional<Found> cue(String text, List<Token> s, int i, Stance stance, List<Found> before) {
        String lemma = s.get(i).lemma().toLowerCase(Locale.ROOT);
        if (i > 0 && (s.get(i - 1).pos().equals("MD") || s.get(i - 1).pos().equals("TO"))) {
            return Optional.empty(); // "can say", "want to say": speech that may happen, not speech that did
        }
        if (Cues.CONSTRUCTION_ONLY.contains(lemma) && !fitsConstruction(lemma, s, i)) {
            return Optional.empty();
        }
        Phrases.Range source = Phrases.subjectBefore(s, i);
        boolean shared = false;
        boolean participle = s.get(i).pos().equals("VBG") && i > 0 && (s.get(i - 1).text().equals(",") || s.get(i - 1).pos().equals("CC"));
        boolean coordinated = i > 0 && (s.get(i - 1).pos().equals("CC") || Phrases.lower(s.get(i - 1)).equals("then") && i > 1 && s.get(i - 2).text().equals(","))
                || i > 1 && s.get(i - 2).pos().equals("CC") && s.get(i - 1).pos().equals("RB");
        if (source.isEmpty() || participle) {
            // "..., saying that", "but says it", "praised X and said": the subject of the clause the cue joins.
            if (participle || coordinated) {
                source = before.isEmpty() ? Phrases.clauseSubject(s, i) : before.get(before.size() - 1).source();
                shared = !source.isEmpty();
            }
            if (source.isEmpty() && i + 1 < s.size() && s.get(i + 1).isNoun() && precededByQuoteOrComma(s, i)) {
                // Inverted: '"...," said the diplomat.'
                Phrases.Range after = Phrases.nounPhraseFrom(s, i + 1);
                if (!after.isEmpty()) {
                    return Optional.of(new Found(i, stance, after, true, 0, contentEndBefore(s, i), null, false));
                }
            }
        }
        if (source.isEmpty() || isSpeakerOrHearer(s, source) && Quotations.insideQuotation(text, s.get(i).start())) {
            return Optional.empty();
        }
        if (!Cues.fits(s, i) || !ClaimSources.canSpeak(s, source)) return Optional.empty(); // h9-sources: passive cues, plain objects, abstract sources
        if (Cues.EVIDENCE_ONLY.contains(lemma)) {
            Token head = Phrases.head(s, source);
            if (head == null || !Cues.EVIDENCE_HEADS.contains(head.lemma().toLowerCase(Locale.ROOT))) {
                return Optional.empty(); // "a poll showed that", not "the convoy showed that"
            }
        }
        for (int r = source.to(); r < i && !shared; r++) {
            if (s.get(r).pos().equals("WDT") || s.get(r).pos().equals("WP")) {
                shared = true; // "..., which had rejected": the subject stands in the earlier clause; do not cut it
            }
        }
        int k = i + 1;
        if (!shared && k < s.size() && s.get(k).text().equals(",") && source.from() > 0 && s.get(source.from() - 1).text().equals(",")
                && k + 1 < s.size() && !CLAUSE_BREAKS.contains(Phrases.lower(s.get(k + 1)))) {
            // "One reason, Ms Diemont says, is ...": the attribution interrupts its content, which is the whole sentence.
            return Optional.of(new Found(i, stance, source, true, 0, clauseEnd(s, 0), null, false));
        }
        String channel = null;
        if (lemma.equals("tell") || lemma.equals("inform")) {
            Phrases.Range to = Phrases.nounPhraseFrom(s, k);
            int names = Phrases.nameEnd(s, k);
            if (names > k) {
                channel = text(s, new Phrases.Range(k, names)); // "told Reuters this week": the outlet only
            }
            k = Math.max(names, to.isEmpty() ? k : to.to());
        }
        // Skip what stands between the cue and its content: ", however ,", "on Friday", "this week".
        while (k < s.size() && (s.get(k).text().equals(",") && !(k + 1 < s.size() && CLAUSE_BREAKS.contains(Phrases.lower(s.get(k + 1))))
                || s.get(k).pos().equals("RB") && !Phrases.lower(s.get(k)).equals("not"))) {
            k++;
        }
        if (k + 1 == s.size() && s.get(k).text().equals(":")) {
            // 'Reporter X says:' and the quotation on the next line: the content is what follows the sentence.
            return Optional.of(new Found(i, stance, source, false, s.size(), s.size(), channel, shared));
        }
        boolean endsHere = k >= s.size() || isEnd(s.get(k)) || isTimeTail(s, k) || s.get(k).text().equals(",");
        if (endsHere && !source.isEmpty() && source.from() > 0 && precededByQuoteOrComma(s, source.from())) {
            // ", the sources said." : the content stands before the source.
            return Optional.of(new Found(i, stance, source, true, 0, contentEndBefore(s, source.from()), channel, shared));
        }
        if (endsHere) {
            return Optional.empty();
        }
        // "say that will not happen": a "that" followed by a verb is the subject, not a complementiser
        k = skipPrepositionalPhrase(s, k);
        if (k >= s.size()) {
            return Optional.empty();
        }
        boolean complementiser = Phrases.lower(s.get(k)).equals("that") && !(k + 1 < s.size() && s.get(k + 1).pos().matches("MD|VBD|VBZ|VBP"))
                || s.get(k).text().equals(":");
        if (complementiser) {
            k++;
        }
        if (Cues.NEED_STATEMENT_OBJECT.contains(lemma) && !complementiser && !startsClause(s, k)) {
            Phrases.Range object = Phrases.nounPhraseFrom(s, k);
            Token head = object.isEmpty() ? null : Phrases.head(s, object);
            if (head == null || !Cues.STATEMENT_NOUNS.contains(head.text().toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            return Optional.of(new Found(i, stance, source, false, object.from(), object.to(), channel, shared));
        }
        return Optional.of(new Found(i, stance, source, false, k, clauseEnd(s, k), channel, shared));
    }

    /** "Graham: Trump's rhetoric is hateful": a named speaker, a colon, then what they said (headlines, transcripts). */
    private static Optional<Found> headlineColon(Document doc, List<Token> s) {
        for (int c = 1; c < Math.min(s.size() - 2, 7); c++) {
            if (!s.get(c).text().equals(":")) {
                continue;
            }
            Phrases.Range np = Phrases.nounPhraseEndingAt(s, c - 1);
            if (np.isEmpty() || np.from() != 0) {
                return Optional.empty();
            }
            int from = s.get(0).start();
            int to = s.get(c - 1).end();
            boolean named = doc.entities().stream().anyMatch(m -> m.span().start() >= from && m.span().end() <= to
                    && (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION));
            return named ? Optional.of(new Found(c, Stance.ASSERT, np, false, c + 1, clauseEnd(s, c + 1), null, false)) : Optional.empty();
        }
        return Optional.empty();
    }

    private Optional<Found> according(List<Token> s, int i) {
        Phrases.Range source = Phrases.nounPhraseFrom(s, i + 2);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        if (i > 0 && precededByQuoteOrComma(s, i)) {
            return Optional.of(new Found(i, Stance.ASSERT, source, true, 0, contentEndBefore(s, i), null, false));
        }
        int k = source.to();
        if (k < s.size() && s.get(k).text().equals(",")) {
            k++;
        }
        return Optional.of(new Found(i, Stance.ASSERT, source, false, k, clauseEnd(s, k), null, false));
    }

    private Optional<Claim> build(Document doc, Sentence sentence, List<Token> s, Found f, int contentTo, List<Claim> earlier, List<Claim> thisSentence) {
        String text = doc.text();
        if (f.source().isEmpty()) {
            return Optional.empty();
        }
        // "according to" and phrasal cues ("pointed out") span two tokens
        boolean twoWords = Phrases.lower(s.get(f.cue())).equals("according")
                || f.cue() + 1 < s.size() && s.get(f.cue() + 1).pos().equals("RP") && s.get(f.cue()).isVerb();
        int cueEnd = f.cue() + (twoWords ? 2 : 1);
        Span cue = Span.of(text, s.get(f.cue()).start(), s.get(cueEnd - 1).end());
        Span content;
        boolean direct;
        if (f.inverted()) {
            Optional<Span> quote = Quotations.enclosingQuote(text, s.get(Math.max(0, f.contentTo() - 1)).end(), sentence);
            if (quote.isPresent()) {
                content = quote.get();
                direct = true;
            } else {
                int from = f.contentFrom();
                while (from < f.contentTo() && (s.get(from).pos().equals("CC") || Quotations.isQuote(s.get(from)))) {
                    from++;
                }
                if (from >= f.contentTo()) {
                    return Optional.empty();
                }
                content = Span.of(text, s.get(from).start(), s.get(f.contentTo() - 1).end());
                direct = false;
            }
        } else if (f.contentFrom() == s.size()) {
            Optional<Span> next = Quotations.followingQuotation(text, s.get(s.size() - 1).end());
            if (next.isEmpty()) {
                return Optional.empty();
            }
            content = next.get();
            direct = true;
        } else {
            if (f.contentFrom() >= contentTo) {
                return Optional.empty();
            }
            int end = Quotations.closingQuote(text, s.get(f.contentFrom()).start(), s.get(contentTo - 1).end());
            content = Span.of(text, s.get(f.contentFrom()).start(), end);
            direct = Quotations.isQuote(s.get(f.contentFrom()));
        }
        Span sourceSpan = Span.of(text, s.get(f.source().from()).start(), s.get(f.source().to() - 1).end());
        ClaimSource source = ClaimSources.resolve(doc, s, f.source(), sourceSpan, sentence, content, earlier, thisSentence);
        String channel = f.channel() != null ? f.channel() : statementChannel(text, sentence, cue);
        return Optional.of(new Claim(source, cue, content, f.stance(), direct, channel, sentence.span()));
    }



    private static String statementChannel(String text, Sentence sentence, Span cue) {
        Matcher m = STATEMENT_TO.matcher(sentence.span().text());
        return m.find() && sentence.span().start() + m.end() <= cue.start() ? m.group(1) : null;
    }



    private static boolean fitsConstruction(String lemma, List<Token> s, int i) {
        Token next = i + 1 < s.size() ? s.get(i + 1) : null;
        return switch (lemma) {
            case "point" -> next != null && Phrases.lower(next).equals("out");
            // "called Trump a liar": an object, then what it was called; not "called for", "called on", "called off"
            case "call" -> next != null && !next.pos().matches("IN|RP|TO") && !Phrases.lower(next).equals("it") && objectThenComplement(s, i + 1);
            // '"...," he continued.' only: otherwise it is no speech at all
            case "continue" -> (next == null || next.text().equals(".") || next.text().equals(",")) && quoteBefore(s, i);
            default -> true;
        };
    }

    private static boolean objectThenComplement(List<Token> s, int from) {
        Phrases.Range object = Phrases.nounPhraseFrom(s, from);
        if (object.isEmpty() || object.to() >= s.size()) {
            return false;
        }
        Token after = s.get(object.to());
        return after.pos().matches("DT|JJ.*|NN.*") || Quotations.isQuote(after);
    }

    private static boolean quoteBefore(List<Token> s, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            if (Quotations.isQuote(s.get(k))) {
                return true;
            }
        }
        return false;
    }


    /** "said in a statement that", "wrote on Twitter:": steps over a short phrase that stands before the complement. */
    private static int skipPrepositionalPhrase(List<Token> s, int k) {
        int j = k;
        while (j < s.size() && s.get(j).pos().equals("IN") && !Phrases.lower(s.get(j)).equals("that")) {
            Phrases.Range np = Phrases.nounPhraseFrom(s, j + 1);
            if (np.isEmpty() || np.to() - j > 6) {
                return k;
            }
            j = np.to();
        }
        if (j == k || j >= s.size()) {
            return k;
        }
        String next = Phrases.lower(s.get(j));
        boolean complementFollows = next.equals("that") || next.equals(",") || next.equals(":") || Quotations.isQuote(s.get(j));
        if (!complementFollows) {
            return k;
        }
        return next.equals(",") ? j + 1 : j;
    }


    /** "I think", "you said", "we say": inside a quotation, a quoted speaker talking about themselves, within a claim already made. */
    private static boolean isSpeakerOrHearer(List<Token> s, Phrases.Range r) {
        if (r.to() - r.from() != 1) {
            return false;
        }
        String w = Phrases.lower(s.get(r.from()));
        return w.equals("i") || w.equals("we") || w.equals("you");
    }

    private static boolean precededByQuoteOrComma(List<Token> s, int i) {
        return i > 0 && (s.get(i - 1).text().equals(",") || Quotations.isQuote(s.get(i - 1)));
    }

    private static int contentEndBefore(List<Token> s, int i) {
        int k = i;
        while (k > 0 && (s.get(k - 1).text().equals(",") || Quotations.isQuote(s.get(k - 1)))) {
            k--;
        }
        return k;
    }

    private static int clauseEnd(List<Token> s, int from) {
        int k = from;
        while (k < s.size()) {
            if (s.get(k).text().equals(",") && k + 1 < s.size() && CLAUSE_BREAKS.contains(Phrases.lower(s.get(k + 1)))) {
                break;
            }
            k++;
        }
        while (k > from && (isEnd(s.get(k - 1)) || s.get(k - 1).text().equals(","))) {
            k--;
        }
        return k;
    }

    private static boolean separated(List<Token> s, int from, int to) {
        for (int k = Math.max(0, from); k < to; k++) {
            String l = Phrases.lower(s.get(k));
            if (l.equals(",") || l.equals(";") || s.get(k).pos().equals("CC") || CLAUSE_BREAKS.contains(l)) {
                return true;
            }
        }
        return false;
    }

    private static int trimBack(List<Token> s, int k) {
        while (k > 0 && (s.get(k - 1).text().equals(",") || s.get(k - 1).pos().equals("CC") || CLAUSE_BREAKS.contains(Phrases.lower(s.get(k - 1))))) {
            k--;
        }
        return k;
    }

    private static boolean startsClause(List<Token> s, int k) {
        // "denied that the US had asked": a subject, then a finite verb ("the truce declared by" is no clause).
        for (int j = k; j < Math.min(s.size(), k + 8); j++) {
            String p = s.get(j).pos();
            String l = s.get(j).lemma().toLowerCase(Locale.ROOT);
            if (j > k && (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD") || l.equals("have") || l.equals("be"))) {
                return true;
            }
            if (s.get(j).text().equals(",")) {
                return false;
            }
        }
        return false;
    }

    private static boolean isEnd(Token t) {
        return t.text().equals(".") || t.text().equals("!") || t.text().equals("?") || t.text().equals(";");
    }


    /** "this week", "on Thursday", "last month" then the end of the sentence. */
    private static boolean isTimeTail(List<Token> s, int k) {
        int j = k;
        while (j < s.size() && j < k + 4 && !isEnd(s.get(j)) && !s.get(j).text().equals(",")) {
            String l = Phrases.lower(s.get(j));
            if (!(Set.of("this", "last", "on", "earlier", "later", "week", "month", "year", "today", "yesterday").contains(l)
                    || s.get(j).pos().equals("NNP") && l.endsWith("day"))) {
                return false;
            }
            j++;
        }
        return j > k && (j >= s.size() || isEnd(s.get(j)) || s.get(j).text().equals(","));
    }

    private static String text(List<Token> s, Phrases.Range r) {
        StringBuilder sb = new StringBuilder();
        for (int k = r.from(); k < r.to(); k++) {
            if (k > r.from() && s.get(k).start() > s.get(k - 1).end()) {
                sb.append(' ');
            }
            sb.append(s.get(k).text());
        }
        return sb.toString();
    }
}
