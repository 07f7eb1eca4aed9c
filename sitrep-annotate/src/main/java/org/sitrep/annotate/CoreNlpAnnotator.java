package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Document;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Notice;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.TimeRef;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * The annotate stage: CoreNLP tokens, sentences, part-of-speech, lemmas, named entities and normalised temporal
 * expressions, turned into Sitrep records at this edge (no CoreNLP type leaves this package).
 */
public final class CoreNlpAnnotator implements Stage {
    private final NlpProfile profile;
    private final boolean times;
    private final InputCaps caps;

    /**
     * @param times whether to find temporal expressions (SUTime), normalised against the article date when known
     * @param caps  the token and sentence limits applied before CoreNLP reads the text
     */
    public CoreNlpAnnotator(NlpProfile profile, boolean times, InputCaps caps) {
        if (profile == null) {
            throw new IllegalArgumentException("The parameter 'profile' must not be null.");
        }
        if (caps == null) {
            throw new IllegalArgumentException("The parameter 'caps' must not be null.");
        }
        this.profile = profile;
        this.times = times;
        this.caps = caps;
    }

    public CoreNlpAnnotator(NlpProfile profile, boolean times) {
        this(profile, times, InputCaps.DEFAULT);
    }

    /** Sitrep's default: the fast profile with the default caps; temporal expressions are the times stage's. */
    public static CoreNlpAnnotator standard() {
        return standard(InputCaps.DEFAULT);
    }

    /** The fast profile with the given caps, without SUTime (Sitrep's own times stage follows). */
    public static CoreNlpAnnotator standard(InputCaps caps) {
        return new CoreNlpAnnotator(NlpProfile.FAST, false, caps);
    }

    /** The fast profile with SUTime on sentences holding a temporal cue: the annotate stage before the times stage. */
    public static CoreNlpAnnotator withSuTime(InputCaps caps) {
        return new CoreNlpAnnotator(NlpProfile.FAST, true, caps);
    }

    /** Loads the models now rather than on the first document (for benchmarks and servers). */
    public CoreNlpAnnotator warmUp() {
        CoreNlpPool.pipeline(profile);
        if (times) {
            CoreNlpPool.sutime();
        }
        return this;
    }

    @Override
    public String name() {
        return "annotate";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TEXT);
    }

    @Override
    public Set<Layer> provides() {
        return times ? Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.ENTITIES, Layer.TIMES) : Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.ENTITIES);
    }

    @Override
    public Document apply(Document doc) {
        String text = doc.text();
        InputCaps.Capped capped = caps.apply(text);
        Annotation ann = new Annotation(capped.text());
        StanfordCoreNLP nlp = CoreNlpPool.pipeline(profile);
        nlp.annotate(ann);

        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<CoreMap> timeSentences = new ArrayList<>();
        for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
            int first = tokens.size();
            boolean cue = false;
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                int b = t.beginPosition();
                int e = t.endPosition();
                tokens.add(new Token(b, e, text.substring(b, e), orO(t.tag()), orO(t.lemma()), orO(t.ner())));
                cue |= TemporalCue.isCue(t.word());
            }
            int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            sentences.add(new Sentence(Span.of(text, begin, end), first, tokens.size()));
            List<CoreMap> ms = s.get(CoreAnnotations.MentionsAnnotation.class);
            if (ms != null) {
                for (CoreMap m : ms) {
                    entityType(m.get(CoreAnnotations.NamedEntityTagAnnotation.class)).ifPresent(type -> mentions.add(new Mention(
                            Span.of(text, m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                                    m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)), type, null, null)));
                }
            }
            if (cue) {
                timeSentences.add(s);
            }
        }
        List<TimeRef> timeRefs = times ? timeRefs(doc, capped.text(), timeSentences) : List.of();
        Document out = doc.withAnnotations(sentences, tokens, mentions, timeRefs);
        for (String change : capped.changes()) {
            out = out.withNotice(new Notice(name(), change));
        }
        return out;
    }

    /** @param read the text CoreNLP read (the article text after the caps: same length, same offsets) */
    private static List<TimeRef> timeRefs(Document doc, String read, List<CoreMap> sentences) {
        if (sentences.isEmpty()) {
            return List.of();
        }
        String text = doc.text();
        Annotation sub = new Annotation(read);
        sub.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        doc.article().published().value().ifPresent(d -> sub.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
        CoreNlpPool.sutime().annotate(sub);
        return SuTime.timeRefs(text, sub);
    }

    private static java.util.Optional<EntityType> entityType(String tag) {
        if (tag == null) {
            return java.util.Optional.empty();
        }
        return switch (tag) {
            case "PERSON" -> java.util.Optional.of(EntityType.PERSON);
            case "ORGANIZATION" -> java.util.Optional.of(EntityType.ORGANIZATION);
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> java.util.Optional.of(EntityType.LOCATION);
            case "MISC", "NATIONALITY" -> java.util.Optional.of(EntityType.MISC);
            default -> java.util.Optional.empty();
        };
    }

    private static String orO(String s) {
        return s == null ? "O" : s;
    }
}
