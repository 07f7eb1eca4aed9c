package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoCorpusTest {
    @TempDir
    Path dir;

    /** LGL / TR-News layout: a good toponym, one without a gaztag, one off by one, one whose offsets read something else. */
    private static final String LGL = String.join("\n",
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
            "<articles>",
            "  <article docid=\"7\">",
            "    <title>Flooding</title>",
            "    <dltime>2009-03-20 12:24:52.002364-05</dltime>",
            "    <text><![CDATA[Flooding in Alexandria & Pineville. Rapides Parish officials met.]]></text>",
            "    <toponyms count=\"4\">",
            "      <toponym><start>12</start><end>22</end><phrase>Alexandria</phrase>",
            "        <gaztag geonameid=\"1\"><name>Alexandria City</name><lat>31.3113</lat><lon>-92.4451</lon>",
            "          <country geonameid=\"2\">United States</country></gaztag></toponym>",
            "      <toponym><start>25</start><end>34</end><phrase>Pineville</phrase></toponym>",
            "      <toponym><phrase>Rapides Parish</phrase><start>37</start><end>51</end>",
            "        <gaztag geonameid=\"3\"><name>Rapides Parish</name><lat>31.1669</lat><lon>-92.4835</lon></gaztag></toponym>",
            "      <toponym><start>0</start><end>10</end><phrase>Shreveport</phrase>",
            "        <gaztag geonameid=\"4\"><lat>32.5</lat><lon>-93.7</lon></gaztag></toponym>",
            "    </toponyms>",
            "  </article>",
            "  <article docid=\"8\"><dltime>9:43 PM, Dec 11, 2016</dltime><text>Nothing here.</text><toponyms count=\"0\"/></article>",
            "</articles>", "");

    /** GeoVirus layout: no docid, no date, a commented-out article, offsets one too high on the second location. */
    private static final String GEOVIRUS = String.join("\n",
            "<articles>",
            "    <!--<article><text>commented out</text></article>-->",
            "    <article>",
            "        <source>https://example.org/a</source>",
            "        <text>Cases rose in Pandi and Bulacan. Luzon</text>",
            "        <locations>",
            "            <location><name>Pandi</name><altName>P</altName><start>14</start><end>19</end>",
            "                <lat>14.87</lat><lon>120.95</lon><page>https://example.org/Pandi</page></location>",
            "            <location>",
            "              <location><name>Bulacan</name><start>25</start><end>32</end><lat>15</lat><lon>121.08</lon><continent/></location>",
            "              <name>Luzon</name><start>34</start><end>39</end><lat>16</lat><lon>121</lon></location>",
            "        </locations>",
            "    </article>",
            "</articles>", "");

    private Path write(String name, String xml) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, xml);
        return f;
    }

    @Test
    void toponym_layout_reads_ids_dates_phrases_and_gaztag_coordinates() throws Exception {
        GeoCorpus c = GeoCorpus.read(write("lgl.xml", LGL));
        assertEquals(GeoCorpus.Layout.TOPONYM, c.layout());
        assertEquals(2, c.articles().size());
        GeoArticle a = c.articles().get(0);
        assertEquals("7", a.id());
        assertEquals(LocalDate.of(2009, 3, 20), a.date());
        assertEquals("Flooding in Alexandria & Pineville. Rapides Parish officials met.", a.text());
        assertEquals(List.of(new GoldToponym(12, 22, "Alexandria", 31.3113, -92.4451), new GoldToponym(25, 34, "Pineville", null, null),
                new GoldToponym(36, 50, "Rapides Parish", 31.1669, -92.4835)), a.toponyms());
        for (GoldToponym t : a.toponyms()) {
            assertEquals(t.phrase(), a.text().substring(t.start(), t.end()));
        }
        assertEquals(LocalDate.of(2016, 12, 11), c.articles().get(1).date());
    }

    @Test
    void a_toponym_without_gaztag_is_kept_unscorable() throws Exception {
        GeoCorpus c = GeoCorpus.read(write("lgl.xml", LGL));
        assertEquals(3, c.toponyms());
        assertEquals(1, c.unscorable());
        assertFalse(c.articles().get(0).toponyms().get(1).scorable());
        assertTrue(c.articles().get(0).toponyms().get(0).scorable());
    }

    @Test
    void offsets_a_few_characters_off_are_realigned_and_others_skipped_naming_file_and_line() throws Exception {
        Path f = write("lgl.xml", LGL);
        GeoCorpus c = GeoCorpus.read(f);
        assertEquals(1, c.realigned());
        assertEquals(1, c.skipped());
        assertEquals(List.of(f + ":14: toponym 'Shreveport' at [0, 10) of article '7' reads 'Flooding i', and the phrase is not within 5 "
                + "characters; skipped"), c.problems());
    }

    @Test
    void location_layout_reads_name_lat_lon_without_date_and_numbers_articles() throws Exception {
        GeoCorpus c = GeoCorpus.read(write("geovirus.xml", GEOVIRUS));
        assertEquals(GeoCorpus.Layout.LOCATION, c.layout());
        assertEquals(1, c.articles().size());
        GeoArticle a = c.articles().get(0);
        assertEquals("geovirus.xml#1", a.id());
        assertNull(a.date());
        // The second location wraps the third (as one in GeoVirus does): both are read, inner first.
        assertEquals(List.of(new GoldToponym(14, 19, "Pandi", 14.87, 120.95), new GoldToponym(24, 31, "Bulacan", 15.0, 121.08),
                new GoldToponym(33, 38, "Luzon", 16.0, 121.0)), a.toponyms());
        assertEquals(2, c.realigned());
        assertEquals(0, c.skipped());
        assertEquals(0, c.unscorable());
    }

    @Test
    void a_value_that_is_not_a_number_skips_its_toponym_only() throws Exception {
        Path f = write("bad.xml", GEOVIRUS.replace("<lat>15</lat>", "<lat>fifteen</lat>"));
        GeoCorpus c = GeoCorpus.read(f);
        assertEquals(2, c.toponyms());
        assertEquals(1, c.skipped());
        assertEquals(f + ":10: toponym 'Bulacan' has start '25', end '32', lat 'fifteen', lon '121.08', not numbers; skipped", c.problems().get(0));
    }

    @Test
    void a_dltime_without_a_date_leaves_the_article_undated_with_a_problem() throws Exception {
        Path f = write("lgl.xml", LGL.replace("9:43 PM, Dec 11, 2016", "yesterday"));
        GeoCorpus c = GeoCorpus.read(f);
        assertNull(c.articles().get(1).date());
        assertEquals(f + ":18: dltime 'yesterday' states no date; article read undated", c.problems().get(1));
    }

    @Test
    void malformed_xml_names_file_and_line() throws Exception {
        Path f = write("broken.xml", "<articles>\n<article>\n<text>x</article>\n</articles>\n");
        IOException e = assertThrows(IOException.class, () -> GeoCorpus.read(f));
        assertTrue(e.getMessage().startsWith(f + ":3: not a well-formed geoparsing corpus"), e.getMessage());
    }

    @Test
    void dev_is_every_fourth_article_from_the_first() {
        assertTrue(Split.isDev(0));
        assertFalse(Split.isDev(1));
        assertFalse(Split.isDev(3));
        assertTrue(Split.isDev(8));
    }
}
