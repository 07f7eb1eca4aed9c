package org.sitrep.annotate;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Words that can start or anchor a temporal expression; SUTime only runs over sentences that hold one (it is costly). */
final class TemporalCue {
    private static final Set<String> WORDS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "today", "yesterday", "tomorrow", "tonight", "day", "days", "week", "weeks", "weekend", "month",
            "months", "year", "years", "decade", "decades", "century", "hour", "hours", "minute", "minutes", "morning",
            "afternoon", "evening", "night", "ago", "earlier", "later", "now", "currently", "recently", "spring",
            "summer", "autumn", "fall", "winter", "noon", "midnight", "daily", "weekly", "monthly", "annual", "annually",
            "quarter", "season", "fortnight", "dawn", "dusk");
    private static final Pattern NUMERIC = Pattern.compile("\\d{4}s?|\\d{1,2}[:/.-]\\d{1,2}([:/.-]\\d{2,4})?|\\d{1,2}(st|nd|rd|th)");

    private TemporalCue() {}

    static boolean isCue(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        return WORDS.contains(w) || NUMERIC.matcher(w).matches();
    }
}
