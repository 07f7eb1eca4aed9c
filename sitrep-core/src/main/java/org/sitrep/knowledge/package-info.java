/**
 * Knowledge import: turns open actor dictionaries into Sitrep's knowledge files (formats in {@code docs/knowledge.md}).
 * {@link org.sitrep.knowledge.PhoenixImport} reads the PETRARCH2/Phoenix actor and agent dictionaries (TABARI syntax,
 * read by {@link org.sitrep.knowledge.TabariActors} and {@link org.sitrep.knowledge.TabariAgents}) and writes the
 * actor knowledge base ({@code actors-phoenix.tsv.gz}) and the agent phrase list ({@code agents.tsv.gz}). Consumes
 * dictionary files; produces data files that the resolve stage loads at run time. Runs offline, before the pipeline;
 * no pipeline stage calls it.
 */
package org.sitrep.knowledge;
