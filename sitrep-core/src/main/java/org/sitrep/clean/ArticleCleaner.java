package org.sitrep.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.ingest.Debris;
import org.sitrep.ingest.Line;
import org.sitrep.ingest.html.ExtractedPage;
import org.sitrep.ingest.html.HtmlArticleExtractor;
import org.sitrep.model.Article;
import org.sitrep.model.Caption;
import org.sitrep.model.DateSource;
import org.sitrep.model.Layout;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.PublicationDate;
import org.sitrep.model.RawDocument;
import org.sitrep.model.Span;

/**
 * Turns a raw document into a clean {@link Article}. For a dump article it takes the title, keeps each caption once and
 * apart from the body, drops debris lines and the repeated copies, and records where every piece of the body came from.
 * A TEXT article is kept verbatim; a FIELDS article takes its fields; an HTML page goes through the
 * {@link HtmlArticleExtractor}, whose offsets map the body back into the page. A date the input gives (a JSONL field, a
 * feed entry's date, the page's own metadata) is the publication date with source METADATA.
 */
public final class ArticleCleaner {
    private static final Pattern SUBHEADING_END = Pattern.compile("[.!?:;,\"”’')\\]]$");
    /** How far past the title a scraper header may reach. */
    private static final int HEADER_LINES = 12;
    private final CaptionParser captions = new CaptionParser();
    private final LocalDate givenDate;
    private final HtmlArticleExtractor html;

    /** @param givenDate the date the user gave (--doc-date) for every article whose input carries no date of its own, or null */
    public ArticleCleaner(LocalDate givenDate) {
        this(givenDate, HtmlArticleExtractor.standard());
    }

    /** A cleaner that extracts web pages with {@code html}. */
    public ArticleCleaner(LocalDate givenDate, HtmlArticleExtractor html) {
        if (html == null) {
            throw new IllegalArgumentException("The parameter 'html' must not be null.");
        }
        this.givenDate = givenDate;
        this.html = html;
    }

    public Article clean(RawDocument raw) {
        return switch (raw.layout()) {
            case DUMP -> cleanDump(raw);
            case TEXT -> cleanText(raw);
            case FIELDS -> cleanFields(raw);
            case HTML -> cleanHtml(raw);
        };
    }

    /**
     * A web page: the extractor's body, subheadings and captions, with offsets into the page. The input's own title and
     * date (a feed entry's) win over the page's; the page's language declaration is used when the text does not tell.
     */
    private Article cleanHtml(RawDocument raw) {
        ExtractedPage page = html.extract(raw.content(), raw.metadata().url());
        String title = raw.metadata().title() != null ? raw.metadata().title() : page.title() != null ? page.title() : "";
        LocalDate date = raw.metadata().published() != null ? raw.metadata().published()
                : page.published() == null ? null : page.published().date();
        String text = page.text();
        List<OffsetMap.Segment> shifted = page.offsets().segments().stream()
                .map(s -> new OffsetMap.Segment(s.textStart(), raw.rawOffset() + s.rawStart(), s.length())).toList();
        OffsetMap map = shifted.isEmpty() ? OffsetMap.shifted(raw.rawOffset(), 0) : new OffsetMap(shifted);
        Article a = build(raw, title, page.captions(), text, map, page.subheadings(), date);
        String outlet = a.outlet() != null ? a.outlet() : page.outlet();
        String language = a.language();
        if (Languages.UNDETERMINED.equals(language) && page.language() != null) {
            language = page.language().split("[-_]")[0];
        }
        return new Article(a.id(), a.source(), outlet, a.title(), a.published(), a.captions(), a.subheadings(), a.text(), language,
                a.rawOffsets());
    }

    private Article cleanText(RawDocument raw) {
        String text = raw.content();
        String title = Line.split(text).stream().filter(l -> !l.isBlank()).map(Line::trimmed).findFirst().orElse("");
        return build(raw, title, List.of(), text, OffsetMap.shifted(raw.rawOffset(), text.length()), List.of(), null);
    }

    private Article cleanFields(RawDocument raw) {
        String text = raw.content();
        String title = raw.metadata().title() != null ? raw.metadata().title() : "";
        return build(raw, title, List.of(), text, OffsetMap.shifted(0, text.length()), List.of(), raw.metadata().published());
    }

    private Article cleanDump(RawDocument raw) {
        List<Line> lines = Line.split(raw.content());
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        String title = i < lines.size() ? lines.get(i).trimmed() : "";
        i++;
        // The header runs while lines are blank, debris, copies of the title, or captions (seen or caption-shaped).
        List<Caption> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean titleRepeats = lines.stream().skip(i).limit(HEADER_LINES).anyMatch(l -> l.trimmed().equals(title));
        int lastTitleCopy = -1;
        for (int k = i; k < lines.size() && k < i + HEADER_LINES * 2; k++) {
            if (lines.get(k).trimmed().equals(title)) {
                lastTitleCopy = k;
            }
        }
        while (i < lines.size()) {
            Line line = lines.get(i);
            String t = line.trimmed();
            boolean insideRepeatedHeader = titleRepeats && i <= lastTitleCopy;
            if (line.isBlank() || Debris.isDebris(t) || t.equals(title) || seen.contains(t)) {
                i++;
            } else if (insideRepeatedHeader || captions.looksLikeCaption(t)) {
                found.add(captions.parse(t, raw.rawOffset() + line.start()));
                seen.add(t);
                i++;
            } else {
                break;
            }
        }
        // The body: every remaining line except debris, copied run by run with its raw offset.
        StringBuilder body = new StringBuilder();
        List<OffsetMap.Segment> segments = new ArrayList<>();
        List<int[]> subheads = new ArrayList<>();
        int last = lastNonBlank(lines);
        int k = i;
        while (k <= last) {
            if (Debris.isDebris(lines.get(k).trimmed())) {
                k++;
                continue;
            }
            if (body.length() > 0 && body.charAt(body.length() - 1) != '\n') {
                body.append('\n');
            }
            int from = lines.get(k).start();
            int base = body.length() - from;
            while (k <= last && !Debris.isDebris(lines.get(k).trimmed())) {
                Line l = lines.get(k);
                if (!l.isBlank() && isSubheading(l.trimmed(), k - i, lines, k)) {
                    int at = base + l.start() + l.text().indexOf(l.trimmed());
                    subheads.add(new int[] {at, at + l.trimmed().length()});
                }
                k++;
            }
            int to = k - 1 == last ? lines.get(last).end() : lines.get(k - 1).next();
            segments.add(new OffsetMap.Segment(body.length(), raw.rawOffset() + from, to - from));
            body.append(raw.content(), from, to);
        }
        String text = body.toString();
        List<Span> spans = subheads.stream().map(s -> Span.of(text, s[0], s[1])).toList();
        return build(raw, title, found, text, new OffsetMap(segments), spans, null);
    }

    private static int lastNonBlank(List<Line> lines) {
        int k = lines.size() - 1;
        while (k >= 0 && lines.get(k).isBlank()) {
            k--;
        }
        return k;
    }

    /** A short line without closing punctuation, in capitals or title case, standing between body paragraphs. */
    static boolean isSubheading(String t, int bodyLine, List<Line> lines, int index) {
        if (bodyLine == 0 || t.length() > 80 || SUBHEADING_END.matcher(t).find()) {
            return false;
        }
        String[] words = t.split("\\s+");
        if (words.length > 8) {
            return false;
        }
        long letters = t.chars().filter(Character::isLetter).count();
        long upper = t.chars().filter(Character::isUpperCase).count();
        boolean capitals = letters > 0 && upper * 10 >= letters * 9;
        boolean titleCase = java.util.Arrays.stream(words).allMatch(w -> !Character.isLetter(w.charAt(0)) || Character.isUpperCase(w.charAt(0)) || w.length() <= 3);
        return capitals || titleCase && words.length >= 2 && index + 1 < lines.size();
    }

    private Article build(RawDocument raw, String title, List<Caption> caps, String text, OffsetMap map, List<Span> subheadings, LocalDate metaDate) {
        // The input's own date wins; the given date is the default for inputs without one.
        PublicationDate published = PublicationDate.UNKNOWN;
        if (metaDate != null) {
            published = new PublicationDate(metaDate, DateSource.METADATA);
        } else if (givenDate != null) {
            published = new PublicationDate(givenDate, DateSource.GIVEN);
        }
        // The article is no older than its photos: a lower bound, never a date.
        java.util.Optional<LocalDate> photo = caps.stream().map(Caption::date).filter(java.util.Objects::nonNull).map(LocalDate::parse)
                .max(LocalDate::compareTo);
        if (photo.isPresent()) {
            published = published.withNotBefore(photo.get());
        }
        String id = raw.metadata().id() != null && raw.layout() == Layout.FIELDS ? raw.metadata().id() : ContentId.of(title, text);
        return new Article(id, raw.source(), raw.metadata().outlet(), title, published, caps, subheadings, text,
                LanguageGuesser.guess(text), map);
    }
}
