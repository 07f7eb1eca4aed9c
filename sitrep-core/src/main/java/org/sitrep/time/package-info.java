/**
 * The times stage: Sitrep's own temporal tagger and the article-date inference.
 *
 * <p>{@link org.sitrep.time.TimexTagger} finds TIMEX3 expressions with rules over tokens ({@code timex-rules.tsv}) and
 * words ({@code timex-lexicon.tsv}), both data that users extend; {@link org.sitrep.time.Normalisers} holds the
 * mechanisms the rules name. {@link org.sitrep.time.TimeStage} tags an article against its publication date; when the
 * date is unknown it tags without one, lets {@link org.sitrep.time.DocDateInference} weigh the clues (written dates,
 * weekdays by tense, photo dates, offices held, URL dates) into a date or a window, and tags again against it.
 */
package org.sitrep.time;
