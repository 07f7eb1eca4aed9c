package org.sitrep.clean;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Caption;

/** Recognises photo captions and reads their credit and photo date. */
public final class CaptionParser {
    private static final Pattern CREDIT = Pattern.compile("\\(([^()]{2,60})\\)\\s*$");
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + " (\\d{1,2}), (\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2}) " + MONTH + " (\\d{4})\\b");
    private static final Pattern DATELINE_START = Pattern.compile("^\\d{1,2} " + MONTH + " \\d{4},");
    private static final Pattern PHOTO_WORDS = Pattern.compile("(?i)\\b(photo|file photo|picture|image|pictured)\\b");

    /** A line that reads like a photo caption: it ends with a parenthesised credit or opens with a photo dateline. */
    public boolean looksLikeCaption(String line) {
        String t = line.strip();
        return CREDIT.matcher(t).find() || DATELINE_START.matcher(t).find() || PHOTO_WORDS.matcher(t).find() && t.length() < 300;
    }

    public Caption parse(String line, int rawStart) {
        String t = line.strip();
        Matcher credit = CREDIT.matcher(t);
        String by = credit.find() ? credit.group(1).strip() : null;
        return new Caption(t, by, photoDate(t).map(LocalDate::toString).orElse(null), rawStart);
    }

    static Optional<LocalDate> photoDate(String t) {
        Matcher m = MONTH_DAY_YEAR.matcher(t);
        if (m.find()) {
            return date(m.group(3), m.group(1), m.group(2));
        }
        m = DAY_MONTH_YEAR.matcher(t);
        if (m.find()) {
            return date(m.group(3), m.group(2), m.group(1));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Month.valueOf(month.toUpperCase(Locale.ROOT)), Integer.parseInt(day)));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
