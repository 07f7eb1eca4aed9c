package org.sitrep.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * The article-date signals of an article's temporal expressions, tagged with no article date ({@link Clue}): a full
 * date, a month or a year written out dates an event, and the clause's tense says on which side of the article date it
 * lies; a day of a month without its year ("Sept. 27") does the same within a year, and pins the year when a weekday is
 * written with it ("Friday, Sept. 27"); "yesterday" beside a date ("yesterday (Oct. 19)") names the day before the
 * article's; a weekday ("on Friday denied") says which days of the week the article may fall on. Each is weighed by the
 * kernel of its kind and tense ({@link DateKernels}). Years outside {@value #MIN_YEAR}..{@value #MAX_YEAR} are ignored.
 */
final class ClueSignals {
    static final int MIN_YEAR = 1800;
    static final int MAX_YEAR = 2200;
    /** Gaps in months and years are measured from the middle of the month or year named, in these units. */
    static final double DAYS_PER_MONTH = 365.2425 / 12;
    static final double DAYS_PER_YEAR = 365.2425;

    private final DateKernels kernels;
    /** The weekday names, read once (the bundled lexicon's {@code weekday} class). */
    private final TimexLexicon lexicon = TimexLexicon.bundled();

    ClueSignals(DateKernels kernels) {
        this.kernels = kernels;
    }

    /** The signals of {@code timexes} (tagged with no article date) in a tokenised text. */
    List<DateSignal> signals(String text, List<Sentence> sentences, List<Token> tokens, List<Timex> timexes) {
        List<Timex> clues = timexes.stream().filter(t -> t.clue() != null).sorted((a, b) -> a.span().compareTo(b.span())).toList();
        List<DateSignal> out = new ArrayList<>();
        Set<Timex> used = new HashSet<>();
        // a weekday or "yesterday" written beside a date: one signal for both
        for (int i = 0; i + 1 < clues.size(); i++) {
            Timex a = clues.get(i);
            Timex b = clues.get(i + 1);
            if (!beside(text, a.span(), b.span())) {
                continue;
            }
            Timex date = dated(a) ? a : dated(b) ? b : null;
            Timex other = date == a ? b : a;
            if (date == null || dated(other)) {
                continue;
            }
            Span both = Span.of(text, a.span().start(), b.span().end());
            if (other.clue().kind() == Clue.Kind.WEEKDAY && other.clue().offset() == 0) {
                out.add(dateSignal(both, date, other.clue().weekday(), tense(date, sentences, tokens), 0));
                used.add(a);
                used.add(b);
            } else if (other.clue().kind() == Clue.Kind.DAY_OFFSET) {
                out.add(dateSignal(both, date, null, tense(date, sentences, tokens), other.clue().offset()));
                used.add(a);
                used.add(b);
            }
        }
        Set<String> weekdays = new HashSet<>();
        for (Timex t : clues) {
            if (used.contains(t)) {
                continue;
            }
            Clue c = t.clue();
            switch (c.kind()) {
                case DATE, MONTH, YEAR, MONTH_DAY -> {
                    DateSignal s = dateSignal(t.span(), t, writtenWeekday(t, tokens), tense(t, sentences, tokens), 0);
                    if (s != null) {
                        out.add(s);
                    }
                }
                case WEEKDAY -> {
                    // the same weekday said again in the same way adds nothing
                    if (weekdays.add(c.weekday() + "/" + c.offset() + "/" + c.tense())) {
                        out.add(weekday(t.span(), c.weekday(), c.offset(), c.tense()));
                    }
                }
                case DAY_OFFSET -> {
                    // "yesterday" alone says nothing of the article's own date
                }
            }
        }
        return out;
    }

    /** Whether two expressions stand side by side: "Friday, Sept. 27", "yesterday (Oct. 19)". */
    static boolean beside(String text, Span a, Span b) {
        if (b.start() < a.end() || b.start() - a.end() > 3) {
            return false;
        }
        return text.substring(a.end(), b.start()).chars().allMatch(ch -> Character.isWhitespace(ch) || ch == ',' || ch == '(');
    }

    private static boolean dated(Timex t) {
        return t.clue().kind() == Clue.Kind.DATE || t.clue().kind() == Clue.Kind.MONTH_DAY;
    }

    /**
     * The signal of a date, month or year (or a day of a month), written with {@code weekday} (or null) and counted
     * {@code offset} days from the article date ("yesterday (Oct. 19)": -1; 0 when the date is the event's own).
     */
    private DateSignal dateSignal(Span span, Timex t, DayOfWeek weekday, Tense tense, int offset) {
        Clue c = t.clue();
        String how = tenseWords(tense);
        switch (c.kind()) {
            case DATE -> {
                LocalDate d = c.date();
                if (!inRange(d.getYear())) {
                    return null;
                }
                if (offset != 0) {
                    LocalDate article = d.minusDays(offset);
                    DateKernels.Kernel k = kernels.get("APPOSITION", Tense.NONE);
                    return DateSignal.point(span, quote(span) + ": " + d + " is " + days(offset) + ", so the article is of " + article,
                            day -> k.logWeight(day.toEpochDay() - article.toEpochDay()), article, article);
                }
                DateKernels.Kernel k = kernels.get("DATE", tense);
                return DateSignal.point(span, quote(span) + " (" + how + "): " + d + side(tense),
                        day -> k.logWeight(day.toEpochDay() - d.toEpochDay()), d, d);
            }
            case MONTH -> {
                if (!inRange(c.year())) {
                    return null;
                }
                LocalDate first = LocalDate.of(c.year(), c.month(), 1);
                DateKernels.Kernel k = kernels.get("MONTH", tense);
                LocalDate last = first.plusMonths(1).minusDays(1);
                double middle = (first.toEpochDay() + last.toEpochDay()) / 2.0;
                return DateSignal.point(span, quote(span) + " (" + how + "): " + first.toString().substring(0, 7) + side(tense),
                        day -> k.logWeight((day.toEpochDay() - middle) / DAYS_PER_MONTH), first, last);
            }
            case YEAR -> {
                if (!inRange(c.year())) {
                    return null;
                }
                int y = c.year();
                DateKernels.Kernel k = kernels.get("YEAR", tense);
                double middle = (LocalDate.of(y, 1, 1).toEpochDay() + LocalDate.of(y, 12, 31).toEpochDay()) / 2.0;
                return DateSignal.point(span, quote(span) + " (" + how + "): " + y + side(tense),
                        day -> k.logWeight((day.toEpochDay() - middle) / DAYS_PER_YEAR), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
            }
            case MONTH_DAY -> {
                int month = c.month();
                int dom = c.day();
                DateKernels.Kernel k = kernels.get(offset != 0 ? "APPOSITION" : "MONTH_DAY", offset != 0 ? Tense.NONE : tense);
                String named = dom + " " + Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                        + (weekday == null ? "" : ", a " + weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                String says = offset != 0 ? quote(span) + ": the article is " + (-offset) + " day(s) after a " + named
                        : quote(span) + " (" + how + "): a " + named + side(tense) + ", its year from other evidence";
                MonthDays days = new MonthDays(month, dom, weekday, offset);
                return DateSignal.point(span, says, day -> days.logWeight(k, day), null, null);
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * The occurrences of a day of a month (with a weekday, when one is written; counted {@code offset} days from the
     * article date), by year, computed once per year: a signal is weighed over thousands of days.
     */
    static final class MonthDays {
        private final int month;
        private final int dom;
        private final DayOfWeek weekday;
        private final int offset;
        private final java.util.Map<Integer, Long> byYear = new java.util.concurrent.ConcurrentHashMap<>();

        MonthDays(int month, int dom, DayOfWeek weekday, int offset) {
            this.month = month;
            this.dom = dom;
            this.weekday = weekday;
            this.offset = offset;
        }

        /** The epoch day the article would have for the occurrence in {@code year}, or {@code Long.MIN_VALUE} when none. */
        private long articleDay(int year) {
            return byYear.computeIfAbsent(year, y -> {
                if (dom > Month.of(month).length(java.time.Year.isLeap(y))) {
                    return Long.MIN_VALUE;
                }
                LocalDate e = LocalDate.of(y, month, dom);
                return weekday != null && e.getDayOfWeek() != weekday ? Long.MIN_VALUE : e.toEpochDay() - offset;
            });
        }

        /** The best log-weight over the occurrences in the years around {@code day}; the kernel's floor when none. */
        double logWeight(DateKernels.Kernel k, LocalDate day) {
            double best = Double.NEGATIVE_INFINITY;
            long d = day.toEpochDay();
            for (int y = day.getYear() - 1; y <= day.getYear() + 1; y++) {
                long e = articleDay(y);
                if (e != Long.MIN_VALUE) {
                    best = Math.max(best, k.logWeight(d - e));
                }
            }
            return best > Double.NEGATIVE_INFINITY ? best : Math.log(k.floor());
        }
    }

    /** A weekday's signal: which days of the week the article may fall on, by tense and "last"/"next". */
    private DateSignal weekday(Span span, DayOfWeek w, int shift, Tense tense) {
        String kind = shift < 0 ? "WEEKDAY_LAST" : shift > 0 ? "WEEKDAY_NEXT" : "WEEKDAY";
        DateKernels.Kernel k = kernels.get(kind, tense);
        String name = w.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String says = quote(span) + " (" + tenseWords(tense) + "): " + (shift < 0 ? "the " + name + " of a week before the article's"
                : shift > 0 ? "the " + name + " of a week after the article's"
                : tense == Tense.PAST ? "a " + name + " in the days before the article"
                : tense == Tense.FUTURE ? "a " + name + " in the days after the article" : "a " + name + " near the article date");
        return DateSignal.shape(span, says, day -> k.logWeight(Math.floorMod(day.getDayOfWeek().getValue() - w.getValue(), 7)));
    }

    /** A weekday written inside a date expression ("Thursday, Jan. 6"), else null. */
    private DayOfWeek writtenWeekday(Timex t, List<Token> tokens) {
        if (t.clue().kind() != Clue.Kind.MONTH_DAY && t.clue().kind() != Clue.Kind.DATE) {
            return null;
        }
        int[] range = tokenRange(tokens, t.span());
        if (range == null) {
            return null;
        }
        List<TimexUnit> units = TimexTagger.units(tokens, range[0], range[1] + 1);
        for (int k = 0; k < units.size(); k++) {
            for (TimexLexicon.Match m : lexicon.lookup("weekday", units, k)) {
                try {
                    return DayOfWeek.of(Integer.parseInt(m.value()));
                } catch (RuntimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** The clause tense of an expression: the clue's when it has one, else the tagger's reading of its clause. */
    static Tense tense(Timex t, List<Sentence> sentences, List<Token> tokens) {
        if (t.clue().tense() != Tense.NONE) {
            return t.clue().tense();
        }
        int[] range = tokenRange(tokens, t.span());
        if (range == null) {
            return Tense.NONE;
        }
        for (Sentence s : sentences) {
            if (s.firstToken() <= range[0] && range[1] < s.endToken()) {
                return TimexTagger.tense(tokens, s, range[0], range[1]);
            }
        }
        return Tense.NONE;
    }

    /** The first and last token that overlap {@code span}, or null when none does. */
    static int[] tokenRange(List<Token> tokens, Span span) {
        int first = Token.firstEndingAfter(tokens, span.start());
        int last = first - 1;
        for (int k = first; k < tokens.size() && tokens.get(k).start() < span.end(); k++) {
            last = k;
        }
        return last < first ? null : new int[] {first, last};
    }

    private static boolean inRange(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    private static String quote(Span s) {
        return "'" + s.text().replaceAll("\\s+", " ") + "'";
    }

    static String tenseWords(Tense t) {
        return switch (t) {
            case PAST -> "past tense";
            case PRESENT -> "present tense";
            case FUTURE -> "future tense";
            case NONE -> "no tense";
        };
    }

    private static String side(Tense t) {
        return switch (t) {
            case PAST -> ", so the article is later";
            case FUTURE -> ", so the article is earlier";
            default -> ", near the article date";
        };
    }

    private static String days(int offset) {
        return offset == -1 ? "yesterday" : offset == 1 ? "tomorrow" : offset == 0 ? "today" : offset + " days from the article date";
    }
}
