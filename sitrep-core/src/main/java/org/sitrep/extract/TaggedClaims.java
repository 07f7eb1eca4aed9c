package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimSource;
import org.sitrep.model.Document;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;
import org.sitrep.model.Token;

/**
 * Turns the tagger's attributions ({@link AttributionSpans.Found}) into claims: the source resolved as the rules
 * resolve theirs ({@link ClaimSources}), the stance and channel from the rules' claim on the same cue when there is one,
 * else from the cue's words.
 */
final class TaggedClaims {
    private TaggedClaims() {}

    static List<Claim> build(Document doc, List<AttributionSpans.Found> found, List<Claim> rules) {
        String text = doc.text();
        NavigableMap<Integer, Claim> ruleCues = byStart(rules, Claim::cue);
        List<Claim> out = new ArrayList<>();
        List<Claim> thisSentence = new ArrayList<>();
        List<Claim> earlier = new ArrayList<>();
        int current = -1;
        for (AttributionSpans.Found f : found) {
            if (f.sentence() != current) {
                earlier.addAll(thisSentence);
                thisSentence = new ArrayList<>();
                current = f.sentence();
            }
            Sentence sentence = doc.sentences().get(f.sentence());
            List<Token> s = doc.tokens(sentence);
            Span cue = Span.of(text, AttributionSpans.start(doc, f.cue()), AttributionSpans.end(doc, f.cue()));
            int contentStart = AttributionSpans.start(doc, f.contentFrom());
            int recipient = recipientEnd(s, f.cue());
            if (recipient > f.cue().to() && recipient < s.size() && f.contentFrom().sentence() == f.sentence()
                    && f.contentFrom().from() >= f.cue().to() && f.contentFrom().from() < recipient) {
                contentStart = s.get(recipient).start(); // "told ... World at One his concern": the content starts after the name
            }
            int[] bounds = trim(text, contentStart, AttributionSpans.end(doc, f.contentTo()), complementiser(doc, f.contentFrom()));
            if (bounds[1] <= bounds[0]) {
                continue;
            }
            Span content = Span.of(text, bounds[0], bounds[1]);
            Report report = report(s, f);
            if (report == Report.PASSIVE || report == Report.ACT) {
                continue; // "he was asked whether": whoever asked is not named here; "carried out attacks against": a deed
            }
            Optional<Claim> rule = overlapping(ruleCues, cue);
            ClaimSource source;
            if (f.source() != null) {
                if (!ClaimSources.canSpeak(s, new Phrases.Range(f.source().from(), f.source().to()))) {
                    continue; // "the serious falsehood of a comment suggesting": no speaker
                }
                source = resolve(doc, s, new Phrases.Range(f.source().from(), f.source().to()), sentence, content, earlier, thisSentence);
            } else if (!thisSentence.isEmpty()) {
                // "had mocked the complaint, saying ...": a second cue of the clause's speaker, who is written once
                source = thisSentence.get(thisSentence.size() - 1).source();
            } else {
                Phrases.Range subject = Phrases.clauseSubject(s, f.cue().from());
                if (subject.isEmpty()) {
                    continue; // "it is believed that": an attribution nobody is named for is no claim
                }
                source = resolve(doc, s, subject, sentence, content, earlier, thisSentence);
            }
            // "rejected the offer": an evaluation, not the refutation of a statement
            Stance stance = report == Report.PLAIN_OBJECT ? Stance.ASSERT : rule.map(Claim::stance).orElseGet(() -> stance(s, f.cue()));
            String channel = rule.map(Claim::channel).orElseGet(() -> channel(s, f.cue()));
            boolean direct = Quotations.isQuote(doc.tokens().get(sentenceToken(doc, f.contentFrom())));
            Claim claim = new Claim(source, cue, content, stance, direct, channel, sentence.span());
            out.add(claim);
            thisSentence.add(claim);
        }
        return out;
    }

    /**
     * The tagger's claims and, in text order with them, the rules' claims that take a stance beyond assertion (deny,
     * refute, claim, confirm, …) on a cue no tagged claim shares: the rules read those few verbs precisely, and a
     * denial is the claim Sitrep can least afford to miss. So do the rules' claims reported inside a tagged claim's
     * content ("sources told Reuters that the envoy had said …"): the tagger, trained on annotations where a word
     * belongs to one attribution only, cannot nest. (Adding the rules' plain assertions too costs precision on
     * PolNeAR dev for no recall: docs/eval.md.)
     */
    static List<Claim> withStances(List<Claim> tagged, List<Claim> rules) {
        NavigableMap<Integer, Claim> cues = byStart(tagged, Claim::cue);
        NavigableMap<Integer, Claim> contents = byStart(tagged, Claim::content);
        List<Claim> out = new ArrayList<>(tagged);
        for (Claim r : rules) {
            Map.Entry<Integer, Claim> around = contents.floorEntry(r.cue().start());
            boolean nested = around != null && r.cue().end() <= around.getValue().content().end();
            if ((r.stance() != Stance.ASSERT || nested) && overlapping(cues, r.cue()).isEmpty()) {
                out.add(r);
            }
        }
        out.sort(Comparator.comparingInt((Claim c) -> c.cue().start()));
        return out;
    }

    /** Claims by the start of one of their spans; of claims starting at one offset, the longest span is kept. */
    private static NavigableMap<Integer, Claim> byStart(List<Claim> claims, Function<Claim, Span> span) {
        NavigableMap<Integer, Claim> out = new TreeMap<>();
        for (Claim c : claims) {
            out.merge(span.apply(c).start(), c, (a, b) -> span.apply(a).end() >= span.apply(b).end() ? a : b);
        }
        return out;
    }

    /** The claim whose cue (keyed by its start; cues do not overlap one another) overlaps {@code span}, if any. */
    private static Optional<Claim> overlapping(NavigableMap<Integer, Claim> cues, Span span) {
        Map.Entry<Integer, Claim> e = cues.lowerEntry(span.end());
        return e != null && e.getValue().cue().end() > span.start() ? Optional.of(e.getValue()) : Optional.empty();
    }

    private static final String EDGE = " \t\n\"“”'‘’";
    private static final String END = ".,;:";

    /**
     * A content's words without what frames them, as the rules cut theirs: quote marks and spaces at both ends, a
     * leading complementiser "that", closing punctuation ('"We will keep the road open,"' → We will keep the road open).
     */
    static int[] trim(String text, int start, int end, boolean complementiser) {
        int s = start;
        int e = end;
        while (s < e && EDGE.indexOf(text.charAt(s)) >= 0) {
            s++;
        }
        if (complementiser && e - s > 5 && text.regionMatches(true, s, "that ", 0, 5)) {
            s += 5;
            while (s < e && EDGE.indexOf(text.charAt(s)) >= 0) {
                s++;
            }
        }
        while (e > s && (EDGE.indexOf(text.charAt(e - 1)) >= 0 || END.indexOf(text.charAt(e - 1)) >= 0)) {
            e--;
        }
        return new int[] {s, e};
    }

    private static ClaimSource resolve(Document doc, List<Token> s, Phrases.Range range, Sentence sentence, Span content,
                                       List<Claim> earlier, List<Claim> thisSentence) {
        Span span = Span.of(doc.text(), s.get(range.from()).start(), s.get(range.to() - 1).end());
        return ClaimSources.resolve(doc, s, range, span, sentence, content, earlier, thisSentence);
    }

    /** How a tagged cue's verb reports: as speech, in the passive (its subject is whom it addresses), or with a plain object. */
    enum Report { SPEECH, PASSIVE, PLAIN_OBJECT, ACT }

    /**
     * How the tagged cue reports: the first verb of the cue lexicon in it decides. In the passive ("he was asked
     * whether") its subject is not the speaker; a verb that answers statements with a plain object ("rejected the
     * offer") takes no stance on a statement ({@link Cues#fits}). The tagger, unlike the rules, reads an intention's
     * infinitive ("wants to leave") as content, so intentions are speech here. A cue with no word of the cue lexicon
     * but an event noun ("did not carry out attacks against") names a deed (a verb does not: "attacked" his rival is
     * an evaluation), not an attribution.
     */
    static Report report(List<Token> s, AttributionSpans.Found f) {
        boolean trigger = false;
        for (int i = f.cue().from(); i < f.cue().to(); i++) {
            Token t = s.get(i);
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            Optional<ClaimCues.Cue> cue = Cues.cue(lemma);
            if (!t.isVerb() || cue.isEmpty()) {
                trigger |= t.pos().startsWith("NN") && EventLexicon.bundled().noun(lemma).isPresent();
                continue;
            }
            if (t.pos().equals("VBN") && Cues.passive(s, i)) {
                return Report.PASSIVE;
            }
            return cue.get().cueClass() == ClaimCues.CueClass.INTENTION || Cues.fits(s, i) ? Report.SPEECH : Report.PLAIN_OBJECT;
        }
        return trigger ? Report.ACT : Report.SPEECH;
    }

    /** Whether a content piece opens with the complementiser "that" (tagged IN; the demonstrative is DT), after any quote marks. */
    private static boolean complementiser(Document doc, AttributionSpans.Piece p) {
        Sentence sentence = doc.sentences().get(p.sentence());
        for (int i = sentence.firstToken() + p.from(); i < sentence.firstToken() + p.to(); i++) {
            Token t = doc.tokens().get(i);
            if (!Quotations.isQuote(t)) {
                return t.text().equalsIgnoreCase("that") && t.pos().equals("IN");
            }
        }
        return false;
    }

    private static int sentenceToken(Document doc, AttributionSpans.Piece p) {
        return doc.sentences().get(p.sentence()).firstToken() + p.from();
    }

    /** The stance of the first word of the cue the lexicon knows; a plain assertion otherwise ("according to", "believes"). */
    static Stance stance(List<Token> s, AttributionSpans.Piece cue) {
        for (int i = cue.from(); i < cue.to(); i++) {
            Optional<Stance> st = Cues.stance(s.get(i).lemma().toLowerCase(Locale.ROOT));
            if (st.isPresent()) {
                return st.get();
            }
        }
        return Stance.ASSERT;
    }

    /** "told Reuters": the proper names right after a cue of telling. */
    static String channel(List<Token> s, AttributionSpans.Piece cue) {
        int end = recipientEnd(s, cue);
        if (end == cue.to()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (int k = cue.to(); k < end; k++) {
            if (b.length() > 0 && s.get(k).start() > s.get(k - 1).end()) {
                b.append(' ');
            }
            b.append(s.get(k).text());
        }
        return b.toString();
    }

    /** Where the name of whom a cue of telling addresses ends ({@link Phrases#nameEnd}); the cue's end for any other cue. */
    static int recipientEnd(List<Token> s, AttributionSpans.Piece cue) {
        String lemma = s.get(cue.to() - 1).lemma().toLowerCase(Locale.ROOT);
        return lemma.equals("tell") || lemma.equals("inform") ? Phrases.nameEnd(s, cue.to()) : cue.to();
    }
}
