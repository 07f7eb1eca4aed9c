/**
 * Resolve: entity mentions in, places and actors out. {@link org.sitrep.resolve.PlaceResolver} geocodes against the
 * bundled {@link org.sitrep.resolve.Gazetteer}; {@link org.sitrep.resolve.ActorResolver} clusters names, surnames,
 * honorific and title references, descriptions ("the group") and misspellings into actors using the
 * {@link org.sitrep.resolve.ActorDictionary} (the bundled files with a user's merged over them; roles and codes dated
 * against the article date), makes a group actor of actors named together
 * ({@link org.sitrep.resolve.Coordinations}), and reads a country with an agent noun ("Israeli soldiers") as the
 * agent actor of that country's sector ({@link org.sitrep.resolve.Agents}: {@code agents.tsv.gz},
 * {@code agents-curated.tsv}, {@code sectors.tsv}). The claims and events stages ask
 * {@link org.sitrep.resolve.Antecedents} whom a pronoun refers to. The words for titles, honorifics, descriptions and
 * pronouns are data ({@code titles.tsv}). Dates themselves are normalised by annotate. Next: extract.
 */
package org.sitrep.resolve;
