package org.sitrep.eval;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.util.List;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/**
 * The Java peers of Sitrep's HTML extractor, each used as its documentation shows: Readability4J (a port of Mozilla's
 * Readability.js; the body is the text of its article element) and boilerpipe's {@code ArticleExtractor} (text blocks
 * classified by word counts and link density; nekohtml parses the page). They live here, in the evaluation module only.
 */
public final class ExtractionPeers {
    private ExtractionPeers() {}

    /** Readability4J and boilerpipe, in that order. */
    public static List<BodyExtractor> all() {
        return List.of(readability4j(), boilerpipe());
    }

    public static BodyExtractor readability4j() {
        return new BodyExtractor() {
            @Override
            public String name() {
                return "readability4j";
            }

            @Override
            public String body(String html, String url) {
                Article article = new Readability4J(url == null ? "" : url, html).parse();
                String text = article.getTextContent();
                return text == null ? "" : text;
            }
        };
    }

    public static BodyExtractor boilerpipe() {
        return new BodyExtractor() {
            @Override
            public String name() {
                return "boilerpipe";
            }

            @Override
            public String body(String html, String url) throws Exception {
                String text = ArticleExtractor.INSTANCE.getText(html);
                return text == null ? "" : text;
            }
        };
    }
}
