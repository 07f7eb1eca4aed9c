package org.sitrep.eval;

/**
 * A system that takes one saved web page and returns its article body as plain text, scored by
 * {@link ShingleScore}. Sitrep's extractor and the Java peers ({@link ExtractionPeers}) all take the same decoded HTML.
 */
public interface BodyExtractor {
    /** The name printed in the results table. */
    String name();

    /** The body text of {@code html}; {@code url} is the page's address, or null. Never null; "" when nothing is found. */
    String body(String html, String url) throws Exception;
}
