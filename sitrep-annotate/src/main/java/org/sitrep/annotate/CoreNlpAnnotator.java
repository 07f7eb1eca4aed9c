package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
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

    /** Sitrep's default: the fast profile with temporal expressions and the default caps. */
    public static CoreNlpAnnotator standard() {
        return standard(InputCaps.DEFAULT);
    }

    /** The fast profile with temporal expressions and the given caps. */
    public static CoreNlpAnnotator standard(InputCaps caps) {
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

    /**
     * CoreNLP reads a long text in pieces of about this many characters, cut at line breaks (else sentence ends, else
     * spaces): its cost per piece then stays bounded however long the article (on one text of 5,000 short sentences,
     * whole-text annotation took 12x as long as on 1,000). Every sentence ends at a line break in Sitrep's profile, so a
     * cut there changes nothing; an ordinary article is one piece.
     */
    static final int PIECE_CHARS = 20_000;

    @Override
    public Document apply(Document doc) {
        InputCaps.Capped capped = caps.apply(doc.text());
        String read = capped.text();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<TimeRef> timeRefs = new ArrayList<>();
        for (int from = 0; from < read.length(); ) {
            int to = pieceEnd(read, from, PIECE_CHARS);
            annotate(doc, read.substring(from, to), from, tokens, sentences, mentions, timeRefs);
            from = to;
        }
        Document out = doc.withAnnotations(sentences, tokens, mentions, timeRefs);
        for (String change : capped.changes()) {
            out = out.withNotice(new Notice(name(), change));
        }
        return out;
    }

    /** Where the piece starting at {@code from} ends: past the last line break, else sentence end, else space in its second half. */
    static int pieceEnd(String text, int from, int size) {
        if (text.length() - from <= size) {
            return text.length();
        }
        int limit = from + size;
        int floor = from + size / 2;
        int at = text.lastIndexOf('\n', limit - 1);
        if (at >= floor) {
            return at + 1;
        }
        for (int k = limit - 1; k > floor; k--) {
            char c = text.charAt(k - 1);
            if (text.charAt(k) == ' ' && (c == '.' || c == '!' || c == '?')) {
                return k + 1;
            }
        }
        for (int k = limit - 1; k > floor; k--) {
            if (Character.isWhitespace(text.charAt(k))) {
                return k + 1;
            }
        }
        return limit;
    }

    /** Annotates one piece of the text; {@code base} is its offset in the article text. */
    private void annotate(Document doc, String piece, int base, List<Token> tokens, List<Sentence> sentences, List<Mention> mentions,
                          List<TimeRef> timeRefs) {
        String text = doc.text();
        Annotation ann = new Annotation(piece);
        StanfordCoreNLP nlp = CoreNlpPool.pipeline(profile);
        nlp.annotate(ann);
        List<CoreMap> timeSentences = new ArrayList<>();
        for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
            int first = tokens.size();
            boolean cue = false;
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                int b = base + t.beginPosition();
                int e = base + t.endPosition();
                tokens.add(new Token(b, e, text.substring(b, e), orO(t.tag()), orO(t.lemma()), orO(t.ner())));
                cue |= TemporalCue.isCue(t.word());
            }
            int begin = base + s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = base + s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            sentences.add(new Sentence(Span.of(text, begin, end), first, tokens.size()));
            List<CoreMap> ms = s.get(CoreAnnotations.MentionsAnnotation.class);
            if (ms != null) {
                for (CoreMap m : ms) {
                    entityType(m.get(CoreAnnotations.NamedEntityTagAnnotation.class)).ifPresent(type -> mentions.add(new Mention(
                            Span.of(text, base + m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                                    base + m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)), type, null, null)));
                }
            }
            if (cue) {
                timeSentences.add(s);
            }
        }
        if (times) {
            timeRefs.addAll(timeRefs(doc, piece, base, timeSentences));
        }
    }

    /** @param piece the text CoreNLP read (a piece of the article text after the caps), starting at {@code base} */
    private static List<TimeRef> timeRefs(Document doc, String piece, int base, List<CoreMap> sentences) {
        if (sentences.isEmpty()) {
            return List.of();
        }
        String text = doc.text();
        Annotation sub = new Annotation(piece);
        sub.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        doc.article().published().value().ifPresent(d -> sub.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
        CoreNlpPool.sutime().annotate(sub);
        List<TimeRef> out = new ArrayList<>();
        List<CoreMap> timexes = sub.get(TimeAnnotations.TimexAnnotations.class);
        if (timexes != null) {
            for (CoreMap m : timexes) {
                Timex t = m.get(TimeAnnotations.TimexAnnotation.class);
                int b = base + m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int e = base + m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                out.add(new TimeRef(Span.of(text, b, e), t.timexType(), t.value() != null ? t.value() : t.altVal()));
            }
        }
        return out;
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
