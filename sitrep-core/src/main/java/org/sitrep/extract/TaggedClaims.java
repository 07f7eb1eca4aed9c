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
            if (f.source() == null) {
                continue; // PolNeAR's source-less attributions ("it is believed"): a claim needs someone who makes it
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
            Phrases.Range range = new Phrases.Range(f.source().from(), f.source().to());
            Span sourceSpan = Span.of(text, s.get(range.from()).start(), s.get(range.to() - 1).end());
            ClaimSource source = ClaimSources.resolve(doc, s, range, sourceSpan, sentence, content, earlier, thisSentence);
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
