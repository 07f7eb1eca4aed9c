package org.sitrep.ingest;

import java.util.Locale;

/** Reads the parts of a MIME type such as {@code text/html; charset=windows-1256}. */
public final class ContentTypes {
    private ContentTypes() {}

    /** The lower-case type without parameters ({@code text/html}), or "" for null or blank. */
    public static String base(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /** The {@code charset} parameter without quotes, or null. */
    public static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String v = p.substring(8).strip();
                if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
                    v = v.substring(1, v.length() - 1);
                }
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }

    /** True for HTML and XHTML pages. */
    public static boolean isHtml(String contentType) {
        String b = base(contentType);
        return b.equals("text/html") || b.equals("application/xhtml+xml");
    }
}
