/**
 * Store: the only package that imports {@code org.apache.lucene}. Consumes finished Documents; keeps each article with
 * its claims and events as one atomically replaced block, searchable by text, kind, actor, date and story (each
 * article's LSH band keys are indexed, so a new article finds its story by a term query; see org.sitrep.story and
 * {@link org.sitrep.store.SitrepStore#put}). Default location:
 * {@code .sitrep/index} under the working directory ({@code --store} or {@code SITREP_STORE} to change it). Writers
 * open it with {@code SitrepStore.open} (creating it); readers with {@code SitrepStore.openExisting}, which creates
 * nothing and fails naming the directory when it holds no index. {@link org.sitrep.store.StoreSink} is the store as a
 * batch's {@link org.sitrep.pipeline.DocumentSink}, committing at the end of each input and each checkpoint only.
 */
package org.sitrep.store;
