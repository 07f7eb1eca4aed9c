package org.sitrep.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.DateEvidence;
import org.sitrep.model.DateSource;
import org.sitrep.model.Document;
import org.sitrep.model.PublicationDate;

/**
 * Infers an article's publication date from what it says, when none is given: the signals of its temporal expressions
 * tagged with no article date ({@link ClueSignals}), of the offices its people hold ({@link RoleSignals}, through
 * {@link RoleTerms}) and of its captions and URL ({@link PageSignals}).
 *
 * <p>How they are weighed: bounds (a photo's date, an office's terms, a "then-" office's end, a URL's date) make a
 * window, the stronger winning where two conflict; a current title may not narrow it below
 * {@value #MIN_ROLE_WINDOW_DAYS} days (two offices that meet on one day are a handover told in hindsight, not a date). Within it (or, when it is open, within the years that the dated
 * events name), every day gets the product of the weights the signals give it — a date told in the past tense weighs
 * the days just after it most, a weekday told in the past the days just after that weekday, and so on, by the kernels
 * of {@code docdate-kernels.tsv}. The best day is the estimate; its confidence is the share of the total weight that
 * lies within {@value #WITHIN} days of it. A day is inferred only when some signal dates an event (a date, month, year
 * or day of a month written, or a URL date) and the confidence reaches {@value #MIN_CONFIDENCE}; otherwise the window
 * alone is, when something beyond the photos bounds it; otherwise nothing is. Thread-safe.
 */
public final class DocDateInference {
    /** Days either side of the estimate that its confidence counts. */
    static final int WITHIN = 7;
    /** The least confidence for which a day is inferred rather than a window alone. */
    static final double MIN_CONFIDENCE = 0.1;
    /** The narrowest window (days) a current title may leave. */
    static final int MIN_ROLE_WINDOW_DAYS = 30;
    /** The confidence of a window alone: its bounds come from knowledge and photos, which are seldom wrong. */
    static final double WINDOW_CONFIDENCE = 0.9;
    /** Years considered before the earliest and after the latest year the dated events name, when no window closes them. */
    private static final int YEARS_BEFORE = 2;
    private static final int YEARS_AFTER = 10;
    /** The widest range of days weighed. */
    private static final int MAX_DAYS = 15 * 366;

    private final ClueSignals clues;
    private final RoleSignals roles;
    private final PageSignals page;

    /** The inference with the bundled kernels, reading offices through {@code roles} ({@link RoleTerms#NONE}: none). */
    public DocDateInference(RoleTerms roles) {
        if (roles == null) {
            throw new IllegalArgumentException("The parameter 'roles' must not be null.");
        }
        DateKernels kernels = DateKernels.bundled();
        this.clues = new ClueSignals(kernels);
        this.roles = new RoleSignals(roles, kernels);
        this.page = new PageSignals(kernels);
    }

    /** The inference without knowledge of offices. */
    public static DocDateInference standard() {
        return new DocDateInference(RoleTerms.NONE);
    }

    /**
     * The inferred publication date of {@code doc} from its expressions {@code timexes} (tagged with no article date);
     * empty when the article has its own date (given, from metadata or already inferred) or nothing to infer from. The
     * result keeps the article's photo bound.
     */
    public Optional<PublicationDate> infer(Document doc, List<Timex> timexes) {
        if (doc == null) {
            throw new IllegalArgumentException("The parameter 'doc' must not be null.");
        }
        if (timexes == null) {
            throw new IllegalArgumentException("The parameter 'timexes' must not be null.");
        }
        if (doc.article().published().source() != DateSource.UNKNOWN) {
            return Optional.empty();
        }
        return combine(signals(doc, timexes));
    }

    /** Every signal the article gives. */
    List<DateSignal> signals(Document doc, List<Timex> timexes) {
        List<DateSignal> all = new ArrayList<>(page.signals(doc.article()));
        all.addAll(clues.signals(doc.text(), doc.sentences(), doc.tokens(), timexes));
        all.addAll(roles.signals(doc.text(), doc.sentences(), doc.tokens(), doc.entities()));
        return all;
    }

    /** The publication date the signals give, or empty when they give none beyond a photo's bound. */
    static Optional<PublicationDate> combine(List<DateSignal> signals) {
        // 1. the window: bounds from the strongest down, each kept only when it leaves some day
        LocalDate lo = null;
        LocalDate hi = null;
        List<DateSignal> used = new ArrayList<>();
        List<DateSignal> bounds = signals.stream().filter(DateSignal::bounds).sorted(Comparator.comparingInt(DateSignal::strength).reversed()).toList();
        for (DateSignal b : bounds) {
            LocalDate l = max(lo, b.notBefore());
            LocalDate h = min(hi, b.notAfter());
            if (l != null && h != null && l.isAfter(h)) {
                continue;
            }
            // An office held until the day another begins is how a handover reads ("the previous government, led by
            // President X"): a current title narrows the window only while a month is left.
            if (b.strength() == RoleSignals.CURRENT && l != null && h != null && ChronoUnit.DAYS.between(l, h) < MIN_ROLE_WINDOW_DAYS
                    && (lo == null || hi == null || ChronoUnit.DAYS.between(lo, hi) >= MIN_ROLE_WINDOW_DAYS)) {
                continue;
            }
            lo = l;
            hi = h;
            used.add(b);
        }
        boolean beyondPhotos = used.stream().anyMatch(b -> b.strength() != PageSignals.CAPTION);
        // 2. the days to weigh
        List<DateSignal> points = signals.stream().filter(s -> s.kind() == DateSignal.Kind.POINT).toList();
        LocalDate[] domain = domain(points, lo, hi);
        if (points.isEmpty() || domain == null) {
            return beyondPhotos ? Optional.of(window(lo, hi, used)) : Optional.empty();
        }
        // 3. each day's weight: the product of the signals' weights (bounds without a weight only bound)
        List<DateSignal> weighing = new ArrayList<>();
        for (DateSignal s : signals) {
            if (s.weight() != null && (s.kind() != DateSignal.Kind.BOUND || used.contains(s))) {
                weighing.add(s);
            }
        }
        int n = (int) ChronoUnit.DAYS.between(domain[0], domain[1]) + 1;
        double[] logw = new double[n];
        double best = Double.NEGATIVE_INFINITY;
        int arg = 0;
        for (int i = 0; i < n; i++) {
            LocalDate day = domain[0].plusDays(i);
            double sum = 0;
            for (DateSignal s : weighing) {
                sum += s.weight().log(day);
            }
            logw[i] = sum;
            if (sum > best) {
                best = sum;
                arg = i;
            }
        }
        double total = 0;
        double near = 0;
        for (int i = 0; i < n; i++) {
            double p = Math.exp(logw[i] - best);
            total += p;
            if (Math.abs(i - arg) <= WITHIN) {
                near += p;
            }
        }
        double confidence = Math.min(1, near / total);
        if (confidence < MIN_CONFIDENCE) {
            return beyondPhotos ? Optional.of(window(lo, hi, used)) : Optional.empty();
        }
        LocalDate estimate = domain[0].plusDays(arg);
        List<DateSignal> evidence = new ArrayList<>(used);
        evidence.addAll(weighing.stream().filter(s -> !used.contains(s)).toList());
        return Optional.of(PublicationDate.inferred(estimate, lo, hi, round(confidence), evidence(evidence)));
    }

    /**
     * The days to weigh: the window when it is closed, else the years around those the dated events name (from
     * {@value #YEARS_BEFORE} year before the earliest to {@value #YEARS_AFTER} after the latest, the latest
     * {@code MAX_DAYS} days of that) within the window's open side; null when neither gives a closed range.
     */
    static LocalDate[] domain(List<DateSignal> points, LocalDate lo, LocalDate hi) {
        LocalDate from = null;
        LocalDate to = null;
        for (DateSignal p : points) {
            if (p.anchorFrom() != null) {
                from = min(from, p.anchorFrom());
                to = max(to, p.anchorTo());
            }
        }
        LocalDate a;
        LocalDate b;
        if (lo != null && hi != null) {
            a = lo;
            b = hi;
            if (from != null && ChronoUnit.DAYS.between(a, b) >= MAX_DAYS) {
                a = max(a, from.minusYears(YEARS_BEFORE));
                b = min(b, to.plusYears(YEARS_AFTER));
                if (a.isAfter(b)) {
                    a = lo;
                    b = hi;
                }
            }
        } else if (from != null) {
            a = from.minusYears(YEARS_BEFORE);
            b = to.plusYears(YEARS_AFTER);
            if (lo != null) {
                a = max(a, lo);
                if (a.isAfter(b)) {
                    b = lo.plusYears(YEARS_AFTER);
                }
            }
            if (hi != null) {
                b = min(b, hi);
                if (a.isAfter(b)) {
                    a = hi.minusYears(YEARS_AFTER);
                }
            }
        } else {
            return null;
        }
        if (ChronoUnit.DAYS.between(a, b) >= MAX_DAYS) {
            a = b.minusDays(MAX_DAYS - 1);
        }
        a = max(a, LocalDate.of(ClueSignals.MIN_YEAR, 1, 1));
        b = min(b, LocalDate.of(ClueSignals.MAX_YEAR, 12, 31));
        return a.isAfter(b) ? null : new LocalDate[] {a, b};
    }

    private static PublicationDate window(LocalDate lo, LocalDate hi, List<DateSignal> used) {
        return PublicationDate.inferred(null, lo, hi, WINDOW_CONFIDENCE, evidence(used));
    }

    /** The evidence of the signals used: outside the text first, then in the order of the text. */
    private static List<DateEvidence> evidence(List<DateSignal> used) {
        return used.stream().sorted(Comparator.comparingInt(s -> s.span() == null ? -1 : s.span().start())).map(DateSignal::evidence).toList();
    }

    private static double round(double c) {
        return Math.round(c * 1000) / 1000.0;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}
