package org.sitrep.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.clean.ArticleCleaner;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.Input;
import org.sitrep.ingest.ReadItem;
import org.sitrep.ingest.ReaderSettings;
import org.sitrep.ingest.RecordStream;
import org.sitrep.ingest.fetch.FetchException;
import org.sitrep.ingest.fetch.Fetched;
import org.sitrep.ingest.fetch.PageFetcher;
import org.sitrep.model.Article;
import org.sitrep.model.DateSource;
import org.sitrep.model.Layout;
import org.sitrep.testkit.HtmlPage;

/** Issue 8: RSS and Atom items with content are read as they are; link-only items need fetching. */
class FeedReaderTest {
    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel><title>Example Wire</title><link>http://news.test/</link><description>World news</description>
            <item><title>Talks resume in Doha</title><link>http://news.test/talks</link><guid>talks-1</guid>
              <pubDate>Fri, 27 Sep 2024 08:15:00 GMT</pubDate><description>Short teaser.</description>
              <content:encoded><![CDATA[<p>Negotiators met in Doha on Friday, officials said.</p><p>The talks go on.</p>]]></content:encoded></item>
            <item><title>Convoy reaches Tyre</title><link>http://news.test/convoy</link><guid>convoy-1</guid>
              <pubDate>Sat, 28 Sep 2024 10:00:00 GMT</pubDate><description>A convoy reached Tyre.</description></item>
            <item><title>No link, no content</title></item>
            </channel></rss>
            """;

    private static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><id>urn:wire</id><updated>2024-09-27T00:00:00Z</updated>
            <entry><title>Envoy arrives</title><id>urn:wire:1</id><link href="http://news.test/envoy"/><updated>2024-09-26T09:00:00Z</updated>
              <content type="html">&lt;p&gt;The envoy arrived in Beirut on Thursday.&lt;/p&gt;</content></entry>
            </feed>
            """;

    private final FeedReader reader = new FeedReader(ReaderSettings.DEFAULT);

    private static Input input(String name, String xml, PageFetcher fetcher) {
        return new Input(name, new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), false, name, null, null, fetcher);
    }

    private List<ReadItem> read(String xml, PageFetcher fetcher) throws IngestException {
        List<ReadItem> items = new ArrayList<>();
        try (RecordStream r = reader.read(input("wire.xml", xml, fetcher))) {
            r.forEachRemaining(items::add);
        }
        return items;
    }

    @Test
    void an_item_with_full_content_is_read_as_it_is_with_its_title_and_date() throws Exception {
        ReadItem.Read first = (ReadItem.Read) read(RSS, null).get(0);
        assertEquals("wire.xml#1 (http://news.test/talks)", first.record());
        assertEquals(Layout.HTML, first.document().layout());
        assertEquals("http://news.test/talks", first.document().source());
        assertEquals("talks-1", first.document().metadata().id());
        Article a = new ArticleCleaner(LocalDate.of(2025, 1, 1)).clean(first.document());
        assertEquals("Talks resume in Doha", a.title());
        assertEquals("Negotiators met in Doha on Friday, officials said.\n\nThe talks go on.", a.text());
        assertEquals(LocalDate.of(2024, 9, 27), a.published().date());
        assertEquals(DateSource.METADATA, a.published().source());
        assertEquals("Example Wire", a.outlet());
    }

    @Test
    void a_link_only_item_without_fetching_and_an_item_without_link_or_content_are_per_item_errors() throws Exception {
        List<ReadItem> items = read(RSS, null);
        assertEquals(3, items.size());
        assertEquals("wire.xml#2 (http://news.test/convoy): the item only links to its article and fetching is off (give --fetch to fetch linked pages)",
                ((ReadItem.Failed) items.get(1)).line());
        assertEquals("wire.xml#3: feed item without a link and without content", ((ReadItem.Failed) items.get(2)).line());
    }

    @Test
    void a_link_only_item_gets_its_page_fetched_when_fetching_is_on() throws Exception {
        List<URI> asked = new ArrayList<>();
        String page = HtmlPage.titled("Convoy reaches Tyre | Example Wire").paragraph("Trucks reached Tyre on Saturday.").html();
        PageFetcher fetcher = uri -> {
            asked.add(uri);
            return new Fetched(uri, uri, 200, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
        };
        ReadItem.Read convoy = (ReadItem.Read) read(RSS, fetcher).get(1);
        assertEquals(List.of(URI.create("http://news.test/convoy")), asked, "the item with content is not fetched");
        Article a = new ArticleCleaner(null).clean(convoy.document());
        assertEquals("Convoy reaches Tyre", a.title(), "the feed's title wins over the page's");
        assertEquals("Trucks reached Tyre on Saturday.", a.text());
        assertEquals(LocalDate.of(2024, 9, 28), a.published().date());
    }

    @Test
    void a_failed_fetch_is_a_per_item_error_that_says_whether_to_retry() throws Exception {
        PageFetcher down = uri -> {
            throw new FetchException(uri.toString(), "HTTP 503 after 4 attempts", true);
        };
        ReadItem.Failed f = (ReadItem.Failed) read(RSS, down).get(1);
        assertEquals("wire.xml#2 (http://news.test/convoy): cannot fetch the linked page: HTTP 503 after 4 attempts", f.line());
        assertThat(f.retryable()).isTrue();
    }

    @Test
    void atom_content_is_read_and_the_entry_date_is_the_updated_one_when_nothing_was_published() throws Exception {
        ReadItem.Read r = (ReadItem.Read) read(ATOM, null).get(0);
        assertEquals("urn:wire:1", r.document().metadata().id());
        assertEquals(LocalDate.of(2024, 9, 26), r.document().metadata().published());
        assertEquals("The envoy arrived in Beirut on Thursday.", new ArticleCleaner(null).clean(r.document()).text());
    }

    @Test
    void a_feed_that_is_not_xml_fails_as_a_whole_naming_it() {
        IngestException e = assertThrows(IngestException.class, () -> read("this is <not> xml & never was", null));
        assertThat(e.getMessage()).startsWith("wire.xml: not an RSS or Atom feed (");
    }

    @Test
    void items_know_their_keys_before_any_page_is_fetched() throws Exception {
        List<FeedReader.Item> items = reader.items(input("wire.xml", RSS, null));
        assertEquals(List.of("talks-1", "convoy-1"), items.subList(0, 2).stream().map(FeedReader.Item::key).toList());
        assertThat(items.get(2).key()).startsWith("sha256:");
    }
}
