package org.sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Caption;
import org.sitrep.model.DateSource;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.PublicationDate;

class PageSignalsTest {
    private static final PageSignals PAGE = new PageSignals(DateKernels.bundled());

    private static Article article(String source, PublicationDate published, List<Caption> captions) {
        String text = "Talks resumed.";
        return new Article("a", source, null, "t", published, captions, List.of(), text, "en", OffsetMap.shifted(0, text.length()));
    }

    @Test
    void a_caption_photo_date_is_a_lower_bound_naming_the_caption() {
        Caption c = new Caption("27 March 2023, Lebanon, Beirut: Najib Mikati speaks.", "AP", "2023-03-27", 0);
        List<DateSignal> s = PAGE.signals(article("a.txt", new PublicationDate(null, DateSource.UNKNOWN, LocalDate.of(2023, 3, 27)), List.of(c)));
        assertThat(s).singleElement().satisfies(x -> {
            assertEquals(LocalDate.of(2023, 3, 27), x.notBefore());
            assertNull(x.notAfter());
            assertNull(x.span(), "a caption is not in the article text");
            assertThat(x.says()).contains("caption").contains("27 March 2023, Lebanon");
        });
    }

    @Test
    void a_date_in_a_url_path_is_the_publication_day() {
        for (String url : List.of("https://www.reuters.com/world/middle-east/2024/10/25/lebanon-denies/", "https://example.com/news/2024-10-25-lebanon",
                "http://example.com/archive/20241025/lebanon.html")) {
            DateSignal s = PAGE.url(url);
            assertEquals(LocalDate.of(2024, 10, 25), s.notBefore(), url);
            assertEquals(DateSignal.Kind.POINT, s.kind());
            assertThat(s.weight().of(LocalDate.of(2024, 10, 25))).isGreaterThan(100 * s.weight().of(LocalDate.of(2024, 11, 25)));
        }
    }

    @Test
    void a_month_in_a_url_path_is_a_window() {
        DateSignal s = PAGE.url("https://example.com/2024/10/lebanon-denies");
        assertEquals(LocalDate.of(2024, 10, 1), s.notBefore());
        assertEquals(LocalDate.of(2024, 10, 31), s.notAfter());
    }

    @Test
    void no_date_no_impossible_date_and_no_file_path_is_read() {
        assertNull(PAGE.url("https://example.com/world/lebanon-denies-ceasefire"));
        assertNull(PAGE.url("https://example.com/2024/02/31/lebanon"));
        assertNull(PAGE.url("https://example.com/lebanon?d=2024/10/25/"), "the query is not the path");
        assertThat(PAGE.signals(article("/data/2024/10/25/lebanon.txt", PublicationDate.UNKNOWN, List.of()))).isEmpty();
    }
}
