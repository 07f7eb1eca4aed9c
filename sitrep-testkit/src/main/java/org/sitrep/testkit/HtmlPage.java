package org.sitrep.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a news page the way sites do: navigation, a headline, a dateline in the metadata, paragraphs, a figure with a
 * caption, a footer. Tests pass their own short paragraphs; no page is copied from anywhere.
 */
public final class HtmlPage {
    private final String title;
    private final List<String> paragraphs = new ArrayList<>();
    private String published;
    private String site = "Example Wire";
    private String caption;
    private String charsetMeta = "utf-8";

    private HtmlPage(String title) {
        this.title = title;
    }

    public static HtmlPage titled(String title) {
        return new HtmlPage(title);
    }

    /** The {@code article:published_time} meta value, as written. */
    public HtmlPage published(String value) {
        this.published = value;
        return this;
    }

    public HtmlPage site(String name) {
        this.site = name;
        return this;
    }

    public HtmlPage caption(String text) {
        this.caption = text;
        return this;
    }

    /** The {@code <meta charset>} value; null leaves the declaration out. */
    public HtmlPage charset(String name) {
        this.charsetMeta = name;
        return this;
    }

    public HtmlPage paragraph(String text) {
        paragraphs.add(text);
        return this;
    }

    public String html() {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n");
        if (charsetMeta != null) {
            sb.append("<meta charset=\"").append(charsetMeta).append("\">\n");
        }
        sb.append("<title>").append(title).append(" | ").append(site).append("</title>\n");
        sb.append("<meta property=\"og:title\" content=\"").append(title).append("\">\n");
        sb.append("<meta property=\"og:site_name\" content=\"").append(site).append("\">\n");
        if (published != null) {
            sb.append("<meta property=\"article:published_time\" content=\"").append(published).append("\">\n");
        }
        sb.append("</head>\n<body>\n<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li></ul>")
                .append("<p>Subscribe to our newsletter</p></nav>\n<article>\n<h1>").append(title).append("</h1>\n");
        if (caption != null) {
            sb.append("<figure><img src=\"/a.jpg\" alt=\"\"><figcaption>").append(caption).append("</figcaption></figure>\n");
        }
        for (String p : paragraphs) {
            sb.append("<p>").append(p).append("</p>\n");
        }
        sb.append("</article>\n<footer><p>Copyright ").append(site).append("</p></footer>\n</body>\n</html>\n");
        return sb.toString();
    }
}
