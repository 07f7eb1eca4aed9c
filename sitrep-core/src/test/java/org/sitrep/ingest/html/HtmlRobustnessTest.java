package org.sitrep.ingest.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.sitrep.testkit.PathologicalHtml;

/**
 * Pages that break extractors: each must come out with its article, without a stack overflow and in seconds. The
 * deep and malformed pages run on a thread with a small stack (256 KiB), so a recursive walk would fail here.
 */
class HtmlRobustnessTest {
    private final HtmlExtractor extractor = new HtmlExtractor();

    private ExtractedPage onSmallStack(String html) throws InterruptedException {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(extractor.extract(html.getBytes(StandardCharsets.UTF_8), null));
            } catch (Throwable e) {
                result.set(e);
            }
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        if (result.get() instanceof Throwable e) {
            throw new AssertionError("extraction failed: " + e, e);
        }
        return (ExtractedPage) result.get();
    }

    private void assertArticle(ExtractedPage p) {
        assertTrue(p.text().contains(PathologicalHtml.MARKER), () -> p.text().substring(0, Math.min(300, p.text().length())));
        assertFalse(p.text().contains("All rights reserved"));
    }

    @Test
    void ten_thousand_levels_of_nesting() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertArticle(onSmallStack(PathologicalHtml.DEEP_NESTING.html(10_000))));
    }

    @Test
    void ten_thousand_unclosed_inline_elements() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertArticle(onSmallStack(PathologicalHtml.UNCLOSED_INLINE.html(10_000))));
    }

    @Test
    void malformed_markup_and_an_unclosed_script() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            ExtractedPage p = onSmallStack(PathologicalHtml.MALFORMED.html(600));
            assertTrue(p.text().contains(PathologicalHtml.MARKER));
            assertTrue(p.text().contains("Aid agencies said the village was quiet overnight."));
            assertFalse(p.text().contains("var x"));
        });
    }

    @Test
    void a_twenty_megabyte_page() {
        String html = PathologicalHtml.HUGE_PAGE.html(20_000_000);
        assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
            ExtractedPage p = extractor.extract(html.getBytes(StandardCharsets.UTF_8), null);
            assertArticle(p);
            assertTrue(p.text().length() > 15_000_000, "text length " + p.text().length());
        });
    }
}
