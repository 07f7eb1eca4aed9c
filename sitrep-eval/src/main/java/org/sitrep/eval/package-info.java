/**
 * Eval: gold-data readers and scorers, independent of how documents were produced. Gold data is read by path from
 * {@code ../shared/eval}; the {@code sitrep eval} commands run the pipeline and hand the documents here. The timex
 * evaluation also keeps its one peer that CoreNLP does not provide here: {@link org.sitrep.eval.HeidelTimePeer}
 * (HeidelTime, never part of the pipeline), behind {@link org.sitrep.eval.TimexSystem}. One set is bundled instead:
 * the team-written claim-link groups of {@link org.sitrep.eval.LinkGold}, scored by {@link org.sitrep.eval.LinkScorer}; and
 * the hand-annotated BBC precision sentences of {@link org.sitrep.eval.BbcEventGold} (drawn by
 * {@link org.sitrep.eval.BbcSample}), scored by {@link org.sitrep.eval.EventPrecisionScorer}.
 */
package org.sitrep.eval;
