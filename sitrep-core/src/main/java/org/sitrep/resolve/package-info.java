/**
 * Resolve: entity mentions in, places and actors out. {@link org.sitrep.resolve.PlaceResolver} geocodes against the
 * bundled {@link org.sitrep.resolve.Gazetteer}; {@link org.sitrep.resolve.ActorResolver} clusters names, surnames,
 * titles and misspellings into actors using the bundled {@link org.sitrep.resolve.ActorDictionary}, with roles dated
 * against the article date. Dates themselves are normalised by annotate. Next: extract.
 */
package org.sitrep.resolve;
