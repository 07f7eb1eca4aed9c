package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.InputFormat;
import org.sitrep.store.SitrepStore;
import org.sitrep.web.Ingestor;
import picocli.CommandLine;

/** Issue 11: {@code sitrep serve}'s options, checked without starting the server or loading the models. */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void a_port_out_of_range_is_a_usage_error_naming_the_option() {
        Cli r = Cli.run("serve", "--store", dir.resolve("index").toString(), "--port", "70000");
        assertEquals(2, r.exit());
        assertThat(r.err()).contains("Invalid value for option '--port': must be between 0 and 65535, got 70000");
    }

    /** The reading options serve shares with ingest apply to what POST /api/ingest reads, not only to the command line. */
    @Test
    void requests_are_read_with_the_input_format_and_the_file_size_limit_serve_was_given() throws Exception {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--input-format", "dump", "--max-file-mb", "1");
        try (SitrepStore store = SitrepStore.open(dir.resolve("index"))) {
            StoreIngestor ingestor = new StoreIngestor(store, serve.analysis, serve.input, new PrintWriter(new StringWriter()));
            byte[] body = new byte[2 * 1024 * 1024];
            java.util.Arrays.fill(body, (byte) 'a');
            Ingestor.Request unnamed = new Ingestor.Request(body, "", "text/plain", null, null, null);
            assertEquals(InputFormat.DUMP, ingestor.format(unnamed));
            assertEquals(InputFormat.HTML, ingestor.format(new Ingestor.Request(body, "", "text/plain", null, "html", null)));
            IngestException tooBig = assertThrows(IngestException.class, () -> ingestor.reader(unnamed).open("request", body, "", "text/plain"));
            assertThat(tooBig.problem()).contains("over the 1.0 MB limit; raise --max-file-mb");
        }
    }
}
