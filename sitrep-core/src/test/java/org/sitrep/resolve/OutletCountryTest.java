package org.sitrep.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutletCountryTest {
    @Test
    void country_code_domains_name_a_country() {
        assertEquals(Optional.of("GB"), OutletCountry.of("http://news.bbc.co.uk/2/hi/uk_news/politics/1.stm"));
        assertEquals(Optional.of("AU"), OutletCountry.of("www.smh.com.au"));
        assertEquals(Optional.of("IN"), OutletCountry.of("https://timesofindia.indiatimes.co.in/x"));
        assertEquals(Optional.of("DE"), OutletCountry.of("spiegel.de"));
    }

    @Test
    void generic_domains_and_paths_say_nothing() {
        assertEquals(Optional.empty(), OutletCountry.of("https://www.nationalpost.com/news"));
        assertEquals(Optional.empty(), OutletCountry.of("techcrunch.io"));
        assertEquals(Optional.empty(), OutletCountry.of("/home/me/articles/a.txt"));
        assertEquals(Optional.empty(), OutletCountry.of("Reuters"));
        assertEquals(Optional.empty(), OutletCountry.of(null));
    }
}
