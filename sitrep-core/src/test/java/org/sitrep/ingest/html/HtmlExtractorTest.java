package org.sitrep.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Caption;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Span;

class HtmlExtractorTest {
    private static final String P1 = "Officials said the convoy reached the border crossing on Monday, after a delay of three days, and aid "
            + "workers began unloading food, water and medicine for the residents of the villages nearby.";
    private static final String P2 = "The army said talks with the rebels would resume next week in the capital, and that the ceasefire, "
            + "which began in March, was holding in most districts despite reports of shelling overnight.";
    private static final String P3 = "Residents said the crossing had been closed for most of the month, and that prices of bread, fuel "
            + "and cooking gas had doubled since the fighting began, leaving many families short of food.";

    /** Prose that only a cue can tell from the article: long, with commas and no links. */
    private static final String PROSE = "Elsewhere in the region, officials said, the talks had stalled, and the aid agencies, the army and "
            + "the rebels each blamed the others for the delay, which had lasted, by most accounts, more than a week.";

    private final HtmlExtractor extractor = new HtmlExtractor();

    /** A page whose article is P1-P3 with {@code extra} inside the article after P2 and {@code around} after it. */
    private static String page(String head, String extra, String around) {
        return "<html><head>" + head + "</head><body><div id=\"main\"><article><h1>Convoy reaches border</h1>"
                + "<p>" + P1 + "</p><p>" + P2 + "</p>" + extra + "<p>" + P3 + "</p></article>" + around + "</div></body></html>";
    }

    private String body(String extra, String around) {
        return extractor.extract(page("", extra, around), null).text();
    }

    @Test
    void paragraphs_are_separated_by_a_blank_line_and_the_headline_is_left_out() {
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body("", ""));
    }

    @Test
    void a_line_break_inside_a_paragraph_is_one_newline() {
        String text = body("<p>First line of the statement,<br>second line of the statement.</p>", "");
        assertTrue(text.contains("First line of the statement,\nsecond line of the statement."), text);
    }

    @Test
    void navigation_and_menus_are_removed() {
        String html = "<html><body><nav><a href=/>Home</a> <a href=/world>World news</a></nav><ul class=\"main-menu\"><li>Sport pages</li></ul>"
                + "<div><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></body></html>";
        String text = extractor.extract(html, null).text();
        assertFalse(text.contains("World news"), text);
        assertFalse(text.contains("Sport pages"), text);
        assertTrue(text.startsWith(P1), text);
    }

    @Test
    void related_links_are_removed() {
        String text = body("<div class=\"related-articles\"><h3>Related</h3><ul><li><a href=/a>Floods hit the coast again</a></li>"
                + "<li><a href=/b>Election results are in</a></li></ul></div><div class=\"relatedStories\"><p>" + PROSE + "</p></div>", "");
        assertFalse(text.contains("Floods hit"), text);
        assertFalse(text.contains("Elsewhere"), text);
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, text);
    }

    @Test
    void cookie_banners_are_removed() {
        String text = body("<div id=\"cookie-consent\"><p>We use cookies to improve your experience on our site, and by continuing "
                + "to browse, reading, sharing or commenting, you agree to our use of them, as our policy explains in detail.</p></div>", "");
        assertFalse(text.contains("cookies"), text);
    }

    @Test
    void comments_are_removed() {
        String text = body("", "<section id=\"comments\"><h2>3 comments</h2><p>Great article, thanks for writing it, I learned a lot "
                + "from it and will share it with my friends.</p></section>");
        assertFalse(text.contains("Great article"), text);
    }

    @Test
    void share_bars_are_removed() {
        String text = body("<div class=\"share-buttons\"><a href=#>Facebook</a> <a href=#>Twitter</a> <span>Share this story</span></div>"
                + "<div class=\"sharebar\"><p>" + PROSE + "</p></div>", "");
        assertFalse(text.contains("Facebook"), text);
        assertFalse(text.contains("Elsewhere"), text);
        assertFalse(text.contains("Share this"), text);
    }

    @Test
    void newsletter_boxes_are_removed() {
        String text = body("<div class=\"newsletter-signup\"><p>Get the morning briefing in your inbox every day, free of charge, "
                + "with the news that matters, the analysis, the pictures, and the stories you would otherwise miss.</p></div>", "");
        assertFalse(text.contains("morning briefing"), text);
    }

    @Test
    void read_more_teasers_are_removed() {
        String text = body("<p><a href=\"/other\">Read more: Floods hit the coast for the second time this year</a></p><p>Read more</p>", "");
        assertFalse(text.contains("Read more"), text);
        assertFalse(text.contains("Floods"), text);
    }

    @Test
    void footers_and_ads_are_removed() {
        String text = body("<div class=\"ad-slot\">Advertisement</div><p>Advertisement</p>",
                "<footer><p>Copyright 2025 Example News. All rights reserved. Contact us at the address below.</p></footer>");
        assertFalse(text.contains("Advertisement"), text);
        assertFalse(text.contains("Copyright"), text);
    }

    @Test
    void hidden_elements_are_not_read() {
        String text = body("<p style=\"display: none\">Invisible text that only scripts show, never a reader of the page.</p>"
                + "<p hidden>Also invisible text for the reader.</p>", "");
        assertFalse(text.contains("nvisible"), text);
    }

    @Test
    void captions_are_kept_apart_from_the_body() {
        String html = page("", "<figure><img src=a.jpg><figcaption>Trucks wait at the crossing on Monday.</figcaption></figure>", "");
        ExtractedPage p = extractor.extract(html, null);
        assertFalse(p.text().contains("Trucks wait"), p.text());
        assertEquals(List.of("Trucks wait at the crossing on Monday."), p.captions().stream().map(Caption::text).toList());
        int raw = p.captions().get(0).rawStart();
        assertTrue(html.startsWith("Trucks wait", raw), html.substring(raw));
    }

    @Test
    void subheadings_are_marked() {
        ExtractedPage p = extractor.extract(page("", "<h2>What happens next</h2>", ""), null);
        assertEquals(1, p.subheadings().size());
        Span s = p.subheadings().get(0);
        assertEquals("What happens next", p.text().substring(s.start(), s.end()));
    }

    @Test
    void the_best_container_wins_over_a_sidebar_of_short_teasers() {
        String html = "<html><body><div class=\"col\"><div><p>Floods hit the coast, again.</p></div><div><p>Markets fall.</p></div></div>"
                + "<div class=\"story-body\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></body></html>";
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, extractor.extract(html, null).text());
    }

    @Test
    void a_page_wrapped_in_one_form_keeps_its_article() {
        String html = "<html><body><form method=post><input type=hidden name=v value=1><div class=\"article\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p></div></form></body></html>";
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, extractor.extract(html, null).text());
    }

    @Test
    void every_character_maps_back_to_the_raw_html() {
        String html = page("", "<p>AT&amp;T said <b>prices</b>   rose &mdash; sharply.</p>", "");
        ExtractedPage p = extractor.extract(html, null);
        String text = p.text();
        OffsetMap map = p.offsets();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                assertEquals(c, html.charAt(map.toRaw(i)), "character " + i + " of " + text);
            }
        }
        int amp = text.indexOf("AT&T") + 2;
        assertTrue(html.startsWith("&amp;", map.toRaw(amp)));
        int dash = text.indexOf('\u2014');
        assertTrue(html.startsWith("&mdash;", map.toRaw(dash)));
        assertTrue(text.contains("AT&T said prices rose \u2014 sharply."), text);
    }

    @Test
    void metadata_comes_from_meta_tags() {
        String head = "<meta property=\"og:title\" content=\"Convoy reaches the border\"><meta property=\"og:site_name\" content=\"Example News\">"
                + "<meta name=\"author\" content=\"By Jane Doe\"><meta property=\"article:published_time\" content=\"2024-09-27T08:15:00Z\">"
                + "<meta property=\"article:modified_time\" content=\"2024-09-28T10:00:00+02:00\"><link rel=\"canonical\" href=\"https://example.com/a\">";
        ExtractedPage p = extractor.extract(page(head, "", ""), "https://example.com/a?utm=x");
        assertEquals("Convoy reaches the border", p.title());
        assertEquals("Example News", p.outlet());
        assertEquals("Jane Doe", p.byline());
        assertEquals(new PageDate("2024-09-27T08:15:00Z", "meta article:published_time", LocalDate.of(2024, 9, 27)), p.published());
        assertEquals(LocalDate.of(2024, 9, 28), p.modified().date());
        assertEquals("https://example.com/a", p.canonicalUrl());
    }

    @Test
    void metadata_comes_from_json_ld() {
        String head = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"x\"},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Talks resume\",\"datePublished\":\"2024-05-03T10:00:00-04:00\","
                + "\"dateModified\":\"2024-05-04\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Lee\"},{\"@type\":\"Person\",\"name\":\"Bo Chen\"}],"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Daily\"},\"inLanguage\":\"fr\"}]}</script>";
        ExtractedPage p = extractor.extract(page(head, "", ""), null);
        assertEquals("Talks resume", p.title());
        assertEquals("jsonld datePublished", p.published().source());
        assertEquals(LocalDate.of(2024, 5, 3), p.published().date());
        assertEquals(LocalDate.of(2024, 5, 4), p.modified().date());
        assertEquals("Ann Lee, Bo Chen", p.byline());
        assertEquals("The Daily", p.outlet());
        assertEquals("fr", p.language());
    }

    @Test
    void a_broken_json_ld_block_is_a_warning() {
        ExtractedPage p = extractor.extract(page("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", </script>", "", ""), null);
        assertNull(p.published());
        assertEquals(1, p.warnings().size());
        assertTrue(p.warnings().get(0).startsWith("unreadable JSON-LD block"), p.warnings().get(0));
    }

    @Test
    void dates_come_from_microdata_time_elements_and_the_url() {
        String micro = "<html><body><span itemprop=\"datePublished\" content=\"2023-01-02\">2 Jan</span><p>" + P1 + "</p></body></html>";
        assertEquals(new PageDate("2023-01-02", "itemprop datePublished", LocalDate.of(2023, 1, 2)), extractor.extract(micro, null).published());
        String time = "<html><body><time datetime=\"2022-12-31T23:00\" pubdate>Dec 31</time><p>" + P1 + "</p></body></html>";
        assertEquals(new PageDate("2022-12-31T23:00", "time pubdate", LocalDate.of(2022, 12, 31)), extractor.extract(time, null).published());
        String plain = "<html><body><p>" + P1 + "</p></body></html>";
        assertEquals(new PageDate("2024/09/27", "url path", LocalDate.of(2024, 9, 27)),
                extractor.extract(plain, "https://news.example.com/2024/09/27/convoy-reaches-border/").published());
        assertNull(extractor.extract(plain, "https://news.example.com/world/convoy").published());
    }

    @Test
    void the_language_comes_from_the_html_element() {
        ExtractedPage p = extractor.extract("<html lang=\"pt_BR\"><body><p>" + P1 + "</p></body></html>", null);
        assertEquals("pt-BR", p.language());
    }

    @Test
    void an_empty_page_has_no_text_and_no_error() {
        ExtractedPage p = extractor.extract("<html><body></body></html>", null);
        assertEquals("", p.text());
        assertTrue(p.offsets().segments().isEmpty());
    }

    @Test
    void a_date_written_inside_a_longer_value_or_a_url_with_a_month_name_is_read() {
        String meta = "<html><head><meta property=\"article:published_time\" content=\"Fri 6:45 PM, Feb 16, 2018\"></head><body><p>" + P1 + "</p></body></html>";
        assertEquals(LocalDate.of(2018, 2, 16), extractor.extract(meta, null).published().date());
        String plain = "<html><body><p>" + P1 + "</p></body></html>";
        assertEquals(LocalDate.of(2019, 11, 18), extractor.extract(plain, "https://www.example.org/west/2019/nov/18/talks/").published().date());
        assertEquals(LocalDate.of(2019, 11, 15), extractor.extract(plain, "https://www.example.org/science/tuft-cells-20191115/").published().date());
    }

    @Test
    void a_visible_date_line_is_the_last_resort() {
        String html = "<html><body><div class=\"article-date\">Published 18 November 2019</div><p>" + P1 + "</p></body></html>";
        assertEquals(new PageDate("Published 18 November 2019", "cue date", LocalDate.of(2019, 11, 18)), extractor.extract(html, null).published());
    }

    @Test
    void an_author_box_after_the_article_is_left_out() {
        String text = extractor.extract(page("", "", "<div class=\"post-author\"><p>Jane Doe is a reporter who has "
                + "covered the region for ten years, and before that she worked for a local paper in the north of the country.</p></div>"), null).text();
        assertFalse(text.contains("Jane Doe"), text);
        assertTrue(text.endsWith(P3), text);
    }

    @Test
    void calls_to_action_with_a_link_or_at_the_end_are_left_out() {
        String text = body("<p>Get the briefing every morning: <a href=/nl>sign up for our newsletter</a>.</p>",
                "<p>Reporting by Jane Doe; Editing by John Roe</p>");
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, text);
        // Whole words only: "subscribers" is not "subscribe".
        String kept = body("<p>The report was shown to <a href=/x>paying subscribers</a> of the agency on Monday, officials said.</p>", "");
        assertTrue(kept.contains("paying subscribers"), kept);
    }

    @Test
    void an_article_nested_in_the_article_is_another_item() {
        String html = "<html><body><article class=\"post\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
                + "<article class=\"post teaser\"><p>Another story, about the floods on the coast, and the damage they did to the harbour.</p></article>"
                + "</article></body></html>";
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, extractor.extract(html, null).text());
    }

    @Test
    void gallery_counters_are_furniture() {
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body("<p>Image 1 of 5</p><p>Photo 12 of 20</p>", ""));
    }

    @Test
    void a_block_repeating_the_page_address_is_left_out() {
        String html = page("<link rel=\"canonical\" href=\"https://news.example.com/world/convoy\">", "<p>https://news.example.com/world/convoy</p>", "");
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, extractor.extract(html, "https://news.example.com/world/convoy?src=rss").text());
    }

    @Test
    void offsets_survive_crlf_line_ends_and_preformatted_text() {
        String html = "<html><body><p>" + P1 + "\r\n  the officials\r\nadded.</p><pre>line one\r\nline two</pre></body></html>";
        ExtractedPage p = extractor.extract(html, null);
        int added = p.text().indexOf("added.");
        assertTrue(html.startsWith("added.", p.offsets().toRaw(added)), p.text());
        int two = p.text().indexOf("line two");
        assertEquals("line one\nline two", p.text().substring(two - 9, two + 8));
        assertTrue(html.startsWith("line two", p.offsets().toRaw(two)));
    }

    @Test
    void a_credit_after_its_caption_is_the_caption_s_credit() {
        String html = page("", "<figure><img src=a.jpg><figcaption><span>Trucks wait at the crossing.</span>"
                + "<span class=\"photo-credit\">Reuters/Jane Doe</span></figcaption></figure>", "");
        Caption c = extractor.extract(html, null).captions().get(0);
        assertEquals("Trucks wait at the crossing.", c.text());
        assertEquals("Reuters/Jane Doe", c.credit());
    }

    @Test
    void null_html_is_refused_naming_the_parameter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> extractor.extract((String) null, null));
        assertEquals("The parameter 'html' must not be null.", e.getMessage());
    }
}
