/**
 * Knowledge import: turns open dictionaries, gazetteers and maps into Sitrep's knowledge files (formats in {@code docs/knowledge.md}).
 * {@link org.sitrep.knowledge.PhoenixImport} reads the PETRARCH2/Phoenix actor and agent dictionaries (TABARI syntax,
 * read by {@link org.sitrep.knowledge.TabariActors} and {@link org.sitrep.knowledge.TabariAgents}) and writes the
 * actor knowledge base ({@code actors-phoenix.tsv.gz}) and the agent phrase list ({@code agents.tsv.gz}).
 * {@link org.sitrep.knowledge.GeonamesImport} writes the gazetteer and the ISO codes of {@link org.sitrep.knowledge.CountryCodes}.
 * {@link org.sitrep.knowledge.CountryOutlines} turns Natural Earth country boundaries (TopoJSON read by
 * {@link org.sitrep.knowledge.TopoJson}, or GeoJSON) into the web map's base layer, simplified by
 * {@link org.sitrep.knowledge.Simplify} and cut at the antimeridian by {@link org.sitrep.knowledge.Antimeridian}.
 * Consumes dictionary and map files; produces data files that the resolve stage and the web UI load at run time. Runs
 * offline, before the pipeline; no pipeline stage calls it.
 */
package org.sitrep.knowledge;
