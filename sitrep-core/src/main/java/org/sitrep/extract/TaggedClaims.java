package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
            int contentEnd = AttributionSpans.end(doc, f.contentTo());
            if (contentEnd <= contentStart) {
                continue;
            }
            Span content = Span.of(text, contentStart, contentEnd);
            ClaimSource source;
            if (f.source() != null) {
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
            Optional<Claim> rule = rules.stream().filter(r -> r.cue().start() < cue.end() && cue.start() < r.cue().end()).findFirst();
            Stance stance = rule.map(Claim::stance).orElseGet(() -> stance(s, f.cue()));
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
     * denial is the claim Sitrep can least afford to miss. (Adding the rules' plain assertions too costs precision on
     * PolNeAR dev for no recall: docs/eval.md.)
     */
    static List<Claim> withStances(List<Claim> tagged, List<Claim> rules) {
        List<Claim> out = new ArrayList<>(tagged);
        for (Claim r : rules) {
            if (r.stance() != Stance.ASSERT && tagged.stream().noneMatch(t -> t.cue().start() < r.cue().end() && r.cue().start() < t.cue().end())) {
                out.add(r);
            }
        }
        out.sort(java.util.Comparator.comparingInt((Claim c) -> c.cue().start()));
        return out;
    }

    private static ClaimSource resolve(Document doc, List<Token> s, Phrases.Range range, Sentence sentence, Span content,
                                       List<Claim> earlier, List<Claim> thisSentence) {
        Span span = Span.of(doc.text(), s.get(range.from()).start(), s.get(range.to() - 1).end());
        return ClaimSources.resolve(doc, s, range, span, sentence, content, earlier, thisSentence);
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
        String lemma = s.get(cue.to() - 1).lemma().toLowerCase(Locale.ROOT);
        if (!lemma.equals("tell") && !lemma.equals("inform")) {
            return null;
        }
        int k = cue.to();
        StringBuilder b = new StringBuilder();
        while (k < s.size() && s.get(k).pos().startsWith("NNP")) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(s.get(k).text());
            k++;
        }
        return b.length() == 0 ? null : b.toString();
    }
}
