package org.sitrep.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.sitrep.ingest.Bytes;
import org.sitrep.ingest.ContentTypes;
import org.sitrep.ingest.Decoded;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.FormatSniffer;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.Input;
import org.sitrep.ingest.html.HtmlDecoder;
import org.sitrep.ingest.ReadItem;
import org.sitrep.ingest.ReaderSettings;
import org.sitrep.ingest.RecordStream;
import org.sitrep.ingest.fetch.FetchException;
import org.sitrep.ingest.fetch.Fetched;
import org.sitrep.ingest.fetch.PageFetcher;
import org.sitrep.model.Layout;
import org.sitrep.model.RawDocument;
import org.sitrep.model.RawMetadata;

/**
 * Reads an RSS or Atom feed (ROME) into one raw document per item, named {@code feed#n}. An item's full content
 * ({@code content:encoded}, Atom {@code content}) is used as it is: HTML becomes a page the clean stage extracts, plain
 * text is the body. An item with only a link (and perhaps a summary) gets its page fetched when the input carries a
 * fetcher (feeds given as URLs, or {@code --fetch}); without one it is a skipped record saying so. An item with neither
 * link nor content is an error line; an item with no link but a description is read from the description. The entry's
 * title and date (published, else updated) are the article's, the date with source METADATA. A feed that is not XML,
 * or not a feed, fails as a whole. The feed is parsed whole (feeds are small; the size limit applies), its items
 * converted one at a time as the batch asks, so linked pages are fetched one by one.
 */
public final class FeedReader implements DocumentReader {
    private final long maxBytes;

    public FeedReader(ReaderSettings settings) {
        this.maxBytes = settings.maxBytes();
    }

    /** AUTO: an RSS or Atom root, or an {@code .rss}/{@code .atom} name. */
    public static boolean detect(FormatSniffer.Head head) {
        return FormatSniffer.isFeed(head);
    }

    /**
     * One feed item, before its page is fetched.
     *
     * @param record  its name in messages, {@code feed#n}
     * @param key     what identifies it across polls: the guid or Atom id, else the link, else title and summary
     * @param link    its link, or null
     * @param title   its title, or null
     * @param date    its published (else updated) day, or null
     * @param content its full content, or null
     * @param contentIsHtml whether {@code content} is HTML (else plain text)
     * @param summary its description, or null
     * @param outlet  the feed's title
     */
    public record Item(String record, String key, String link, String title, LocalDate date, String content, boolean contentIsHtml,
                       String summary, String outlet) {}

    @Override
    public RecordStream read(Input input) throws IngestException {
        List<Item> items = items(input);
        PageFetcher fetcher = input.fetcher();
        Iterator<Item> it = items.iterator();
        return new RecordStream.Lazy() {
            @Override
            protected ReadItem computeNext() {
                return it.hasNext() ? toRead(it.next(), fetcher) : null;
            }

            @Override
            public boolean archive() {
                return true;
            }
        };
    }

    /** The items of a feed, in feed order; throws when the input is not an RSS or Atom feed. */
    public List<Item> items(Input input) throws IngestException {
        byte[] bytes = Bytes.readAll(input, maxBytes);
        SyndFeed feed;
        try {
            SyndFeedInput in = new SyndFeedInput();
            in.setAllowDoctypes(false); // no external entities
            feed = in.build(new XmlReader(new ByteArrayInputStream(bytes), true, input.declaredCharset()));
        } catch (FeedException | IllegalArgumentException e) {
            throw new IngestException(input.name(), "not an RSS or Atom feed (" + firstLine(e.getMessage()) + ")");
        } catch (IOException e) {
            throw new IngestException(input.name(), "not an RSS or Atom feed (" + firstLine(e.getMessage()) + ")", e);
        }
        String outlet = blankToNull(feed.getTitle());
        List<Item> items = new ArrayList<>();
        int n = 0;
        for (SyndEntry e : feed.getEntries()) {
            n++;
            String link = link(e, input.url());
            SyndContent content = e.getContents().stream().filter(c -> c.getValue() != null && !c.getValue().isBlank()).findFirst().orElse(null);
            String summary = e.getDescription() == null ? null : blankToNull(e.getDescription().getValue());
            String title = blankToNull(e.getTitle());
            String key = blankToNull(e.getUri());
            if (key == null) {
                key = link != null ? link : "sha256:" + sha256(title + "\n" + summary + "\n" + (content == null ? "" : content.getValue()));
            }
            items.add(new Item(input.name() + "#" + n, key, link, title, day(e), content == null ? null : content.getValue(),
                    content == null || isHtml(content.getType()), summary, outlet));
        }
        return items;
    }

    /** One item as a read document or a failure; fetches its page when it has only a link and {@code fetcher} is set. */
    public ReadItem toRead(Item item, PageFetcher fetcher) {
        RawMetadata meta = new RawMetadata(item.key(), item.title(), item.date(), item.link(), item.outlet());
        String source = item.link() != null ? item.link() : item.record();
        String record = item.link() != null ? item.record() + " (" + item.link() + ")" : item.record();
        if (item.content() != null) {
            Layout layout = item.contentIsHtml() ? Layout.HTML : Layout.FIELDS;
            return new ReadItem.Read(record, new RawDocument(source, 0, item.content(), "UTF-8", layout, meta), List.of());
        }
        if (item.link() == null) {
            if (item.summary() != null) {
                return new ReadItem.Read(record, new RawDocument(source, 0, item.summary(), "UTF-8", Layout.HTML, meta), List.of());
            }
            return ReadItem.Failed.record(record, "feed item without a link and without content");
        }
        if (fetcher == null) {
            return ReadItem.Failed.record(record, "the item only links to its article and fetching is off (give --fetch to fetch linked pages)");
        }
        Fetched page;
        try {
            page = fetcher.fetch(new URI(item.link()));
        } catch (URISyntaxException e) {
            return ReadItem.Failed.record(record, "the item's link is not a valid URL: " + e.getReason());
        } catch (FetchException e) {
            return new ReadItem.Failed(record, "cannot fetch the linked page: " + e.problem(), false, e.retryable());
        }
        if (page.contentType() != null && !ContentTypes.isHtml(page.contentType())) {
            return ReadItem.Failed.record(record, "the linked page is not HTML (" + ContentTypes.base(page.contentType()) + ")");
        }
        if (page.body().length > maxBytes) {
            return ReadItem.Failed.record(record, "the linked page is larger than the size limit");
        }
        Decoded d;
        try {
            d = HtmlDecoder.decode(page.body(), ContentTypes.charset(page.contentType()), record);
        } catch (IngestException e) {
            return ReadItem.Failed.record(record, e.problem());
        }
        RawMetadata fetched = new RawMetadata(item.key(), item.title(), item.date(), page.uri().toString(), item.outlet());
        return new ReadItem.Read(record, new RawDocument(source, 0, d.text(), d.charset(), Layout.HTML, fetched),
                d.warning() == null ? List.of() : List.of(d.warning()));
    }

    private static String link(SyndEntry e, String base) {
        String link = blankToNull(e.getLink());
        if (link == null && e.getLinks() != null) {
            link = e.getLinks().stream().map(l -> blankToNull(l.getHref())).filter(h -> h != null).findFirst().orElse(null);
        }
        if (link != null && base != null) {
            try {
                link = URI.create(base).resolve(link.strip()).toString(); // a relative link in a fetched feed
            } catch (IllegalArgumentException ex) {
                // leave it as written: fetching it will say what is wrong
            }
        }
        return link == null ? null : link.strip();
    }

    private static LocalDate day(SyndEntry e) {
        Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        return d == null ? null : d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static boolean isHtml(String type) {
        if (type == null) {
            return true;
        }
        String t = type.toLowerCase(Locale.ROOT);
        return !(t.equals("text") || t.equals("text/plain"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }

    private static String sha256(String s) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
