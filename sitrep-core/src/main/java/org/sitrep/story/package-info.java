/**
 * Story: article texts in, story ids out. Finds syndicated copies and light rewrites (the same wire story with other
 * site furniture or a few edited sentences) without comparing all pairs: {@link org.sitrep.story.Shingles} turns the
 * body into hashed five-word shingles, {@link org.sitrep.story.MinHash} into a fixed-seed signature of 128 values,
 * {@link org.sitrep.story.Bands} into 32 band keys of 4 values each (locality-sensitive hashing), and only articles
 * sharing a band key are compared, by estimated Jaccard similarity against {@link org.sitrep.story.StoryScheme}'s
 * threshold. {@link org.sitrep.story.StoryGrouper} groups a stream of articles in memory with a
 * {@link org.sitrep.story.UnionFind}; the store does the same with band keys indexed in Lucene.
 *
 * <p>A story's id is the article id of its earliest-seen member, so an article no copy of which was seen is its own
 * story. Runs after the pipeline, where finished documents reach their sink in input order: the ids depend on the
 * order articles arrive, never on threads. Exact duplicates need none of this: they have the same content id
 * ({@link org.sitrep.clean.ContentId}) and are stored once.
 */
package org.sitrep.story;
