package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Stance;
import org.sitrep.store.SitrepStore;

/** A store whose events predate the analytics fields still searches; the event views say it must be rebuilt (409), never a bare 500. */
class OutdatedStoreTest {
    @TempDir
    Path dir;

    @Test
    void the_event_views_of_an_outdated_store_answer_409_with_the_rebuild_message_and_search_still_works() throws Exception {
        Path index = dir.resolve("index");
        try (SitrepStore s = SitrepStore.open(index)) {
            s.put(WebFixtures.article("a1", LocalDate.of(2024, 10, 9), WebFixtures.HOCHSTEIN, "said", Stance.ASSERT, "talks resume"));
            s.commit();
        }
        // What an older Sitrep left: the same records, but no event-fields version in the commit.
        try (var d = org.apache.lucene.store.FSDirectory.open(index);
             var w = new org.apache.lucene.index.IndexWriter(d, new org.apache.lucene.index.IndexWriterConfig())) {
            w.setLiveCommitData(java.util.Map.<String, String>of().entrySet());
            w.commit();
        }
        try (SitrepStore store = SitrepStore.open(index)) {
            Javalin app = WebApp.create(store, WebSettings.of("t"), r -> {
                throw new IllegalStateException();
            }).start("127.0.0.1", 0);
            try {
                WebFixtures.Client client = WebFixtures.Client.of(app);
                for (String path : new String[] {"/api/events", "/api/timeline", "/api/export?format=jsonl", "/api/actors/org:hezbollah"}) {
                    HttpResponse<String> r = client.get(path);
                    assertEquals(409, r.statusCode(), path + " " + r.body());
                    assertThat(r.body()).contains("was written before events were indexed for analytics").contains("rebuild it");
                }
                assertEquals(1, client.json("/api/search?kind=article").get("total").asInt());
            } finally {
                app.stop();
            }
        }
    }
}
