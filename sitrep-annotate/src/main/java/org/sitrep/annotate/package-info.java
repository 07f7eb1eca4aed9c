/**
 * Annotate: the only package that imports {@code edu.stanford.nlp}. Consumes an Article's text; provides sentences,
 * tokens (POS, lemma, NER tag), entity mentions and TIMEX3 temporal expressions as Sitrep records. Models load once per
 * JVM ({@code CoreNlpPool}). {@link org.sitrep.annotate.SuTime} runs SUTime outside the pipeline, for the timex
 * evaluation and benchmark. Next: resolve.
 */
package org.sitrep.annotate;
