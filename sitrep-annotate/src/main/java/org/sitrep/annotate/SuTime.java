package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Document;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.TimeRef;
import org.sitrep.model.Token;

/**
 * SUTime ({@code edu.stanford.nlp.time.TimeAnnotator}, configured as the annotate stage configures it) outside the
 * pipeline, for measuring it against Sitrep's time stage:
 * <ul>
 *   <li>{@link #alone()}: as a new user runs it, CoreNLP tokenize, ssplit, pos and lemma with their defaults, then
 *       SUTime over every sentence (the timex evaluation's peer);</li>
 *   <li>{@link #overTokens}: SUTime over the sentences and tokens an annotated {@link Document} already has, all of them
 *       or only those holding a temporal cue (what the annotate stage did), so a benchmark times SUTime alone on the
 *       same sentences as Sitrep's time stage.</li>
 * </ul>
 * A value is SUTime's {@code value()}, or its {@code altVal()} when it has none. Models are shared per JVM
 * ({@code CoreNlpPool}); instances are safe to use from several threads.
 */
public final class SuTime {
    private SuTime() {}

    /** Which sentences of a document SUTime reads. */
    public enum Sentences {
        /** Every sentence. */
        ALL,
        /** Only sentences with a token that can start or anchor a temporal expression (the annotate stage's filter). */
        CUED
    }

    /** SUTime as a new user runs it, with the models loaded now. */
    public static SuTime alone() {
        CoreNlpPool.pipeline(NlpProfile.SUTIME_ALONE);
        CoreNlpPool.sutime();
        return new SuTime();
    }

    /**
     * The temporal expressions of {@code text}: CoreNLP tokenize, ssplit, pos, lemma (defaults), then SUTime over all
     * sentences, relative expressions normalised against {@code documentDate} when it is not null.
     */
    public List<TimeRef> tag(String text, LocalDate documentDate) {
        if (text == null) {
            throw new IllegalArgumentException("The parameter 'text' must not be null.");
        }
        Annotation ann = new Annotation(text);
        CoreNlpPool.pipeline(NlpProfile.SUTIME_ALONE).annotate(ann);
        if (documentDate != null) {
            ann.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
        }
        CoreNlpPool.sutime().annotate(ann);
        return timeRefs(text, ann);
    }

    /**
     * SUTime over the sentences and tokens of an annotated document (its part-of-speech tags and lemmas as they are),
     * normalised against the article date when known.
     */
    public static List<TimeRef> overTokens(Document doc, Sentences which) {
        if (doc == null) {
            throw new IllegalArgumentException("The parameter 'doc' must not be null.");
        }
        if (which == null) {
            throw new IllegalArgumentException("The parameter 'which' must not be null.");
        }
        String text = doc.text();
        List<CoreMap> sentences = new ArrayList<>();
        for (int i = 0; i < doc.sentences().size(); i++) {
            Sentence s = doc.sentences().get(i);
            List<Token> tokens = doc.tokens(s);
            if (which == Sentences.CUED && tokens.stream().noneMatch(t -> TemporalCue.isCue(t.text()))) {
                continue;
            }
            sentences.add(sentence(text, s, tokens, i));
        }
        if (sentences.isEmpty()) {
            return List.of();
        }
        Annotation ann = new Annotation(text);
        ann.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        doc.article().published().value().ifPresent(d -> ann.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
        CoreNlpPool.sutime().annotate(ann);
        return timeRefs(text, ann);
    }

    /** A CoreNLP sentence rebuilt from Sitrep's tokens: the fields SUTime reads. */
    private static CoreMap sentence(String text, Sentence s, List<Token> tokens, int index) {
        List<CoreLabel> labels = new ArrayList<>(tokens.size());
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            CoreLabel l = new CoreLabel();
            l.setWord(t.text());
            l.setValue(t.text());
            l.setOriginalText(t.text());
            l.setTag(t.pos());
            l.setLemma(t.lemma());
            l.setNER(t.ner());
            l.setBeginPosition(t.start());
            l.setEndPosition(t.end());
            l.setIndex(k + 1);
            l.setSentIndex(index);
            labels.add(l);
        }
        CoreMap m = new ArrayCoreMap();
        m.set(CoreAnnotations.TextAnnotation.class, text.substring(s.span().start(), s.span().end()));
        m.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, s.span().start());
        m.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, s.span().end());
        m.set(CoreAnnotations.TokensAnnotation.class, labels);
        m.set(CoreAnnotations.TokenBeginAnnotation.class, s.firstToken());
        m.set(CoreAnnotations.TokenEndAnnotation.class, s.endToken());
        m.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
        return m;
    }

    /** SUTime's expressions in {@code ann} as Sitrep records over {@code text} (the same offsets). */
    static List<TimeRef> timeRefs(String text, Annotation ann) {
        List<TimeRef> out = new ArrayList<>();
        List<CoreMap> timexes = ann.get(TimeAnnotations.TimexAnnotations.class);
        if (timexes != null) {
            for (CoreMap m : timexes) {
                Timex t = m.get(TimeAnnotations.TimexAnnotation.class);
                int b = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int e = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                out.add(new TimeRef(Span.of(text, b, e), t.timexType(), t.value() != null ? t.value() : t.altVal()));
            }
        }
        return out;
    }
}
