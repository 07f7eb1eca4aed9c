package org.sitrep.pipeline;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What a batch made of one whole input: how many records it held, how many became documents, how many were skipped
 * (each reported as an error line) and how many were passed over by design, by reason (WARC requests, redirects, PDFs).
 * {@code archive} is set for archives and feeds, whose summary is worth a line of its own.
 */
public record InputSummary(String input, boolean archive, int records, int documents, int skipped, Map<String, Integer> passed) {
    public InputSummary {
        passed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(passed));
    }

    /** {@code crawl.warc.gz: 7 records: 3 articles, 1 skipped; passed over: 2 request, 1 redirect}. */
    public String line() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s: %d records: %d articles, %d skipped", input, records,
                documents, skipped));
        if (!passed.isEmpty()) {
            StringJoiner j = new StringJoiner(", ");
            passed.forEach((reason, n) -> j.add(n + " " + reason));
            sb.append("; passed over: ").append(j);
        }
        return sb.toString();
    }
}
