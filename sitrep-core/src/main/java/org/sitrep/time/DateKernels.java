package org.sitrep.time;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.internal.Tsv;

/**
 * How much each kind of article-date evidence weighs each possible article date, from the bundled
 * {@code docdate-kernels.tsv}: for a kind of evidence and a tense, weights over the gap between the article date and
 * the date the evidence names (in days, months or years by kind; for a weekday, the days from that weekday to the
 * article date, 0 to 6). Immutable once loaded.
 */
final class DateKernels {
    /**
     * The weight of each gap: a gap in a range weighs the range's weight at the range's middle and changes gradually
     * (log-linearly) towards the middle of the range next to it, when the two ranges touch; a gap in no range weighs
     * {@code floor}. A range {@code from..to} holds the gaps from {@code from - 0.5} to {@code to + 0.5}, so that
     * gaps measured in fractions (of a month, of a year) fall in the range of the nearest whole number.
     */
    record Kernel(List<Range> ranges, double floor) {
        Kernel {
            ranges = ranges.stream().sorted(java.util.Comparator.comparingLong(Range::from)).toList();
            for (int i = 1; i < ranges.size(); i++) {
                if (ranges.get(i).from() <= ranges.get(i - 1).to()) {
                    throw new IllegalArgumentException("Kernel ranges overlap: " + ranges.get(i - 1) + " and " + ranges.get(i));
                }
            }
        }

        double weight(double gap) {
            return Math.exp(logWeight(gap));
        }

        /** The natural logarithm of {@link #weight}. */
        double logWeight(double gap) {
            for (int i = 0; i < ranges.size(); i++) {
                Range r = ranges.get(i);
                if (gap < r.from() - 0.5 || gap >= r.to() + 0.5) {
                    continue;
                }
                double mid = (r.from() + r.to()) / 2.0;
                Range other = null;
                if (gap >= mid && i + 1 < ranges.size() && ranges.get(i + 1).from() == r.to() + 1) {
                    other = ranges.get(i + 1);
                } else if (gap < mid && i > 0 && ranges.get(i - 1).to() == r.from() - 1) {
                    other = ranges.get(i - 1);
                }
                if (other == null) {
                    return r.logWeight();
                }
                double otherMid = (other.from() + other.to()) / 2.0;
                double t = (gap - mid) / (otherMid - mid);
                return (1 - t) * r.logWeight() + t * other.logWeight();
            }
            return Math.log(floor);
        }
    }

    /** Gaps from {@code from} to {@code to} (inclusive) weigh {@code weight}. */
    record Range(long from, long to, double weight) {
        double logWeight() {
            return Math.log(weight);
        }
    }

    private static final DateKernels BUNDLED = Tsv.bundled(DateKernels.class, "docdate-kernels.tsv", in -> read("docdate-kernels.tsv", in));

    private final Map<String, Kernel> kernels;

    private DateKernels(Map<String, Kernel> kernels) {
        this.kernels = Map.copyOf(kernels);
    }

    static DateKernels bundled() {
        return BUNDLED;
    }

    /** Reads a kernel file; a malformed row fails naming its file and line (the file is bundled: a broken build). */
    static DateKernels read(String name, InputStream in) throws IOException {
        Map<String, Kernel> m = new HashMap<>();
        for (Tsv.Row row : Tsv.read(name, in)) {
            if (row.cells().length != 4) {
                throw new IllegalStateException(row.where() + "expected 4 columns (kind, tense, gaps, floor), got " + row.cells().length);
            }
            String[] c = row.cells();
            List<Range> ranges = new ArrayList<>();
            for (String part : Tsv.list(c[2].replace(';', '|'))) {
                ranges.add(range(row.where(), part.strip()));
            }
            double floor = weight(row.where(), c[3].strip());
            String key = key(c[0].strip(), c[1].strip());
            Kernel kernel;
            try {
                kernel = new Kernel(ranges, floor);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(row.where() + e.getMessage());
            }
            if (m.put(key, kernel) != null) {
                throw new IllegalStateException(row.where() + "a second row for " + c[0] + " " + c[1]);
            }
        }
        return new DateKernels(m);
    }

    /** "from..to=weight" (a single gap may be written "n=weight"). */
    private static Range range(String where, String part) {
        int eq = part.indexOf('=');
        if (eq < 0) {
            throw new IllegalStateException(where + "a range needs '=weight', got '" + part + "'");
        }
        String span = part.substring(0, eq).strip();
        int dots = span.indexOf("..", 1);
        try {
            long from = Long.parseLong(dots < 0 ? span : span.substring(0, dots));
            long to = dots < 0 ? from : Long.parseLong(span.substring(dots + 2));
            if (to < from) {
                throw new IllegalStateException(where + "range '" + span + "' ends before it starts");
            }
            return new Range(from, to, weight(where, part.substring(eq + 1).strip()));
        } catch (NumberFormatException e) {
            throw new IllegalStateException(where + "range '" + span + "' is not from..to in whole numbers");
        }
    }

    private static double weight(String where, String v) {
        try {
            double w = Double.parseDouble(v);
            if (w > 0 && w <= 1) {
                return w;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalStateException(where + "a weight must be a number in (0, 1], got '" + v + "'");
    }

    private static String key(String kind, String tense) {
        return kind.toUpperCase(Locale.ROOT) + "/" + tense.toUpperCase(Locale.ROOT);
    }

    /** The kernel of a kind for a tense, falling back to the kind's row for tense {@code *}. */
    Optional<Kernel> kernel(String kind, Tense tense) {
        Kernel k = kernels.get(key(kind, tense.name()));
        return Optional.ofNullable(k != null ? k : kernels.get(key(kind, "*")));
    }

    /** As {@link #kernel}, throwing when the file has no row for the kind: the bundled file must cover every kind. */
    Kernel get(String kind, Tense tense) {
        return kernel(kind, tense).orElseThrow(() -> new IllegalStateException("docdate-kernels.tsv has no row for " + kind + " " + tense));
    }
}
