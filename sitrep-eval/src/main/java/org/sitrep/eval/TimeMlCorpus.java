package org.sitrep.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * TimeML ({@code .tml}) files read as the TempEval-3 timex evaluation needs them, each in one streaming (StAX) pass:
 * <ul>
 *   <li>the document creation time: the first TIMEX3 whose {@code functionInDocument} is {@code CREATION_TIME}
 *       (TBAQ puts it in the {@code DCT} element), its value's day taken as the date;</li>
 *   <li>the plain text of the {@code TEXT} element: every inline tag (TIMEX3, EVENT, SIGNAL…) removed, entities decoded,
 *       whitespace and newlines kept as written;</li>
 *   <li>the gold TIMEX3s inside {@code TEXT} as character offsets into that text, with tid, type, value and mod.
 *       TIMEX3s outside {@code TEXT} (the DCT, a title) are not gold expressions; how many were seen is counted.</li>
 * </ul>
 * Files are found under the directory at any depth and kept in the order of their relative paths, so the
 * {@link Split} over {@link #documents()} is the same on every machine. A file that is not well-formed XML, has no
 * creation time or no {@code TEXT} is skipped with a problem naming the file and line; the others are read. The caller
 * owns nothing: each file is opened and closed here.
 *
 * @param dir          the directory read
 * @param documents    the documents read, in relative-path order
 * @param outsideText  TIMEX3s seen outside {@code TEXT} other than the creation time (not scored)
 * @param problems     one message per skipped file or ignored element, {@code file:line: …}
 */
public record TimeMlCorpus(Path dir, List<TimeMlDocument> documents, int outsideText, List<String> problems) {
    public TimeMlCorpus {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }

    /** Reads every {@code .tml} file under {@code dir}. */
    public static TimeMlCorpus read(Path dir) throws IOException {
        if (dir == null) {
            throw new IllegalArgumentException("The parameter 'dir' must not be null.");
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("The parameter 'dir' must be a directory, got '" + dir + "'.");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".tml") && Files.isRegularFile(p))
                    .sorted((a, b) -> dir.relativize(a).toString().compareTo(dir.relativize(b).toString())).toList();
        }
        List<TimeMlDocument> docs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int outside = 0;
        for (Path f : files) {
            Reading reading = new Reading(f);
            try {
                reading.read();
                docs.add(reading.document());
            } catch (BadFile e) {
                problems.add(e.getMessage());
            } catch (XMLStreamException e) {
                int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
                problems.add(f + ":" + line + ": not well-formed TimeML, file skipped: " + reason(e));
            }
            outside += reading.outside;
            problems.addAll(reading.notes);
        }
        return new TimeMlCorpus(dir, docs, outside, problems);
    }

    /** Reads one {@code .tml} file; throws naming the file and line when it cannot be scored. */
    public static TimeMlDocument readFile(Path file) throws IOException {
        if (file == null) {
            throw new IllegalArgumentException("The parameter 'file' must not be null.");
        }
        Reading reading = new Reading(file);
        try {
            reading.read();
            return reading.document();
        } catch (BadFile e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw new IllegalArgumentException(file + ":" + line + ": not well-formed TimeML: " + reason(e), e);
        }
    }

    /** The parser's message without its own position prefix ({@code ParseError at [row,col]:[8,3] Message: …}). */
    private static String reason(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int i = m.indexOf("Message: ");
        return i >= 0 ? m.substring(i + "Message: ".length()).strip() : m.strip();
    }

    /** Gold TIMEX3s in the documents read. */
    public int timexes() {
        return documents.stream().mapToInt(d -> d.timexes().size()).sum();
    }

    /** The day of a TIMEX3 value that starts with {@code YYYY-MM-DD}. */
    static LocalDate day(String value) {
        if (value == null || value.length() < 10) {
            throw new DateTimeParseException("not a YYYY-MM-DD date", value == null ? "" : value, 0);
        }
        return LocalDate.parse(value.substring(0, 10));
    }

    /** A file that parses but cannot be scored. */
    private static final class BadFile extends Exception {
        private static final long serialVersionUID = 1L;

        BadFile(String message) {
            super(message);
        }
    }

    /** One pass over one file. */
    private static final class Reading {
        private final Path file;
        private final StringBuilder text = new StringBuilder();
        private final Deque<Open> open = new ArrayDeque<>();
        private final List<GoldTimex> timexes = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private String id;
        private String dctValue;
        private int dctLine;
        private boolean inText;
        private boolean textSeen;
        private boolean inDocId;
        private final StringBuilder docId = new StringBuilder();
        private int outside;

        /** A TIMEX3 whose end tag is still to come. */
        private record Open(int start, String tid, String type, String value, String mod) {}

        Reading(Path file) {
            this.file = file;
        }

        void read() throws IOException, XMLStreamException, BadFile {
            XMLInputFactory factory = SafeXml.factory();
            try (InputStream in = Files.newInputStream(file)) {
                XMLStreamReader r = factory.createXMLStreamReader(in);
                try {
                    while (r.hasNext()) {
                        switch (r.next()) {
                            case XMLStreamConstants.START_ELEMENT -> start(r);
                            case XMLStreamConstants.END_ELEMENT -> end(r);
                            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                                if (inText) {
                                    text.append(r.getText());
                                }
                                if (inDocId) {
                                    docId.append(r.getText());
                                }
                            }
                            default -> { }
                        }
                    }
                } finally {
                    r.close();
                }
            }
            if (!textSeen) {
                throw new BadFile(file + ": no TEXT element, file skipped");
            }
            if (dctValue == null) {
                throw new BadFile(file + ": no TIMEX3 with functionInDocument=\"CREATION_TIME\" (the document creation time), file skipped");
            }
        }

        private void start(XMLStreamReader r) throws BadFile {
            String name = r.getLocalName();
            int line = r.getLocation().getLineNumber();
            if (name.equals("TEXT")) {
                if (textSeen) {
                    notes.add(file + ":" + line + ": a second TEXT element, ignored");
                    return;
                }
                inText = true;
                textSeen = true;
            } else if (name.equals("DOCID") && id == null) {
                inDocId = true;
            } else if (name.equals("TIMEX3")) {
                String function = r.getAttributeValue(null, "functionInDocument");
                if ("CREATION_TIME".equals(function) && dctValue == null) {
                    dctValue = r.getAttributeValue(null, "value");
                    dctLine = line;
                    if (dctValue == null) {
                        throw new BadFile(file + ":" + line + ": the creation-time TIMEX3 has no value, file skipped");
                    }
                }
                if (inText) {
                    open.push(new Open(text.length(), r.getAttributeValue(null, "tid"), r.getAttributeValue(null, "type"),
                            r.getAttributeValue(null, "value"), r.getAttributeValue(null, "mod")));
                } else if (!"CREATION_TIME".equals(function)) {
                    outside++;
                }
            }
        }

        private void end(XMLStreamReader r) {
            String name = r.getLocalName();
            if (name.equals("TEXT") && inText) {
                inText = false;
            } else if (name.equals("DOCID") && inDocId) {
                inDocId = false;
                id = docId.toString().strip();
            } else if (name.equals("TIMEX3") && inText && !open.isEmpty()) {
                Open o = open.pop();
                timexes.add(new GoldTimex(o.tid(), o.start(), text.length(), text.substring(o.start()), o.type(), o.value(), o.mod()));
            }
        }

        TimeMlDocument document() throws BadFile {
            LocalDate dct;
            try {
                dct = day(dctValue);
            } catch (DateTimeParseException e) {
                throw new BadFile(file + ":" + dctLine + ": the creation time '" + dctValue + "' does not start with a YYYY-MM-DD date, file skipped");
            }
            String name = file.getFileName().toString();
            String docIdOrName = id == null || id.isEmpty() ? name.substring(0, name.length() - ".tml".length()) : id;
            List<GoldTimex> ordered = new ArrayList<>(timexes);
            ordered.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
            return new TimeMlDocument(file, docIdOrName, dct, dctValue, text.toString(), ordered);
        }
    }
}
