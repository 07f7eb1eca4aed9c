package org.sitrep.store;

import java.io.PrintWriter;
import java.util.List;

/**
 * RFC 4180 output: fields separated by commas, records ended by CRLF, a field holding a comma, a double quote, a
 * carriage return or a line feed enclosed in double quotes with its quotes doubled; null is an empty field. The
 * exports and {@code sitrep timeline --format csv} write through it.
 */
public final class Csv {
    private Csv() {}

    /** One field as it is written. */
    public static String field(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** Writes one record. */
    public static void row(PrintWriter out, List<?> values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(field(values.get(i)));
        }
        out.print(sb.append("\r\n"));
    }
}
