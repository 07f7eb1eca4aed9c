/**
 * Annotate: the only package that imports {@code edu.stanford.nlp}. Consumes an Article's text; provides sentences,
 * tokens (POS, lemma, NER tag), entity mentions and TIMEX3 temporal expressions as Sitrep records. Models load once per
 * JVM ({@code CoreNlpPool}). Next: resolve.
 */
package org.sitrep.annotate;
