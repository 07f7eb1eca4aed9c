package org.sitrep.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Article;
import org.sitrep.model.Caption;

/**
 * Article-date signals from around the text: the bounds the article already has (the caption photos' dates: the
 * article is no older than its photos, and the cleaner has put the latest on {@code PublicationDate.notBefore}; an
 * upper bound when an input gives one), and a date in the article's URL
 * ({@code https://…/2024/09/27/…}, {@code …/2024-09-27-…}: the day of publication, so a lower bound and a strong
 * estimate; {@code …/2024/09/…}: the month). Only a source that is an http(s) URL is read.
 */
final class PageSignals {
    /** Bound strengths: a URL's date outranks a photo's, which outranks anything the text says. */
    static final int URL = 4;
    static final int CAPTION = 3;

    private static final Pattern URL_DAY = Pattern.compile("[/_-]((?:19|20)\\d\\d)([/-])(0?[1-9]|1[0-2])\\2(0?[1-9]|[12]\\d|3[01])(?=[/_.-]|$)");
    private static final Pattern URL_COMPACT = Pattern.compile("/((?:19|20)\\d\\d)(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?=[/_.-]|$)");
    private static final Pattern URL_MONTH = Pattern.compile("/((?:19|20)\\d\\d)/(0?[1-9]|1[0-2])/");

    private final DateKernels kernels;

    PageSignals(DateKernels kernels) {
        this.kernels = kernels;
    }

    List<DateSignal> signals(Article a) {
        List<DateSignal> out = new ArrayList<>();
        LocalDate photo = a.published().notBefore();
        if (photo != null) {
            String caption = a.captions().stream().filter(c -> photo.toString().equals(c.date())).map(Caption::text).findFirst().orElse(null);
            out.add(DateSignal.bound(null, (caption == null ? "a known lower bound, " + photo
                    : "a caption's photo date, " + photo + " (\"" + shorten(caption) + "\")") + ": the article is no older", photo, null, CAPTION));
        }
        LocalDate before = a.published().notAfter();
        if (before != null) {
            out.add(DateSignal.bound(null, "a known upper bound, " + before + ": the article is no younger", null, before, CAPTION));
        }
        String url = a.source();
        if (url != null && (url.startsWith("http://") || url.startsWith("https://"))) {
            DateSignal u = url(url);
            if (u != null) {
                out.add(u);
            }
        }
        return out;
    }

    /** The signal of a date in a URL, or null when it has none. */
    DateSignal url(String url) {
        String path = url.replaceFirst("^https?://[^/]*", "").replaceFirst("[?#].*$", "");
        LocalDate day = null;
        Matcher m = URL_DAY.matcher(path);
        Matcher c = URL_COMPACT.matcher(path);
        if (m.find()) {
            day = date(m.group(1), m.group(3), m.group(4));
            if (day == null) {
                return null; // "/2024/02/31/": no such day, and no month to trust either
            }
        } else if (c.find()) {
            day = date(c.group(1), c.group(2), c.group(3));
        }
        if (day != null) {
            LocalDate d = day;
            DateKernels.Kernel k = kernels.get("URL", Tense.NONE);
            return new DateSignal(DateSignal.Kind.POINT, null, "the URL names " + d + ": published that day or soon after", d, null,
                    x -> k.logWeight(x.toEpochDay() - d.toEpochDay()), d, d, URL);
        }
        Matcher mm = URL_MONTH.matcher(path);
        if (mm.find()) {
            LocalDate first = date(mm.group(1), mm.group(2), "1");
            if (first != null) {
                LocalDate last = first.plusMonths(1).minusDays(1);
                return DateSignal.bound(null, "the URL names " + first.toString().substring(0, 7) + ": published that month", first, last, URL);
            }
        }
        return null;
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static String shorten(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= 60 ? t : t.substring(0, 57) + "...";
    }
}
