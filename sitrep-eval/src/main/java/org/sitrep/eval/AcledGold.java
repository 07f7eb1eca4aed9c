package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an ACLED export (CSV with ACLED's column names: event_id_cnty, event_date as {@code d-MMM-yy}, year,
 * event_type, sub_event_type, inter1, inter2, country, latitude, longitude, notes, fatalities). A row whose fields do
 * not parse is skipped and reported as {@code file:line: what}, like a broken CSV record.
 *
 * @param records  the rows read
 * @param problems one message per row skipped
 */
public record AcledGold(List<AcledRecord> records, List<String> problems) {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-MMM-yy", Locale.ENGLISH);
    private static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "event_type", "sub_event_type", "inter1",
            "inter2", "country", "latitude", "longitude", "notes", "fatalities");

    public AcledGold {
        records = List.copyOf(records);
        problems = List.copyOf(problems);
    }

    public static AcledGold read(Path file) throws IOException {
        return of(file.toString(), CsvTable.read(file));
    }

    /** The records of {@code table}; a missing column is an error naming the file and the column. */
    public static AcledGold of(String name, CsvTable table) {
        for (String c : COLUMNS) {
            if (!table.header().contains(c)) {
                throw new IllegalArgumentException(name + ":1: no column '" + c + "' in the header");
            }
        }
        List<AcledRecord> out = new ArrayList<>();
        List<String> problems = new ArrayList<>(table.problems());
        for (CsvTable.Row r : table.rows()) {
            try {
                out.add(new AcledRecord(r.get("event_id_cnty").strip(), LocalDate.parse(r.get("event_date").strip(), DATE),
                        Integer.parseInt(r.get("year").strip()), r.get("event_type").strip(), r.get("sub_event_type").strip(),
                        r.get("inter1").strip(), r.get("inter2").strip(), r.get("country").strip(),
                        Double.parseDouble(r.get("latitude").strip()), Double.parseDouble(r.get("longitude").strip()), r.get("notes"),
                        Integer.parseInt(r.get("fatalities").strip())));
            } catch (DateTimeParseException | NumberFormatException e) {
                problems.add(name + ":" + r.line() + ": " + e.getMessage() + "; row skipped");
            }
        }
        return new AcledGold(out, problems);
    }

    /** The records of {@code year}, or all of them when {@code year} is 0. */
    public List<AcledRecord> ofYear(int year) {
        return year == 0 ? records : records.stream().filter(r -> r.year() == year).toList();
    }
}
