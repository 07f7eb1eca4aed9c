package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.sitrep.model.Span;

/**
 * CoreNLP's quotation finder ({@code tokenize,ssplit,quote}, without speaker attribution): the peer the attribution
 * evaluation runs beside Sitrep's claims. Built once, on first use.
 */
public final class CoreNlpQuotes {
    private static StanfordCoreNLP pipeline;

    private CoreNlpQuotes() {}

    private static synchronized StanfordCoreNLP pipeline() {
        if (pipeline == null) {
            Properties p = new Properties();
            p.setProperty("annotators", "tokenize,ssplit,quote");
            p.setProperty("quote.attributeQuotes", "false");
            pipeline = new StanfordCoreNLP(p);
        }
        return pipeline;
    }

    /** The quotations in {@code text}, outermost only, as spans including their quote marks. */
    public static List<Span> quotes(String text) {
        Annotation ann = new Annotation(text);
        pipeline().annotate(ann);
        List<Span> out = new ArrayList<>();
        List<CoreMap> quotes = ann.get(CoreAnnotations.QuotationsAnnotation.class);
        if (quotes != null) {
            for (CoreMap q : quotes) {
                out.add(Span.of(text, q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class), q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
            }
        }
        return out;
    }
}
