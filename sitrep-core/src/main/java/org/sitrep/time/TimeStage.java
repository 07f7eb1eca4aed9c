package org.sitrep.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.DateSource;
import org.sitrep.model.Document;
import org.sitrep.model.Notice;
import org.sitrep.model.PublicationDate;
import org.sitrep.model.TimeRef;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * The times stage: the article's temporal expressions ({@link TimexTagger}), normalised against its publication date
 * when one is known. An expression that names no possible date ("31 February") is kept without a value and noted.
 */
public final class TimeStage implements Stage {
    private final TimexTagger tagger;

    public TimeStage(TimexTagger tagger) {
        if (tagger == null) {
            throw new IllegalArgumentException("The parameter 'tagger' must not be null.");
        }
        this.tagger = tagger;
    }

    /** The stage over the bundled rules. */
    public static TimeStage standard() {
        return new TimeStage(TimexTagger.standard());
    }

    public TimexTagger tagger() {
        return tagger;
    }

    @Override
    public String name() {
        return "times";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.TOKENS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.TIMES);
    }

    @Override
    public Document apply(Document doc) {
        List<String> problems = new ArrayList<>();
        PublicationDate published = doc.article().published();
        List<TimeRef> refs = refs(tag(doc, published.date(), problems), published.source() == DateSource.INFERRED);
        Document out = doc.withTimes(refs);
        for (String p : problems) {
            out = out.withNotice(new Notice(name(), p));
        }
        return out;
    }

    /** The expressions of {@code doc}, normalised against {@code anchor} (null: unknown). */
    public List<Timex> tag(Document doc, LocalDate anchor, List<String> problems) {
        return tagger.tag(doc.text(), doc.sentences(), doc.tokens(), anchor, problems::add);
    }

    /** The document's records for the expressions; {@code inferred} when the anchor was inferred, not given. */
    public static List<TimeRef> refs(List<Timex> timexes, boolean inferred) {
        List<TimeRef> out = new ArrayList<>(timexes.size());
        for (Timex t : timexes) {
            String anchor = switch (t.basis()) {
                case ABSOLUTE -> "absolute";
                case ARTICLE_DATE -> inferred ? "inferred-date" : "article-date";
                case ANAPHORIC -> "earlier-expression";
            };
            out.add(new TimeRef(t.span(), t.type(), t.value(), t.mod(), anchor));
        }
        return out;
    }
}
