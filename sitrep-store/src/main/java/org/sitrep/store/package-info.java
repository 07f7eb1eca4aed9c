/**
 * Store: the only package that imports {@code org.apache.lucene}. Consumes finished Documents; keeps each article with
 * its claims and events as one atomically replaced block, searchable by text, kind, actor, date and story (each
 * article's LSH band keys are indexed, so a new article finds its story by a term query; see org.sitrep.story and
 * {@link org.sitrep.store.SitrepStore#put}). Default location:
 * {@code .sitrep/index} under the working directory ({@code --store} or {@code SITREP_STORE} to change it). Writers
 * open it with {@code SitrepStore.open} (creating it); readers with {@code SitrepStore.openExisting}, which creates
 * nothing and fails naming the directory when it holds no index. {@link org.sitrep.store.StoreSink} is the store as a
 * batch's {@link org.sitrep.pipeline.DocumentSink}, committing at the end of each input and each checkpoint only.
 * The event analytics read the stored events through {@link org.sitrep.store.SitrepStore#forEachEvent} and serve the
 * command line and the web API alike: {@link org.sitrep.store.Timeline}, {@link org.sitrep.store.Calm} and
 * {@link org.sitrep.store.EventExport} (rows by {@link org.sitrep.store.ExportRows}, written by
 * {@link org.sitrep.store.Csv}; a story's copies of one event folded by {@link org.sitrep.store.SameEvents}).
 */
package org.sitrep.store;
