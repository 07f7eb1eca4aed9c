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
        return pipeline(annotator, ActorDictionary.bundled());
    }

    /** The standard pipeline resolving actors against {@code actors} (the bundled ones with a user's files merged). */
    public static Pipeline pipeline(CoreNlpAnnotator annotator, ActorDictionary actors) {
        Gazetteer gazetteer = Gazetteer.bundled();
        return Pipeline.builder()
                .add(annotator)
                .add(new PlaceResolver(gazetteer))
                .add(new ActorResolver(actors, gazetteer))
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
        return loaded(log, caps, ActorDictionary.bundled());
    }

    /** As {@link #loaded(java.io.PrintWriter, org.sitrep.annotate.InputCaps)}, resolving actors against {@code actors}. */
    public static Pipeline loaded(java.io.PrintWriter log, org.sitrep.annotate.InputCaps caps, ActorDictionary actors) {
        long t0 = System.nanoTime();
        Pipeline p = pipeline(CoreNlpAnnotator.standard(caps).warmUp(), actors);
        log.printf(java.util.Locale.ROOT, "sitrep: models loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        log.flush();
        return p;
    }
}
