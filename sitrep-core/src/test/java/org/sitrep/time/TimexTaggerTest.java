package org.sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.time.TimexFixture.values;

import org.junit.jupiter.api.Test;

class TimexTaggerTest {
    @Test
    void relativeMonths() {
        assertThat(values("He said/VBD last April", "1989-10-26")).containsExactly("last April=1989-04");
    }
}
