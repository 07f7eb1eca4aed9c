package org.sitrep.cli;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for the tests: CRLF records, quoted fields with doubled quotes; anything else fails. */
final class Rfc4180 {
    private Rfc4180() {}

    static List<List<String>> parse(String s) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        int i = 0;
        boolean fieldStart = true;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (fieldStart && c == '"') {
                i++;
                while (true) {
                    if (i >= s.length()) {
                        throw new IllegalArgumentException("unterminated quoted field in record " + (rows.size() + 1));
                    }
                    char q = s.charAt(i);
                    if (q == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        f.append('"');
                        i += 2;
                    } else if (q == '"') {
                        i++;
                        break;
                    } else {
                        f.append(q);
                        i++;
                    }
                }
                fieldStart = false;
                if (i < s.length() && s.charAt(i) != ',' && s.charAt(i) != '\r') {
                    throw new IllegalArgumentException("text after a closing quote in record " + (rows.size() + 1) + " at " + i);
                }
            } else if (c == ',') {
                row.add(f.toString());
                f.setLength(0);
                fieldStart = true;
                i++;
            } else if (c == '\r') {
                if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') {
                    throw new IllegalArgumentException("a CR without LF in record " + (rows.size() + 1));
                }
                row.add(f.toString());
                f.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                fieldStart = true;
                i += 2;
            } else if (c == '"' || c == '\n') {
                throw new IllegalArgumentException("a bare " + (c == '"' ? "quote" : "LF") + " in record " + (rows.size() + 1) + " at " + i);
            } else {
                f.append(c);
                fieldStart = false;
                i++;
            }
        }
        if (!fieldStart || !row.isEmpty()) {
            throw new IllegalArgumentException("the last record does not end with CRLF");
        }
        return rows;
    }
}
