package org.sitrep.eval;

import de.unihd.dbs.heideltime.standalone.Config;
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.heideltime.standalone.exceptions.DocumentCreationTimeMissingException;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HeidelTime 2.1 standalone as the timex evaluation's peer: English, news documents, no part-of-speech tagger
 * ({@link POSTagger#NO}: TreeTagger is not installed), the document creation time given. Its TimeML output is read back
 * into character offsets on the input text.
 *
 * <p>HeidelTime reads its settings from a global {@link Config}; the settings it needs (which TIMEX3 types to find,
 * where its UIMA type system lies on the class path, the names of its UIMA parameters) are set here in code, so no
 * {@code config.props} file is read or shipped. Its INFO logging is turned down to warnings. HeidelTime is not
 * thread-safe: {@link #tag} is synchronised.
 */
public final class HeidelTimePeer implements TimexSystem {
    private static final Pattern TAG = Pattern.compile("<TIMEX3((?:\\s+[A-Za-z]+=\"[^\"]*\")*)\\s*>|</TIMEX3>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z]+)=\"([^\"]*)\"");
    /** Kept so the levels set on them stay set (java.util.logging holds loggers weakly). */
    private static final List<Logger> QUIETED = new ArrayList<>();

    private final HeidelTimeStandalone heideltime;

    private HeidelTimePeer(HeidelTimeStandalone heideltime) {
        this.heideltime = heideltime;
    }

    /**
     * Loads HeidelTime for English news and checks that it runs (it reports its own start-up failures only on the
     * console): fails with the reason when it does not find "5 May 1998" in a test sentence.
     */
    public static synchronized HeidelTimePeer english() {
        for (String name : List.of("HeidelTimeStandalone", "TimeMLResultFormatter", "HeidelTime")) {
            Logger l = Logger.getLogger(name);
            l.setLevel(Level.WARNING);
            QUIETED.add(l);
        }
        Config.setProps(settings());
        HeidelTimePeer tagger = new HeidelTimePeer(new HeidelTimeStandalone(Language.ENGLISH, DocumentType.NEWS,
                OutputType.TIMEML, null, POSTagger.NO));
        List<FoundTimex> probe;
        try {
            probe = tagger.tag("It was signed on 5 May 1998.", LocalDate.of(1998, 5, 6));
        } catch (RuntimeException e) {
            throw new IllegalStateException("HeidelTime did not start: " + e.getMessage(), e);
        }
        if (probe.stream().noneMatch(t -> t.value().equals("1998-05-05"))) {
            throw new IllegalStateException("HeidelTime did not start: it found " + probe + " in 'It was signed on 5 May 1998.'");
        }
        return tagger;
    }

    /** What HeidelTime's config.props would say, for English without a part-of-speech tagger. */
    static Properties settings() {
        Properties p = new Properties();
        p.setProperty(Config.CONSIDER_DATE, "true");
        p.setProperty(Config.CONSIDER_DURATION, "true");
        p.setProperty(Config.CONSIDER_SET, "true");
        p.setProperty(Config.CONSIDER_TIME, "true");
        p.setProperty(Config.TYPESYSTEMHOME, "desc/type/HeidelTime_TypeSystem.xml");
        p.setProperty(Config.UIMAVAR_DATE, "Date");
        p.setProperty(Config.UIMAVAR_DURATION, "Duration");
        p.setProperty(Config.UIMAVAR_SET, "Set");
        p.setProperty(Config.UIMAVAR_TIME, "Time");
        p.setProperty(Config.UIMAVAR_LANGUAGE, "Language");
        p.setProperty(Config.UIMAVAR_TYPETOPROCESS, "Type");
        return p;
    }

    @Override
    public String name() {
        return "heideltime";
    }

    @Override
    public synchronized List<FoundTimex> tag(String text, LocalDate dct) {
        if (text == null) {
            throw new IllegalArgumentException("The parameter 'text' must not be null.");
        }
        if (dct == null) {
            throw new IllegalArgumentException("The parameter 'dct' must not be null.");
        }
        String timeml;
        try {
            timeml = heideltime.process(text, Date.from(dct.atStartOfDay(ZoneId.systemDefault()).toInstant()));
        } catch (DocumentCreationTimeMissingException e) {
            throw new IllegalStateException("HeidelTime refused the creation time " + dct, e);
        }
        if (timeml == null) {
            throw new IllegalStateException("HeidelTime returned nothing (see its messages above)");
        }
        return fromTimeMl(text, timeml);
    }

    /**
     * The TIMEX3s of HeidelTime's TimeML output as offsets into {@code input}. The output is the input verbatim (not
     * XML-escaped) with TIMEX3 tags inserted, wrapped in a {@code <TimeML>} element; the tags are taken out and the
     * remaining text must hold the input, else this fails naming the first character that differs.
     */
    static List<FoundTimex> fromTimeMl(String input, String timeml) {
        int open = timeml.indexOf("<TimeML>");
        int close = timeml.lastIndexOf("</TimeML>");
        if (open < 0 || close < open) {
            throw new IllegalStateException("HeidelTime's output has no <TimeML> element: " + abbreviate(timeml));
        }
        String body = timeml.substring(open + "<TimeML>".length(), close);
        StringBuilder plain = new StringBuilder(body.length());
        record Tagged(int start, int end, String type, String value) {}
        List<Tagged> tagged = new ArrayList<>();
        Deque<String[]> stack = new ArrayDeque<>();
        Deque<Integer> starts = new ArrayDeque<>();
        Matcher m = TAG.matcher(body);
        int last = 0;
        while (m.find()) {
            plain.append(body, last, m.start());
            last = m.end();
            if (m.group().startsWith("</")) {
                if (stack.isEmpty()) {
                    throw new IllegalStateException("HeidelTime's output closes a TIMEX3 it did not open at character " + m.start());
                }
                String[] typeValue = stack.pop();
                tagged.add(new Tagged(starts.pop(), plain.length(), typeValue[0], typeValue[1]));
            } else {
                String type = "";
                String value = "";
                Matcher a = ATTRIBUTE.matcher(m.group(1));
                while (a.find()) {
                    if (a.group(1).equals("type")) {
                        type = a.group(2);
                    } else if (a.group(1).equals("value")) {
                        value = a.group(2);
                    }
                }
                stack.push(new String[] {type, value});
                starts.push(plain.length());
            }
        }
        plain.append(body, last, body.length());
        int shift = plain.indexOf(input);
        if (shift < 0) {
            int i = 0;
            String p = plain.toString().strip();
            String in = input.strip();
            while (i < p.length() && i < in.length() && p.charAt(i) == in.charAt(i)) {
                i++;
            }
            throw new IllegalStateException("HeidelTime's output text differs from its input at character " + i + " of the stripped text: '"
                    + abbreviate(in.substring(i)) + "' became '" + abbreviate(p.substring(i)) + "'");
        }
        List<FoundTimex> out = new ArrayList<>();
        for (Tagged t : tagged) {
            int start = t.start() - shift;
            int end = t.end() - shift;
            if (start >= 0 && end <= input.length()) {
                out.add(new FoundTimex(start, end, t.type(), t.value()));
            }
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
