package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

class PipelineTest {
    private record Fake(String name, Set<Layer> requires, Set<Layer> provides) implements Stage {
        @Override
        public Document apply(Document document) {
            return document;
        }
    }

    @Test
    void a_stage_before_its_provider_fails_at_build_time_naming_both() {
        Stage claims = new Fake("claims", Set.of(Layer.TOKENS), Set.of(Layer.CLAIMS));
        Stage annotate = new Fake("annotate", Set.of(Layer.TEXT), Set.of(Layer.TOKENS));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Pipeline.builder().add(claims).add(annotate).build());
        assertEquals("Stage 'claims' requires TOKENS, which no earlier stage provides (it is provided by 'annotate', which must come "
                + "before it); chain so far: []", e.getMessage());
    }

    @Test
    void a_well_ordered_chain_builds_and_reports_each_stage() {
        Pipeline p = Pipeline.builder().add(new Fake("annotate", Set.of(Layer.TEXT), Set.of(Layer.TOKENS)))
                .add(new Fake("claims", Set.of(Layer.TOKENS), Set.of(Layer.CLAIMS))).build();
        assertEquals(List.of("annotate", "claims"), p.report().stream().map(StageReport::stage).toList());
    }

    @Test
    void a_null_stage_is_refused_by_parameter_name() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Pipeline.builder().add(null));
        assertEquals("The parameter 'stage' must not be null.", e.getMessage());
    }
}
