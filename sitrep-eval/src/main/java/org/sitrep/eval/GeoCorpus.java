package org.sitrep.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.sitrep.ingest.DateParser;

/**
 * A geoparsing gold corpus read in one streaming (StAX) pass. Two layouts are recognised by their elements:
 * <ul>
 *   <li>{@link Layout#TOPONYM} (LGL, TR-News): {@code <article docid>} with {@code <dltime>}, {@code <text>} and
 *       {@code <toponym>}s of {@code <phrase>}, {@code <start>}, {@code <end>} and a {@code <gaztag>} holding
 *       {@code <lat>}/{@code <lon>}; a toponym without a gaztag is kept as not scorable;</li>
 *   <li>{@link Layout#LOCATION} (GeoVirus): {@code <article>} with {@code <text>} and {@code <location>}s of
 *       {@code <name>} (the phrase), {@code <start>}, {@code <end>}, {@code <lat>} and {@code <lon>}; no date.</li>
 * </ul>
 * Every toponym is checked against the text: {@code text.substring(start, end)} must equal the phrase. When it does not,
 * the nearest occurrence of the phrase within {@value #REALIGN_WINDOW} characters of the given start is taken (GeoVirus
 * counts every offset one too high, and some TR-News articles drift by a few characters) and counted as realigned;
 * otherwise the toponym is skipped and a problem naming the file and line is recorded. Commented-out articles are not
 * read. The caller owns nothing: the file is opened and closed here.
 *
 * @param realigned toponyms whose offsets were moved onto their phrase
 * @param skipped   toponyms left out: offsets that do not read the phrase, or values that are not numbers
 * @param problems  one message per skipped toponym or unreadable value, {@code file:line: …}
 */
public record GeoCorpus(Path file, Layout layout, List<GeoArticle> articles, int realigned, int skipped, List<String> problems) {
    /** How far (in characters) a phrase may be found from its given start and still be taken. */
    public static final int REALIGN_WINDOW = 5;

    /** Which of the two corpus layouts a file uses. */
    public enum Layout {
        /** LGL and TR-News: {@code <toponym>} with a {@code <gaztag>}. */
        TOPONYM,
        /** GeoVirus: {@code <location>} with {@code <lat>} and {@code <lon>}. */
        LOCATION
    }

    public GeoCorpus {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    /** Gold toponyms read, scorable or not. */
    public int toponyms() {
        return articles.stream().mapToInt(a -> a.toponyms().size()).sum();
    }

    /** Gold toponyms without coordinates. */
    public int unscorable() {
        return (int) articles.stream().flatMap(a -> a.toponyms().stream()).filter(t -> !t.scorable()).count();
    }


    /** Reads a corpus file; malformed XML fails naming the file and line, a bad toponym is recorded and skipped. */
    public static GeoCorpus read(Path file) throws IOException {
        if (file == null) {
            throw new IllegalArgumentException("The parameter 'file' must not be null.");
        }
        XMLInputFactory factory = SafeXml.factory();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            try {
                return new Reading(file).read(r);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw new IOException(file + ":" + line + ": not a well-formed geoparsing corpus: " + e.getMessage(), e);
        }
    }

    /** One pass over one file. */
    private static final class Reading {
        private final Path file;
        private final List<GeoArticle> articles = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private Layout layout;
        private int realigned;
        private int skipped;
        private int articleCount;

        Reading(Path file) {
            this.file = file;
        }

        GeoCorpus read(XMLStreamReader r) throws XMLStreamException, IOException {
            Deque<String> path = new ArrayDeque<>();
            // A toponym may open inside another (one GeoVirus location wraps three); the outer one goes on after them.
            Deque<RawToponym> outer = new ArrayDeque<>();
            RawArticle article = null;
            RawToponym toponym = null;
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.END_ELEMENT) {
                    String name = path.pop();
                    if (toponym != null && path.size() == toponym.depth) {
                        article.toponyms.add(toponym);
                        toponym = outer.poll();
                    } else if (article != null && name.equals("article")) {
                        finish(article);
                        article = null;
                    }
                    continue;
                }
                if (r.getEventType() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = r.getLocalName();
                String parent = path.peek();
                int line = r.getLocation().getLineNumber();
                if (name.equals("article") && article == null) {
                    articleCount++;
                    article = new RawArticle(r.getAttributeValue(null, "docid"), line);
                } else if (article != null && (name.equals("toponym") || name.equals("location"))) {
                    layout(name.equals("toponym") ? Layout.TOPONYM : Layout.LOCATION);
                    if (toponym != null) {
                        outer.push(toponym);
                    }
                    toponym = new RawToponym(name, line, path.size());
                } else if (article != null && toponym == null && (name.equals("toponyms") || name.equals("locations"))) {
                    layout(name.equals("toponyms") ? Layout.TOPONYM : Layout.LOCATION);
                } else if (article != null && toponym == null && "article".equals(parent) && name.equals("text")) {
                    article.text = r.getElementText();
                    continue;
                } else if (article != null && toponym == null && "article".equals(parent) && name.equals("dltime")) {
                    article.dltime = r.getElementText().strip();
                    continue;
                } else if (toponym != null && isToponymField(name, parent, toponym.element)) {
                    String value = r.getElementText();
                    switch (name) {
                        case "phrase", "name" -> toponym.phrase = value;
                        case "start" -> toponym.start = value.strip();
                        case "end" -> toponym.end = value.strip();
                        case "lat" -> toponym.lat = value.strip();
                        default -> toponym.lon = value.strip();
                    }
                    continue;
                }
                path.push(name);
            }
            if (articleCount > 0 && layout == null) {
                throw new IOException(file + ": neither <toponym> nor <location> elements: not a geoparsing corpus this reader knows");
            }
            return new GeoCorpus(file, layout == null ? Layout.TOPONYM : layout, articles, realigned, skipped, problems);
        }

        /** The phrase is {@code <phrase>}, or GeoVirus's {@code <name>} directly under the location (a gaztag's name is the gazetteer's). */
        private static boolean isToponymField(String name, String parent, String toponymElement) {
            return switch (name) {
                case "phrase", "start", "end", "lat", "lon" -> true;
                case "name" -> toponymElement.equals("location") && toponymElement.equals(parent);
                default -> false;
            };
        }

        /** The layout is the one of the first toponym or toponym list seen. */
        private void layout(Layout seen) {
            if (layout == null) {
                layout = seen;
            }
        }

        private void finish(RawArticle a) {
            String id = a.docid != null && !a.docid.isBlank() ? a.docid.strip() : file.getFileName() + "#" + articleCount;
            if (a.text == null) {
                problems.add(file + ":" + a.line + ": article '" + id + "' has no <text>; skipped with its " + a.toponyms.size() + " toponyms");
                skipped += a.toponyms.size();
                return;
            }
            LocalDate date = date(a);
            List<GoldToponym> gold = new ArrayList<>();
            for (RawToponym t : a.toponyms) {
                GoldToponym g = toponym(t, a.text, id);
                if (g != null) {
                    gold.add(g);
                }
            }
            articles.add(new GeoArticle(id, a.text, date, gold));
        }

        /**
         * The day {@code dltime} states: the first and longest run of its words that {@link DateParser} reads
         * ("2009-03-20 12:24:52.002364-05", "9:43 PM, Dec 11, 2016", "Wed Nov 23, 2016 | 4:58pm EST"); null when none.
         */
        private LocalDate date(RawArticle a) {
            if (a.dltime == null || a.dltime.isEmpty()) {
                return null;
            }
            String[] words = a.dltime.split("\\s+");
            for (int i = 0; i < words.length; i++) {
                for (int j = words.length; j > i; j--) {
                    String candidate = String.join(" ", Arrays.copyOfRange(words, i, j)).replaceAll("[,|]+$", "");
                    Optional<LocalDate> d = DateParser.parse(candidate);
                    if (d.isPresent()) {
                        return d.get();
                    }
                }
            }
            problems.add(file + ":" + a.line + ": dltime '" + a.dltime + "' states no date; article read undated");
            return null;
        }

        /** The checked toponym, or null (recorded as a problem) when it cannot be read or placed on its phrase. */
        private GoldToponym toponym(RawToponym t, String text, String articleId) {
            String where = file + ":" + t.line + ": ";
            if (t.phrase == null || t.start == null || t.end == null) {
                problems.add(where + "toponym in article '" + articleId + "' lacks its phrase, start or end; skipped");
                skipped++;
                return null;
            }
            int start;
            int end;
            Double lat = null;
            Double lon = null;
            try {
                start = Integer.parseInt(t.start);
                end = Integer.parseInt(t.end);
                if (t.lat != null || t.lon != null) {
                    lat = Double.valueOf(t.lat == null ? "" : t.lat);
                    lon = Double.valueOf(t.lon == null ? "" : t.lon);
                }
            } catch (NumberFormatException e) {
                problems.add(where + "toponym '" + t.phrase + "' has start '" + t.start + "', end '" + t.end + "', lat '" + t.lat
                        + "', lon '" + t.lon + "', not numbers; skipped");
                skipped++;
                return null;
            }
            if (reads(text, start, end, t.phrase)) {
                return new GoldToponym(start, end, t.phrase, lat, lon);
            }
            for (int d = 1; d <= REALIGN_WINDOW; d++) {
                for (int shifted : new int[] {start - d, start + d}) {
                    if (reads(text, shifted, shifted + t.phrase.length(), t.phrase)) {
                        realigned++;
                        return new GoldToponym(shifted, shifted + t.phrase.length(), t.phrase, lat, lon);
                    }
                }
            }
            String found = start >= 0 && start <= end && end <= text.length() ? "'" + text.substring(start, end).replace("\n", "\\n") + "'" : "outside the text";
            problems.add(where + "toponym '" + t.phrase + "' at [" + start + ", " + end + ") of article '" + articleId + "' reads " + found
                    + ", and the phrase is not within " + REALIGN_WINDOW + " characters; skipped");
            skipped++;
            return null;
        }

        private static boolean reads(String text, int start, int end, String phrase) {
            return start >= 0 && start <= end && end <= text.length() && text.substring(start, end).equals(phrase);
        }
    }

    private static final class RawArticle {
        final String docid;
        final int line;
        final List<RawToponym> toponyms = new ArrayList<>();
        String text;
        String dltime;

        RawArticle(String docid, int line) {
            this.docid = docid;
            this.line = line;
        }
    }

    private static final class RawToponym {
        final String element;
        final int line;
        /** How many elements enclose it. */
        final int depth;
        String phrase;
        String start;
        String end;
        String lat;
        String lon;

        RawToponym(String element, int line, int depth) {
            this.element = element;
            this.line = line;
            this.depth = depth;
        }
    }
}
