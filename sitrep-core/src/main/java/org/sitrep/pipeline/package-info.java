/**
 * The stage contract ({@link org.sitrep.pipeline.Stage}), the checked chain ({@link org.sitrep.pipeline.Pipeline})
 * and the batch runner that feeds it from ingest and reports one result per document. Consumes readers from
 * {@code org.sitrep.ingest} and cleaners from {@code org.sitrep.clean}; hands finished Documents to a sink (store, JSON).
 */
package org.sitrep.pipeline;
