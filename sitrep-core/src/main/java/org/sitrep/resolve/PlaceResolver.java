package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Document;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * The places stage: geocodes LOCATION mentions against the gazetteer, finds gazetteer names and demonyms the tagger
 * missed, and marks demonyms ("Iraqi") as NATIONALITY. Provides the document's places.
 */
public final class PlaceResolver implements Stage {
    private final Gazetteer gazetteer;

    public PlaceResolver(Gazetteer gazetteer) {
        if (gazetteer == null) {
            throw new IllegalArgumentException("The parameter 'gazetteer' must not be null.");
        }
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return "places";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.ENTITIES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.PLACES);
    }

    @Override
    public Document apply(Document doc) {
        List<Mention> mentions = new ArrayList<>();
        Map<String, Place> places = new LinkedHashMap<>();
        for (Mention m : doc.entities()) {
            mentions.add(geocode(m, places));
        }
        for (Mention found : scan(doc, mentions)) {
            mentions.add(geocode(found, places));
        }
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
        return doc.withPlaces(mentions, List.copyOf(places.values()));
    }

    /**
     * Geocodes given spans (gold toponyms, for evaluation) in the context of the document: one entry per span, empty
     * where no place fits. The document must have tokens and entities.
     */
    public List<Optional<Place>> resolveSpans(Document doc, List<Span> spans) {
        List<Optional<Place>> out = new ArrayList<>();
        for (Span s : spans) {
            Optional<Gazetteer.Entry> e = gazetteer.find(s.text()).or(() -> gazetteer.country(s.text()));
            out.add(e.map(Gazetteer.Entry::place));
        }
        return out;
    }

    private Mention geocode(Mention m, Map<String, Place> places) {
        String text = m.span().text();
        if (gazetteer.country(text).isPresent() && (m.type() == EntityType.MISC || m.type() == EntityType.NATIONALITY)) {
            return m.withType(EntityType.NATIONALITY);
        }
        {
            Optional<Gazetteer.Entry> e = gazetteer.find(text);
            // An organisation named like a country is the state; a "person" named like a base or town is the place.
            // The 4-class tagger calls some towns MISC ("in Tyre"); a gazetteer name settles it.
            boolean fits = m.type() == EntityType.LOCATION || m.type() == EntityType.MISC
                    || m.type() == EntityType.ORGANIZATION && e.map(g -> g.iso3() != null).orElse(false)
                    || m.type() == EntityType.PERSON && e.map(g -> g.iso3() == null).orElse(false);
            if (e.isPresent() && fits) {
                places.putIfAbsent(e.get().place().id(), e.get().place());
                return m.withType(EntityType.LOCATION).withPlace(e.get().place().id());
            }
        }
        return m;
    }

    /** Capitalised token runs that are gazetteer names or demonyms and that no mention covers yet. */
    private List<Mention> scan(Document doc, List<Mention> existing) {
        List<Mention> found = new ArrayList<>();
        List<Token> tokens = doc.tokens();
        String text = doc.text();
        int i = 0;
        while (i < tokens.size()) {
            int matched = 0;
            if (Character.isUpperCase(tokens.get(i).text().charAt(0))) {
                for (int len = Math.min(gazetteer.longestName(), tokens.size() - i); len >= 1 && matched == 0; len--) {
                    Token last = tokens.get(i + len - 1);
                    if (last.start() - tokens.get(i).end() > 60) {
                        continue;
                    }
                    Span span = Span.of(text, tokens.get(i).start(), last.end());
                    if (covered(span, existing) || covered(span, found)) {
                        continue;
                    }
                    if (gazetteer.find(span.text()).isPresent()) {
                        found.add(new Mention(span, EntityType.LOCATION, null, null));
                        matched = len;
                    } else if (len <= 2 && gazetteer.country(span.text()).isPresent()) {
                        found.add(new Mention(span, EntityType.NATIONALITY, null, null));
                        matched = len;
                    }
                }
            }
            i += Math.max(1, matched);
        }
        return found;
    }

    private static boolean covered(Span span, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.span().overlaps(span)) {
                return true;
            }
        }
        return false;
    }
}
