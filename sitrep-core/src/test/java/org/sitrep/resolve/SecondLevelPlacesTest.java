package org.sitrep.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.Mention;

/**
 * The bundled places on second-level names the generated gazetteer lacks: a county or district named alone is the
 * curated place, not a same-named city abroad, while a qualifier still picks the city.
 */
class SecondLevelPlacesTest {
    private final PlaceResolver resolver = new PlaceResolver(Gazetteer.bundled());

    private String placeOf(Document d, String name) {
        return resolver.apply(d).entities().stream().filter(m -> m.span().text().equals(name)).map(Mention::place)
                .filter(p -> p != null).findFirst().orElse(null);
    }

    @Test
    void an_english_county_is_not_a_us_city() {
        assertEquals("sitrep:kent", placeOf(PlaceResolverTest.doc("Police in Kent said two men were arrested.", "Kent=LOCATION"), "Kent"));
        assertEquals("sitrep:surrey", placeOf(PlaceResolverTest.doc("Flooding in Surrey closed roads.", "Surrey=LOCATION"), "Surrey"));
    }

    @Test
    void a_qualifier_still_picks_the_city() {
        assertEquals("geonames:5159537", placeOf(PlaceResolverTest.doc("Students in Kent, Ohio marched.", "Kent=LOCATION", "Ohio=LOCATION"), "Kent"));
        assertEquals("geonames:4776222",
                placeOf(PlaceResolverTest.doc("Ships left Norfolk, Virginia.", "Norfolk=LOCATION", "Virginia=LOCATION"), "Norfolk"));
    }

    @Test
    void london_metonyms_are_london_places() {
        assertEquals("sitrep:westminster", placeOf(PlaceResolverTest.doc("The mood in Westminster soured.", "Westminster=LOCATION"), "Westminster"));
        assertEquals("sitrep:downing-street", placeOf(PlaceResolverTest.doc("Protesters gathered outside Downing Street."), "Downing Street"));
    }

    @Test
    void a_county_sharing_a_city_name_keeps_the_county_prefix() {
        assertEquals("sitrep:county-durham",
                placeOf(PlaceResolverTest.doc("Floods in County Durham cut power.", "County Durham=LOCATION"), "County Durham"));
        assertNotEquals("sitrep:county-durham", placeOf(PlaceResolverTest.doc("Floods in Durham cut power.", "Durham=LOCATION"), "Durham"));
        assertEquals("sitrep:county-cork", placeOf(PlaceResolverTest.doc("Farmers in Co Cork protested.", "Co Cork=LOCATION"), "Co Cork"));
        assertEquals("geonames:2965140", placeOf(PlaceResolverTest.doc("Farmers in Cork protested.", "Cork=LOCATION"), "Cork"));
    }
}
