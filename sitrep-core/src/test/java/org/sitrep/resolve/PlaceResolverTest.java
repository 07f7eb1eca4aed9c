package org.sitrep.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sitrep.clean.ArticleCleaner;
import org.sitrep.model.Document;
import org.sitrep.model.EntityType;
import org.sitrep.model.Layout;
import org.sitrep.model.Mention;
import org.sitrep.model.RawDocument;
import org.sitrep.model.RawMetadata;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/** The places stage on hand-made tokens and a tiny gazetteer: context, qualifiers, and names that are not places. */
class PlaceResolverTest {
    private static final String PLACES = String.join("\n",
            "geonames:1\tParis\t\t48.85\t2.35\tFR\tcity\tPPLC\tIle-de-France\t2138551\t",
            "geonames:2\tParis\t\t33.66\t-95.55\tUS\tcity\tPPLA2\tTexas\t24782\t",
            "geonames:3\tTexas\t\t31.25\t-99.25\tUS\tadmin1\tADM1\t\t29000000\tTexan|Texans",
            "geonames:4\tFrance\t\t46.0\t2.0\tFR\tcountry\tPCLI\t\t67000000\tFrench",
            "geonames:5\tUnited States\tUS|U.S.\t39.76\t-98.5\tUS\tcountry\tPCLI\t\t330000000\tAmerican|Americans",
            "geonames:6\tReading\t\t51.45\t-0.97\tGB\tcity\tPPL\tEngland\t318014\t",
            "geonames:7\tJordan\t\t31.0\t36.0\tJO\tcountry\tPCLI\t\t10000000\tJordanian",
            "geonames:8\tCasablanca\tWhite House|Dar el Beida\t33.59\t-7.61\tMA\tcity\tPPLA\t\t3000000\t",
            "geonames:9\tAl Ain\tAin\t24.19\t55.76\tAE\tcity\tPPLA2\t\t600000\t",
            "sitrep:ain-al-asad\tAin al-Asad Air Base\tAin al-Asad|Al Asad\t33.80\t42.44\tIQ\tsite\tMILB\tAnbar\t0\t",
            "geonames:10\tGeorgia\t\t42.0\t43.5\tGE\tcountry\tPCLI\t\t3700000\tGeorgian",
            "geonames:11\tGeorgia\t\t32.75\t-83.5\tUS\tadmin1\tADM1\t\t10700000\t",
            "geonames:12\tAtlanta\t\t33.75\t-84.39\tUS\tcity\tPPLA\tGeorgia\t498000\t",
            "sitrep:kent\tKent\t\t51.2\t0.7\tGB\tadmin2\tADM2\tEngland\t1800000\t",
            "geonames:13\tKansas\tKan.\t38.5\t-98.0\tUS\tadmin1\tADM1\t\t2900000\t",
            "geonames:14\tNebraska\t\t41.5\t-99.8\tUS\tadmin1\tADM1\t\t1900000\t",
            "geonames:15\tOmaha\t\t41.26\t-95.94\tUS\tcity\tPPL\tNebraska\t480000\t",
            "geonames:16\tLincoln\t\t40.81\t-96.70\tUS\tcity\tPPLA\tNebraska\t290000\t",
            "geonames:17\tHue\tWe\t16.46\t107.59\tVN\tcity\tPPL\t\t350000\t",
            "geonames:18\tVietnam\t\t16.0\t106.0\tVN\tcountry\tPCLI\t\t97000000\t",
            "geonames:19\tMarch\t\t52.55\t0.09\tGB\tcity\tPPL\tEngland\t22000\t",
            "geonames:20\tKansas City\t\t39.10\t-94.58\tUS\tcity\tPPL\tMissouri\t500000\t",
            "geonames:21\tCentral\t\t5.5\t-1.0\tGH\tadmin1\tADM1\t\t2800000\t",
            "geonames:22\tGhana\t\t8.0\t-1.2\tGH\tcountry\tPCLI\t\t31000000\t",
            "geonames:23\tAustralian Capital Territory\tACT\t-35.5\t149.0\tAU\tadmin1\tADM1\t\t430000\t") + "\n";
    private static final Pattern TOKEN = Pattern.compile("\\w+(?:[-'’]\\w+)*|[^\\s\\w]");
    private static final Map<String, String> POS = Map.ofEntries(Map.entry("in", "IN"), Map.entry("at", "IN"), Map.entry("to", "TO"), Map.entry("said", "VBD"), Map.entry("the", "DT"), Map.entry("and", "CC"), Map.entry("was", "VBD"), Map.entry("is", "VBZ"), Map.entry("a", "DT"), Map.entry("we", "PRP"), Map.entry("house", "NN"), Map.entry("of", "IN"));

    private final Gazetteer gazetteer = load();
    private final PlaceResolver resolver = new PlaceResolver(gazetteer);

    private static Gazetteer load() {
        try {
            Gazetteer.Loaded l = Gazetteer.of("test-places.tsv", new ByteArrayInputStream(PLACES.getBytes(StandardCharsets.UTF_8)));
            assertTrue(l.problems().isEmpty(), l.problems().toString());
            return l.gazetteer();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A one-sentence document; {@code tagged} pairs a name with the tagger's type ("Paris=LOCATION"). */
    static Document doc(String text, String... tagged) {
        Document d = Document.of(new ArticleCleaner(null).clean(new RawDocument("t", 0, text, "UTF-8", Layout.FIELDS, RawMetadata.NONE)));
        String body = d.text();
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(body);
        while (m.find()) {
            String w = m.group();
            String pos = POS.getOrDefault(w.toLowerCase(), Character.isUpperCase(w.charAt(0)) ? "NNP" : Character.isLetter(w.charAt(0)) ? "NN" : w);
            tokens.add(new Token(m.start(), m.end(), w, pos, w.toLowerCase(), "O"));
        }
        List<Mention> mentions = new ArrayList<>();
        for (String t : tagged) {
            String[] nt = t.split("=");
            int from = 0;
            int at;
            while ((at = body.indexOf(nt[0], from)) >= 0) {
                mentions.add(new Mention(Span.of(body, at, at + nt[0].length()), EntityType.valueOf(nt[1]), null, null));
                from = at + nt[0].length();
            }
        }
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
        return d.withAnnotations(List.of(new Sentence(Span.of(body, 0, body.length()), 0, tokens.size())), tokens, mentions, List.of());
    }

    private String placeOf(Document d, String name) {
        Document out = resolver.apply(d);
        return out.entities().stream().filter(m -> m.span().text().equals(name)).map(Mention::place).filter(p -> p != null).findFirst()
                .orElse(null);
    }

    @Test
    void a_qualifier_after_a_comma_decides() {
        assertEquals("geonames:2", placeOf(doc("The fair in Paris, Texas opened.", "Paris=LOCATION", "Texas=LOCATION"), "Paris"));
    }

    @Test
    void without_context_the_capital_wins_and_with_it_the_country_named() {
        assertEquals("geonames:1", placeOf(doc("Talks in Paris ended.", "Paris=LOCATION"), "Paris"));
        assertEquals("geonames:11", placeOf(doc("Storms hit Georgia and Atlanta lost power.", "Georgia=LOCATION", "Atlanta=LOCATION"), "Georgia"));
        assertEquals("geonames:10", placeOf(doc("Storms hit Georgia.", "Georgia=LOCATION"), "Georgia"));
    }

    @Test
    void demonyms_place_their_country() {
        Document out = resolver.apply(doc("French troops arrived.", "French=MISC"));
        Mention m = out.entities().get(0);
        assertEquals(EntityType.NATIONALITY, m.type());
        assertEquals("geonames:4", m.place());
    }

    @Test
    void a_common_word_is_not_a_place_unless_a_preposition_says_so() {
        assertNull(placeOf(doc("Reading is good. The reading of the bill was delayed."), "Reading"));
        assertEquals("geonames:6", placeOf(doc("Floods in Reading closed schools."), "Reading"));
    }

    @Test
    void a_person_named_like_a_country_stays_a_person_unless_after_in() {
        assertNull(placeOf(doc("Jordan said he would play.", "Jordan=PERSON"), "Jordan"));
        assertEquals("geonames:7", placeOf(doc("He lives in Jordan.", "Jordan=PERSON"), "Jordan"));
    }

    @Test
    void a_translated_alternate_name_is_not_enough() {
        assertNull(placeOf(doc("The White House said no.", "White House=LOCATION"), "White House"));
    }

    @Test
    void the_tagger_cut_a_base_name_in_two() {
        Document out = resolver.apply(doc("Rockets hit Ain al-Asad base.", "Ain=LOCATION", "al-Asad=PERSON"));
        Mention base = out.entities().stream().filter(m -> m.place() != null).findFirst().orElseThrow();
        assertEquals("Ain al-Asad base", base.span().text());
        assertEquals("sitrep:ain-al-asad", base.place());
        assertTrue(out.entities().stream().noneMatch(m -> m.span().text().equals("al-Asad")), "the cut-off half is gone");
        assertEquals(33.80, out.places().get(0).lat(), 1e-9);
    }

    @Test
    void gold_spans_resolve_in_context() {
        Document d = doc("The fair in Paris, Texas opened.", "Texas=LOCATION");
        int at = d.text().indexOf("Paris");
        var out = resolver.resolveSpans(d, List.of(Span.of(d.text(), at, at + 5)));
        assertEquals("geonames:2", out.get(0).orElseThrow().id());
    }

    @Test
    void a_region_before_a_common_noun_is_the_region_though_tagged_as_an_organisation() {
        assertEquals("sitrep:kent", placeOf(doc("Talks began at the official Kent house on Friday.", "Kent=ORGANIZATION"), "Kent"));
    }

    @Test
    void one_sense_per_article() {
        Document out = resolver.apply(doc("He lives in Jordan. Jordan's economy grew.", "Jordan=PERSON"));
        assertEquals(2, out.entities().stream().filter(m -> "geonames:7".equals(m.place())).count());
    }

    @Test
    void a_country_inside_an_organisation_name_is_a_place_of_its_own() {
        Document out = resolver.apply(doc("The Bank of France said rates would rise.", "Bank of France=ORGANIZATION"));
        assertTrue(out.entities().stream().anyMatch(m -> m.span().text().equals("France") && "geonames:4".equals(m.place())));
        assertTrue(out.entities().stream().anyMatch(m -> m.span().text().equals("Bank of France") && m.type() == EntityType.ORGANIZATION));
    }

    @Test
    void a_dateline_in_capitals_is_a_place() {
        assertEquals("geonames:1", placeOf(doc("PARIS - The talks ended.", "PARIS=ORGANIZATION"), "PARIS"));
    }

    @Test
    void an_unknown_village_goes_to_the_region_its_neighbours_lie_in_but_a_hospital_does_not() {
        Document out = resolver.apply(doc("Omaha and Lincoln voted. In Meadow Grove turnout was low, said staff at Memorial Hospital.",
                "Omaha=LOCATION", "Lincoln=LOCATION", "Meadow Grove=LOCATION", "Memorial Hospital=LOCATION"));
        assertEquals("geonames:14", out.entities().stream().filter(m -> m.span().text().equals("Meadow Grove")).findFirst().orElseThrow().place());
        assertEquals(0.2, out.places().stream().filter(p -> p.id().equals("geonames:14")).findFirst().orElseThrow().confidence(), 1e-9);
        assertNull(out.entities().stream().filter(m -> m.span().text().equals("Memorial Hospital")).findFirst().orElseThrow().place());
    }

    @Test
    void pronouns_and_months_are_not_scanned_as_places() {
        Document out = resolver.apply(doc("We met in Vietnam in March.", "Vietnam=LOCATION"));
        assertEquals(List.of("geonames:18"), out.places().stream().map(org.sitrep.model.Place::id).toList(), "Vietnam only, not We (Hue) or March");
    }

    @Test
    void an_abbreviation_with_its_dot_matches_only_with_the_dot() {
        assertEquals("geonames:13", gazetteer.find("Kan.").orElseThrow().place().id());
        assertTrue(gazetteer.find("Kan").isEmpty());
    }

    @Test
    void a_name_does_not_run_across_a_sentence_end() {
        Document out = resolver.apply(doc("The storm reached Kansas. City officials said little.", "Kansas=LOCATION"));
        assertEquals("geonames:13", placeOf(doc("The storm reached Kansas. City officials said little.", "Kansas=LOCATION"), "Kansas"));
        assertTrue(out.entities().stream().noneMatch(m -> m.span().text().contains(".")), out.entities().toString());
    }

    @Test
    void a_plain_word_names_a_region_only_where_its_country_is_named() {
        assertNull(placeOf(doc("Talks in Central were tense.", "Central=LOCATION"), "Central"));
        assertEquals("geonames:21", placeOf(doc("Floods in Central hit Ghana hard.", "Central=LOCATION", "Ghana=LOCATION"), "Central"));
    }

    @Test
    void an_acronym_matches_only_in_capitals() {
        assertTrue(gazetteer.candidates("Act").isEmpty());
        assertEquals("geonames:23", gazetteer.candidates("ACT").get(0).place().id());
    }

    @Test
    void malformed_rows_are_named_and_skipped_and_later_files_merge_by_id() throws Exception {
        String extra = "geonames:1\tParis\tParee|City of Light\t48.86\t2.34\tFR\tcity\tPPLC\t\t0\tParisian\n"
                + "bad\trow\n"
                + "sitrep:x\tX\t\tnorth\t1\t\tcity\t\t\t0\t\n"
                + "sitrep:y\tY\t\t1\t1\t\tplanet\t\t\t0\t\n";
        Gazetteer.Loaded l = Gazetteer.of("user.tsv", new ByteArrayInputStream((PLACES + extra).getBytes(StandardCharsets.UTF_8)));
        assertEquals(3, l.problems().size(), l.problems().toString());
        assertTrue(l.problems().get(0).startsWith("user.tsv:27: "), l.problems().get(0));
        Gazetteer.Entry paris = l.gazetteer().find("City of Light").orElseThrow();
        assertEquals("geonames:1", paris.place().id());
        assertEquals(48.86, paris.place().lat(), 1e-9);
        assertEquals(2138551, paris.population(), "an empty population keeps the earlier one");
        assertEquals("geonames:1", l.gazetteer().country("Parisian").orElseThrow().place().id());
    }
}
