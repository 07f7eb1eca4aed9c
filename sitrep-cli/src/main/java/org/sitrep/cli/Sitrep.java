package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.sitrep.annotate.CoreNlpAnnotator;
import org.sitrep.annotate.InputCaps;
import org.sitrep.extract.ClaimCues;
import org.sitrep.extract.ClaimExtractor;
import org.sitrep.extract.EventExtractor;
import org.sitrep.extract.EventLexicon;
import org.sitrep.link.ClaimLinker;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Stage;
import org.sitrep.resolve.ActorDictionary;
import org.sitrep.resolve.ActorResolver;
import org.sitrep.resolve.DictionaryRoleTerms;
import org.sitrep.resolve.Gazetteer;
import org.sitrep.resolve.PlaceResolver;
import org.sitrep.time.DocDateInference;
import org.sitrep.time.RoleTerms;
import org.sitrep.time.TimeStage;
import org.sitrep.time.TimexTagger;

/** The standard Sitrep pipeline, assembled in one place: annotate → times → places → actors → claims → events → link. */
public final class Sitrep {
    private Sitrep() {}

    public static Pipeline pipeline(CoreNlpAnnotator annotator) {
        return pipeline(annotator, Gazetteer.bundled(), ActorDictionary.bundled());
    }

    /**
     * The standard pipeline's first stages, up to and including the one that provides {@link Layer#TIMES}: what the
     * timex evaluation and benchmark measure as Sitrep's temporal tagger, and what {@link #pipeline} starts with.
     */
    public static List<Stage> timeStages(CoreNlpAnnotator annotator) {
        return timeStages(annotator, TimexTagger.standard());
    }

    /** As {@link #timeStages(CoreNlpAnnotator)}, with the given temporal tagger (the bundled rules and a user's). */
    public static List<Stage> timeStages(CoreNlpAnnotator annotator, TimexTagger timex) {
        return timeStages(annotator, timex, RoleTerms.NONE);
    }

    /**
     * As {@link #timeStages(CoreNlpAnnotator, TimexTagger)}, the time stage inferring unknown article dates with the
     * offices {@code roles} knows (the standard pipeline passes its actor dictionary's).
     */
    public static List<Stage> timeStages(CoreNlpAnnotator annotator, TimexTagger timex, RoleTerms roles) {
        // An annotator that still runs SUTime (CoreNlpAnnotator.withSuTime) provides the times itself.
        return annotator.provides().contains(Layer.TIMES) ? List.of(annotator)
                : List.of(annotator, new TimeStage(timex, new DocDateInference(roles)));
    }

    /** {@link #timeStages} alone, as a pipeline: an article in, its sentences, tokens, entities and times out. */
    public static Pipeline timePipeline(CoreNlpAnnotator annotator) {
        Pipeline.Builder b = Pipeline.builder();
        timeStages(annotator).forEach(b::add);
        return b.build();
    }

    /** The standard pipeline over the given gazetteer and actors (the bundled ones with a user's files merged). */
    public static Pipeline pipeline(CoreNlpAnnotator annotator, Gazetteer gazetteer, ActorDictionary actors) {
        return pipeline(annotator, gazetteer, actors, TimexTagger.standard());
    }

    /** The standard pipeline over the given knowledge, with the given temporal tagger (the bundled rules and a user's). */
    public static Pipeline pipeline(CoreNlpAnnotator annotator, Gazetteer gazetteer, ActorDictionary actors, TimexTagger timex) {
        return pipeline(annotator, gazetteer, actors, timex, ClaimCues.bundled(), new ClaimExtractor());
    }

    /** As {@link #pipeline(CoreNlpAnnotator, Gazetteer, ActorDictionary, TimexTagger)}, the claims stage reading {@code cues}. */
    public static Pipeline pipeline(CoreNlpAnnotator annotator, Gazetteer gazetteer, ActorDictionary actors, TimexTagger timex, ClaimCues cues) {
        return pipeline(annotator, gazetteer, actors, timex, cues, new ClaimExtractor());
    }

    /** As above, with the given claims stage (the training command runs the rules alone). */
    public static Pipeline pipeline(CoreNlpAnnotator annotator, Gazetteer gazetteer, ActorDictionary actors, TimexTagger timex, ClaimExtractor claims) {
        return pipeline(annotator, gazetteer, actors, timex, ClaimCues.bundled(), claims);
    }

    /** The standard pipeline with the claims stage {@code claims} reading the cue lexicon {@code cues}. */
    public static Pipeline pipeline(CoreNlpAnnotator annotator, Gazetteer gazetteer, ActorDictionary actors, TimexTagger timex, ClaimCues cues,
                                    ClaimExtractor claims) {
        return pipeline(annotator, gazetteer, actors, timex, cues, claims, EventLexicon.bundled());
    }

    /** As above, the events stage reading the events lexicon {@code events} (the bundled one with a user's files merged). */
    public static Pipeline pipeline(CoreNlpAnnotator annotator, Gazetteer gazetteer, ActorDictionary actors, TimexTagger timex, ClaimCues cues,
                                    ClaimExtractor claims, EventLexicon events) {
        Pipeline.Builder b = Pipeline.builder();
        timeStages(annotator, timex, new DictionaryRoleTerms(actors)).forEach(b::add);
        return b
                .add(new PlaceResolver(gazetteer))
                .add(new ActorResolver(actors, gazetteer))
                .add(cues == ClaimCues.bundled() ? claims : cues.around(claims))
                .add(new EventExtractor(gazetteer, events))
                .add(new ClaimLinker())
                .build();
    }

    public static Pipeline pipeline() {
        return pipeline(CoreNlpAnnotator.standard());
    }

    /** The standard pipeline with its models loaded now, telling {@code log} how long that took (kept out of per-article rates). */
    public static Pipeline loaded(PrintWriter log) {
        return loaded(log, InputCaps.DEFAULT);
    }

    /** As {@link #loaded(PrintWriter)}, with the given token and sentence caps before CoreNLP. */
    public static Pipeline loaded(PrintWriter log, InputCaps caps) {
        return loaded(log, caps, new KnowledgeOptions());
    }

    /**
     * As {@link #loaded(PrintWriter, InputCaps)}, with the knowledge the options name. The gazetteer and then the
     * actors load on another thread while CoreNLP loads its models.
     */
    static Pipeline loaded(PrintWriter log, InputCaps caps, KnowledgeOptions knowledge) {
        long t0 = System.nanoTime();
        // One thread for both: on two cores a third busy thread slows CoreNLP's own load more than it saves.
        CompletableFuture<Gazetteer> gazetteer = CompletableFuture.supplyAsync(() -> knowledge.gazetteer(log));
        CompletableFuture<ActorDictionary> actors = gazetteer.thenApply(g -> knowledge.actors(log));
        CoreNlpAnnotator annotator = CoreNlpAnnotator.standard(caps).warmUp();
        Pipeline p;
        try {
            p = pipeline(annotator, gazetteer.join(), actors.join(), knowledge.timex(log), knowledge.claimCues(log), new ClaimExtractor(),
                    knowledge.eventLexicon(log));
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        org.sitrep.link.Embeddings.load(); // the linker's sentence embeddings, used from the first article with claims
        log.printf(Locale.ROOT, "sitrep: models loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        log.flush();
        return p;
    }
}
