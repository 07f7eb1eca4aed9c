package org.sitrep.cli;

import org.sitrep.annotate.CoreNlpAnnotator;
import org.sitrep.extract.ClaimExtractor;
import org.sitrep.extract.EventExtractor;
import org.sitrep.link.ClaimLinker;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.resolve.ActorDictionary;
import org.sitrep.resolve.Gazetteer;
import org.sitrep.resolve.PlaceResolver;
import org.sitrep.resolve.ActorResolver;

/** The standard Sitrep pipeline, assembled in one place: annotate → places → actors → claims → events → link. */
public final class Sitrep {
    private Sitrep() {}

    public static Pipeline pipeline(CoreNlpAnnotator annotator) {
        return pipeline(annotator, Gazetteer.bundled());
    }

    /** The standard pipeline over the given gazetteer. */
    public static Pipeline pipeline(CoreNlpAnnotator annotator, Gazetteer gazetteer) {
        return Pipeline.builder()
                .add(annotator)
                .add(new PlaceResolver(gazetteer))
                .add(new ActorResolver(ActorDictionary.bundled(), gazetteer))
                .add(new ClaimExtractor())
                .add(new EventExtractor(gazetteer))
                .add(new ClaimLinker())
                .build();
    }

    public static Pipeline pipeline() {
        return pipeline(CoreNlpAnnotator.standard());
    }

    /** The standard pipeline with its models loaded now, telling {@code log} how long that took (kept out of per-article rates). */
    public static Pipeline loaded(java.io.PrintWriter log) {
        return loaded(log, org.sitrep.annotate.InputCaps.DEFAULT);
    }

    /** As {@link #loaded(java.io.PrintWriter)}, with the given token and sentence caps before CoreNLP. */
    public static Pipeline loaded(java.io.PrintWriter log, org.sitrep.annotate.InputCaps caps) {
        return loaded(log, caps, new KnowledgeOptions());
    }

    /**
     * As {@link #loaded(java.io.PrintWriter, org.sitrep.annotate.InputCaps)}, with the knowledge the options name. The
     * gazetteer loads on a second thread while CoreNLP loads its models, so it adds little to start-up.
     */
    static Pipeline loaded(java.io.PrintWriter log, org.sitrep.annotate.InputCaps caps, KnowledgeOptions knowledge) {
        long t0 = System.nanoTime();
        java.util.concurrent.CompletableFuture<Gazetteer> gazetteer = java.util.concurrent.CompletableFuture.supplyAsync(() -> knowledge.gazetteer(log));
        CoreNlpAnnotator annotator = CoreNlpAnnotator.standard(caps).warmUp();
        Pipeline p;
        try {
            p = pipeline(annotator, gazetteer.join());
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        log.printf(java.util.Locale.ROOT, "sitrep: models loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        log.flush();
        return p;
    }
}
