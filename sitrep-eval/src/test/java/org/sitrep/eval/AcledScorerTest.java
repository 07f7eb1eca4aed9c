package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcledScorerTest {
    private static final String HEADER = "event_id_cnty,event_date,year,event_type,sub_event_type,inter1,inter2,country,latitude,longitude,notes,fatalities\n";

    @Test
    void rows_are_read_with_their_dates_and_bad_fields_reported() {
        AcledGold g = AcledGold.of("g.csv", CsvTable.parse("g.csv", HEADER
                + "P1,31-Dec-24,2024,Battles,Armed clash,Political militia,,Palestine,31.5,34.46,\"On 31 December 2024, militants clashed.\",2\n"
                + "P2,31-Dec-24,2024,Battles,Armed clash,Political militia,,Palestine,north,34.46,x,0\n"));
        assertEquals(1, g.records().size());
        assertEquals(LocalDate.of(2024, 12, 31), g.records().get(0).date());
        assertEquals("", g.records().get(0).inter2());
        assertEquals(List.of("g.csv:3: For input string: \"north\"; row skipped"), g.problems());
        assertEquals(0, g.ofYear(2023).size());
    }

    @Test
    void a_missing_column_is_named() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AcledGold.of("g.csv", CsvTable.parse("g.csv", "event_id_cnty\nP1\n")));
        assertEquals("g.csv:1: no column 'event_date' in the header", e.getMessage());
    }

    @Test
    void each_field_is_scored_and_no_prediction_misses_all() {
        AcledRecord air = new AcledRecord("A", LocalDate.of(2023, 10, 9), 2023, "Explosions/Remote violence", "Air/drone strike",
                "External/Other forces", "Civilians", "Palestine", 31.50, 34.46, "notes", 3);
        AcledRecord clash = new AcledRecord("B", LocalDate.of(2023, 10, 9), 2023, "Battles", "Armed clash", "Political militia", "",
                "Palestine", 31.50, 34.46, "notes", 0);
        AcledScorer s = new AcledScorer();
        s.add(air, new AcledScorer.Predicted("Explosions/Remote violence", "Air/drone strike", "External/Other forces", null, "Palestine",
                31.60, 34.46, 3));
        s.add(clash, null);
        assertEquals(0.5, s.subTypeAccuracy());
        assertEquals(0.0, s.actor2Accuracy()); // "Civilians" was not predicted, and B had no prediction
        assertEquals(0.5, s.locationAccuracy()); // 11 km away
        assertEquals(0.5, s.fatalityAccuracy());
        assertEquals(0.5, s.subTypeMacroF1()); // F1 1 for air strikes, 0 for clashes
        assertEquals(List.of("B"), s.misses(AcledScorer.Field.SUB_EVENT).stream().map(m -> m.gold().id()).toList());
    }

    @Test
    void a_blank_second_actor_is_none_and_far_is_a_miss() {
        AcledRecord clash = new AcledRecord("B", LocalDate.of(2023, 10, 9), 2023, "Battles", "Armed clash", "Political militia", "",
                "Palestine", 31.50, 34.46, "notes", 0);
        AcledScorer s = new AcledScorer();
        s.add(clash, new AcledScorer.Predicted("Battles", "Armed clash", "Political militia", null, "Palestine", 31.95, 35.23, 0));
        assertEquals(1.0, s.actor2Accuracy());
        assertEquals(0.0, s.locationAccuracy());
    }
}
