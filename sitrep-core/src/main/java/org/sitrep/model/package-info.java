/**
 * The document model every stage reads and writes: {@link org.sitrep.model.RawDocument} from ingest,
 * {@link org.sitrep.model.Article} from clean, and {@link org.sitrep.model.Document}, which carries the article and
 * the layers added by annotate, resolve, extract and link. All values are immutable records; collections are never
 * null; every {@link org.sitrep.model.Span} is a character range into {@code Article.text}.
 */
package org.sitrep.model;
