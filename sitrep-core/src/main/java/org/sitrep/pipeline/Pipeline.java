package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLongArray;
import org.sitrep.model.Article;
import org.sitrep.model.Document;

/** A checked chain of stages. Build with {@link #builder()}; run with {@link #process(Article)}. Thread-safe. */
public final class Pipeline {
    private final List<Stage> stages;
    private final AtomicLongArray nanos;
    private final AtomicLongArray counts;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
        this.nanos = new AtomicLongArray(stages.size());
        this.counts = new AtomicLongArray(stages.size());
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Stage> stages() {
        return stages;
    }

    /** Runs every stage over the article; a stage's exception propagates, naming the stage. */
    public Document process(Article article) {
        return process(article, stage -> { });
    }

    /**
     * Runs every stage over the article, telling {@code started} each stage's name as it begins. An interrupted thread
     * stops before the next stage with a {@link java.util.concurrent.CancellationException}.
     */
    public Document process(Article article, java.util.function.Consumer<String> started) {
        Document doc = Document.of(article);
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            if (Thread.currentThread().isInterrupted()) {
                throw new java.util.concurrent.CancellationException("stopped before stage '" + stage.name() + "' on " + article.source());
            }
            started.accept(stage.name());
            long t0 = System.nanoTime();
            try {
                doc = stage.apply(doc);
            } catch (RuntimeException e) {
                throw new StageException(stage.name(), article.source(), e);
            } finally {
                nanos.addAndGet(i, System.nanoTime() - t0);
                counts.incrementAndGet(i);
            }
        }
        return doc;
    }

    /** Time and document count per stage since this pipeline was built. */
    public List<StageReport> report() {
        List<StageReport> out = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            out.add(new StageReport(stages.get(i).name(), counts.get(i), nanos.get(i)));
        }
        return out;
    }

    /** Assembles stages; {@link #build()} checks that each requirement is provided earlier in the chain. */
    public static final class Builder {
        private final List<Stage> stages = new ArrayList<>();

        public Builder add(Stage stage) {
            if (stage == null) {
                throw new IllegalArgumentException("The parameter 'stage' must not be null.");
            }
            stages.add(stage);
            return this;
        }

        public Pipeline build() {
            Set<Layer> available = EnumSet.of(Layer.TEXT);
            List<String> providers = new ArrayList<>();
            for (Stage stage : stages) {
                for (Layer needed : stage.requires()) {
                    if (!available.contains(needed)) {
                        String later = stages.stream().filter(s -> s.provides().contains(needed)).map(Stage::name)
                                .findFirst().map(n -> " (it is provided by '" + n + "', which must come before it)").orElse("");
                        throw new IllegalStateException("Stage '" + stage.name() + "' requires " + needed
                                + ", which no earlier stage provides" + later + "; chain so far: " + providers);
                    }
                }
                available.addAll(stage.provides());
                providers.add(stage.name());
            }
            return new Pipeline(stages);
        }
    }
}
