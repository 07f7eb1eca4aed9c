/**
 * The stage contract ({@link org.sitrep.pipeline.Stage}), the checked chain ({@link org.sitrep.pipeline.Pipeline})
 * and the batch runner ({@link org.sitrep.pipeline.Batch}) that feeds it from ingest, record by record, and reports one
 * typed {@link org.sitrep.pipeline.DocumentResult} per document (analysed, or skipped with the reason) to a
 * {@link org.sitrep.pipeline.DocumentSink}, with an {@link org.sitrep.pipeline.InputSummary} after each input.
 * Consumes readers from {@code org.sitrep.ingest} and cleaners from {@code org.sitrep.clean}; the sinks (store, JSON,
 * the terminal's report) live with their front ends.
 */
package org.sitrep.pipeline;
