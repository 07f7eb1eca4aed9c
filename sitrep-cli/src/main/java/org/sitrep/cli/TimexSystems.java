package org.sitrep.cli;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.annotate.CoreNlpAnnotator;
import org.sitrep.annotate.SuTime;
import org.sitrep.clean.ArticleCleaner;
import org.sitrep.eval.FoundTimex;
import org.sitrep.eval.HeidelTimePeer;
import org.sitrep.eval.TimexSystem;
import org.sitrep.model.Article;
import org.sitrep.model.Layout;
import org.sitrep.model.RawDocument;
import org.sitrep.model.RawMetadata;
import org.sitrep.model.TimeRef;
import org.sitrep.pipeline.Pipeline;

/** The systems {@code sitrep eval timex} can score, each behind {@link TimexSystem}, its models loaded when built. */
enum TimexSystems {
    /** Sitrep's pipeline up to its time stage ({@link Sitrep#timeStages}), the creation time given as with --doc-date. */
    sitrep {
        @Override
        TimexSystem load() {
            Pipeline pipeline = Sitrep.timePipeline(CoreNlpAnnotator.standard().warmUp());
            return tagger(name(), (text, dct) -> {
                // A TEXT article is kept verbatim, so the pipeline's spans are offsets into the gold text.
                Article a = new ArticleCleaner(dct).clean(new RawDocument("timex", 0, text, "UTF-8", Layout.TEXT, RawMetadata.NONE));
                return timexes(pipeline.process(a).times());
            });
        }
    },
    /** SUTime as a new user runs it: CoreNLP tokenize, ssplit, pos, lemma, then SUTime over every sentence. */
    sutime {
        @Override
        TimexSystem load() {
            SuTime suTime = SuTime.alone();
            return tagger(name(), (text, dct) -> timexes(suTime.tag(text, dct)));
        }
    },
    /** HeidelTime 2.1 standalone, English news, no part-of-speech tagger. */
    heideltime {
        @Override
        TimexSystem load() {
            return HeidelTimePeer.english();
        }
    };

    /** Builds the system, loading its models now; a short text is tagged once so lazy loading stays out of timings. */
    abstract TimexSystem load();

    /** {@link #load()} followed by one short warm-up text. */
    TimexSystem loadAndWarmUp() {
        TimexSystem t = load();
        t.tag("The talks began on Monday, 5 May 1998, and lasted three days.", LocalDate.of(1998, 5, 8));
        return t;
    }

    private interface Tagging {
        List<FoundTimex> tag(String text, LocalDate dct);
    }

    private static TimexSystem tagger(String name, Tagging tagging) {
        return new TimexSystem() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<FoundTimex> tag(String text, LocalDate dct) {
                return tagging.tag(text, dct);
            }
        };
    }

    private static List<FoundTimex> timexes(List<TimeRef> refs) {
        return refs.stream().map(t -> new FoundTimex(t.span().start(), t.span().end(), t.type(), t.value())).toList();
    }
}
