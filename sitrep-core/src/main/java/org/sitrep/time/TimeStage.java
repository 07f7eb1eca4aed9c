package org.sitrep.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * when one is known. When none is (no {@code --doc-date}, no date of the input's own), the expressions are tagged with
 * no date, the date is inferred from them and the rest of the article ({@link DocDateInference}), put on the article
 * as an INFERRED {@link PublicationDate}, and the expressions tagged again against it, their anchor
 * {@code inferred-date}. A window alone, with no day, leaves the relative expressions unresolved. An expression that
 * names no possible date ("31 February") is kept without a value and noted.
 */
public final class TimeStage implements Stage {
    private final TimexTagger tagger;
    private final DocDateInference inference;

    /** The stage over {@code tagger}, inferring no article date. */
    public TimeStage(TimexTagger tagger) {
        this(tagger, null);
    }

    /** The stage over {@code tagger}, inferring the article date with {@code inference} when it is unknown (null: never). */
    public TimeStage(TimexTagger tagger, DocDateInference inference) {
        if (tagger == null) {
            throw new IllegalArgumentException("The parameter 'tagger' must not be null.");
        }
        this.tagger = tagger;
        this.inference = inference;
    }

    /** The stage over the bundled rules, inferring unknown article dates without knowledge of offices. */
    public static TimeStage standard() {
        return standard(RoleTerms.NONE);
    }

    /** The stage over the bundled rules, inferring unknown article dates with the offices {@code roles} knows. */
    public static TimeStage standard(RoleTerms roles) {
        return new TimeStage(TimexTagger.standard(), new DocDateInference(roles));
    }

    public TimexTagger tagger() {
        return tagger;
    }

    /** The article-date inference, or empty when this stage infers none. */
    public Optional<DocDateInference> inference() {
        return Optional.ofNullable(inference);
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
        List<Timex> timexes = tag(doc, published.date(), problems);
        if (published.source() == DateSource.UNKNOWN && inference != null) {
            Optional<PublicationDate> inferred = inference.infer(doc, timexes);
            if (inferred.isPresent()) {
                published = inferred.get();
                doc = doc.withArticle(doc.article().withPublished(published));
                if (published.date() != null) {
                    problems.clear();
                    timexes = tag(doc, published.date(), problems);
                }
            }
        }
        List<TimeRef> refs = refs(timexes, published.source() == DateSource.INFERRED && published.date() != null);
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
