package org.sitrep.pipeline;

/** Time spent in one stage over a batch. */
public record StageReport(String stage, long documents, long nanos) {
    public double millisPerDocument() {
        return documents == 0 ? 0 : nanos / 1e6 / documents;
    }
}
