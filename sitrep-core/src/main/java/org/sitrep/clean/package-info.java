/**
 * Clean: a {@link org.sitrep.model.RawDocument} in, an {@link org.sitrep.model.Article} out. Separates the title and
 * photo captions from the body, drops scraper debris and repeated lines, marks subheadings, assigns the content id
 * ({@link org.sitrep.clean.ContentId}, blind to line endings and normalisation form), tells the language
 * ({@link org.sitrep.clean.LanguageGuesser}, from {@code scripts.tsv} and {@code function-words.tsv}; what Sitrep can
 * analyse is {@link org.sitrep.clean.Languages#SUPPORTED}) and keeps an {@link org.sitrep.model.OffsetMap} from the
 * body back to the raw input. Next: annotate.
 */
package org.sitrep.clean;
