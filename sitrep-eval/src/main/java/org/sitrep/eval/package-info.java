/**
 * Eval: gold-data readers and scorers, independent of how documents were produced. Gold data is read by path from
 * {@code ../shared/eval}; the {@code sitrep eval} commands run the pipeline and hand the documents here.
 */
package org.sitrep.eval;
