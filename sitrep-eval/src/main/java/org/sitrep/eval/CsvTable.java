package org.sitrep.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An RFC 4180 CSV file read whole: a header row naming the columns, then records whose fields may be quoted (a quoted
 * field may hold commas, line breaks and doubled quotes). A broken record (a stray quote in an unquoted field, text
 * after a closing quote, an unclosed quote, the wrong number of fields) is skipped and reported as
 * {@code file:line: what}, the line being where the record starts; the rest of the file is read.
 *
 * @param header   the column names, in order
 * @param rows     the records read, each with the line it starts on
 * @param problems one message per record skipped
 */
public record CsvTable(List<String> header, List<Row> rows, List<String> problems) {
    /** One record: the line it starts on and its fields by column. */
    public record Row(int line, List<String> fields, Map<String, Integer> columns) {
        /** The field of {@code column}; an unknown column is an error naming it. */
        public String get(String column) {
            Integer k = columns.get(column);
            if (k == null) {
                throw new IllegalArgumentException("No column '" + column + "' (columns: " + columns.keySet() + ")");
            }
            return fields.get(k);
        }
    }

    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public static CsvTable read(Path file) throws IOException {
        return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Parses {@code text}; {@code name} is what messages call the file. An empty text has no header and no rows. */
    public static CsvTable parse(String name, String text) {
        Parser p = new Parser(name, text.startsWith("\uFEFF") ? text.substring(1) : text);
        List<String> header = null;
        Map<String, Integer> columns = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        while (!p.atEnd()) {
            int line = p.line;
            Optional<List<String>> record = p.next(problems);
            if (record.isEmpty()) {
                continue;
            }
            List<String> fields = record.get();
            if (fields.size() == 1 && fields.get(0).isEmpty()) {
                continue; // a blank line
            }
            if (header == null) {
                header = fields;
                for (int k = 0; k < fields.size(); k++) {
                    columns.put(fields.get(k).strip(), k);
                }
            } else if (fields.size() != header.size()) {
                problems.add(name + ":" + line + ": expected " + header.size() + " fields, found " + fields.size() + "; row skipped");
            } else {
                rows.add(new Row(line, List.copyOf(fields), columns));
            }
        }
        return new CsvTable(header == null ? List.of() : header, rows, problems);
    }

    /** Reads one record at a time; {@code line} is the 1-based line the next record starts on. */
    private static final class Parser {
        private final String name;
        private final String text;
        private int at;
        private int line = 1;

        Parser(String name, String text) {
            this.name = name;
            this.text = text;
        }

        boolean atEnd() {
            return at >= text.length();
        }

        /** The next record, or empty (with a problem added) when it is broken; either way the parser moves past it. */
        Optional<List<String>> next(List<String> problems) {
            int start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            String broken = null;
            boolean quoted = false; // inside quotes
            boolean wasQuoted = false; // the current field was a quoted one, now closed
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (quoted) {
                    if (c == '"') {
                        if (at < text.length() && text.charAt(at) == '"') {
                            field.append('"');
                            at++;
                        } else {
                            quoted = false;
                            wasQuoted = true;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append(c);
                    }
                    continue;
                }
                if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    wasQuoted = false;
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && at < text.length() && text.charAt(at) == '\n') {
                        at++;
                    }
                    line++;
                    break;
                } else if (broken != null) {
                    continue; // skip the rest of a broken record's line
                } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                    quoted = true;
                } else if (wasQuoted) {
                    broken = "text after a closing quote";
                } else if (c == '"') {
                    broken = "a quote inside an unquoted field";
                } else {
                    field.append(c);
                }
            }
            if (quoted) {
                broken = "a quoted field is not closed before the end of the file";
            }
            if (broken != null) {
                problems.add(name + ":" + start + ": " + broken + "; row skipped");
                return Optional.empty();
            }
            fields.add(field.toString());
            return Optional.of(fields);
        }
    }
}
