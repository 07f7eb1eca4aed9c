package org.sitrep.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The documents of a TimeML corpus (TempEval-3's TBAQ-cleaned) for the article-date evaluation: each {@code .tml}
 * file under a directory, in the order of their paths relative to it, with its text and its creation time. The text
 * is the {@code <TEXT>} element with the inline tags removed and entities decoded; the creation time is the value of
 * the {@code TIMEX3} with {@code functionInDocument="CREATION_TIME"} inside {@code <DCT>}, cut to its day. A file that
 * is not well-formed, has no {@code <TEXT>} or no readable creation time is left out and named in {@code problems}
 * with its line; the rest is read. The caller owns nothing: every file is opened and closed here.
 *
 * @param problems one message per file left out, {@code file:line: …}
 */
public record TimeMlDocuments(Path dir, List<Doc> docs, List<String> problems) {
    /** One document: its id (the path relative to the corpus directory), body text and creation date. */
    public record Doc(String id, String text, LocalDate created) {}

    public TimeMlDocuments {
        docs = List.copyOf(docs);
        problems = List.copyOf(problems);
    }

    /** Reads every {@code .tml} file under {@code dir}. */
    public static TimeMlDocuments read(Path dir) throws IOException {
        if (dir == null) {
            throw new IllegalArgumentException("The parameter 'dir' must not be null.");
        }
        if (!Files.isDirectory(dir)) {
            throw new IOException("Not a directory: '" + dir + "'");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".tml") && Files.isRegularFile(p))
                    .sorted((a, b) -> dir.relativize(a).toString().compareTo(dir.relativize(b).toString())).toList();
        }
        List<Doc> docs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            String id = dir.relativize(f).toString().replace('\\', '/');
            try {
                docs.add(readOne(f, id));
            } catch (Unreadable e) {
                problems.add(f + ":" + e.line + ": " + e.getMessage() + "; file left out");
            }
        }
        return new TimeMlDocuments(dir, docs, problems);
    }

    /** One file's document; {@link Unreadable} names what is wrong and where. */
    static Doc readOne(Path file, String id) throws IOException, Unreadable {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = Files.newInputStream(file)) {
            return parse(factory.createXMLStreamReader(in), id);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new Unreadable("not well-formed XML (" + e.getMessage().replaceAll("\\s+", " ") + ")", line);
        }
    }

    /** The document read from a TimeML stream. */
    static Doc parse(XMLStreamReader r, String id) throws XMLStreamException, Unreadable {
        StringBuilder text = null;
        boolean inText = false;
        boolean inDct = false;
        String dct = null;
        int dctLine = 0;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                if (name.equals("TEXT")) {
                    inText = true;
                    text = new StringBuilder();
                } else if (name.equals("DCT")) {
                    inDct = true;
                } else if (name.equals("TIMEX3") && inDct && "CREATION_TIME".equals(r.getAttributeValue(null, "functionInDocument"))) {
                    dct = r.getAttributeValue(null, "value");
                    dctLine = r.getLocation().getLineNumber();
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                if (r.getLocalName().equals("TEXT")) {
                    inText = false;
                } else if (r.getLocalName().equals("DCT")) {
                    inDct = false;
                }
            } else if (inText && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA || ev == XMLStreamConstants.SPACE)) {
                text.append(r.getText());
            }
        }
        int end = r.getLocation() == null ? 0 : r.getLocation().getLineNumber();
        if (text == null) {
            throw new Unreadable("no <TEXT> element", end);
        }
        if (dct == null) {
            throw new Unreadable("no TIMEX3 with functionInDocument=\"CREATION_TIME\" inside <DCT>", end);
        }
        return new Doc(id, text.toString(), day(dct, dctLine));
    }

    /** The day of a TIMEX3 value such as {@code 1998-11-20T19:30} or {@code 19980807}. */
    static LocalDate day(String value, int line) throws Unreadable {
        String v = value.strip();
        try {
            if (v.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                return LocalDate.parse(v.substring(0, 10));
            }
            if (v.matches("\\d{8}.*")) {
                return LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(4, 6)), Integer.parseInt(v.substring(6, 8)));
            }
        } catch (DateTimeException e) {
            throw new Unreadable("creation time '" + value + "' is no date (" + e.getMessage() + ")", line);
        }
        throw new Unreadable("creation time '" + value + "' is not a day (yyyy-mm-dd)", line);
    }

    /** A file that cannot be read as a document, with the line where that shows. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;

        Unreadable(String message, int line) {
            super(message);
            this.line = line;
        }
    }
}
