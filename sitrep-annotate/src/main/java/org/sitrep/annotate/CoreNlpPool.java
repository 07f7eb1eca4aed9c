package org.sitrep.annotate;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * Builds each CoreNLP pipeline once per JVM, on first use, and shares it (models take seconds and gigabytes to load).
 * StanfordCoreNLP and TimeAnnotator are safe to call from several threads once built.
 */
final class CoreNlpPool {
    private static final Map<NlpProfile, StanfordCoreNLP> PIPELINES = new EnumMap<>(NlpProfile.class);
    private static TimeAnnotator sutime;

    private CoreNlpPool() {}

    static synchronized StanfordCoreNLP pipeline(NlpProfile profile) {
        return PIPELINES.computeIfAbsent(profile, p -> new StanfordCoreNLP(p.properties()));
    }

    static synchronized TimeAnnotator sutime() {
        if (sutime == null) {
            Properties p = new Properties();
            p.setProperty("sutime.includeRange", "true");
            p.setProperty("sutime.markTimeRanges", "true");
            sutime = new TimeAnnotator("sutime", p);
        }
        return sutime;
    }
}
