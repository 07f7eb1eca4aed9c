package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Layout;

/** Issue 5: {@code -} reads standard input, here an injected stream. */
class StdinTest {
    private static SourceReader reader(byte[] stdin, long maxBytes) {
        return new SourceReader(InputFormat.AUTO, maxBytes, new ByteArrayInputStream(stdin));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void dash_reads_standard_input_as_one_source() throws Exception {
        ReadResult r = reader(utf8("Talks resume\n\nNegotiators met in Doha.\n"), 1024).read(Path.of("-"));
        assertEquals(1, r.documents().size());
        assertEquals("<stdin>", r.documents().get(0).source());
        assertEquals(Layout.TEXT, r.documents().get(0).layout());
    }

    @Test
    void json_lines_on_standard_input_name_their_records() throws Exception {
        ReadResult r = reader(utf8("{\"text\":\"Negotiators met.\"}\n{oops\n"), 1024).read(Inputs.STDIN);
        assertEquals(1, r.documents().size());
        assertEquals("<stdin>:1", r.documents().get(0).source());
        assertEquals("<stdin>:2: malformed JSON", r.errors().get(0).substring(0, "<stdin>:2: malformed JSON".length()));
    }

    @Test
    void gzip_on_standard_input_is_known_by_its_magic_bytes() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(utf8("Talks resume\n\nNegotiators met in Doha.\n"));
        }
        ReadResult r = reader(bytes.toByteArray(), 1024).read(Inputs.STDIN);
        assertEquals("Talks resume\n\nNegotiators met in Doha.\n", r.documents().get(0).content());
    }

    @Test
    void standard_input_is_bounded_by_the_size_limit() {
        IngestException e = assertThrows(IngestException.class, () -> reader(new byte[3 * 1024 * 1024], 1024 * 1024).read(Inputs.STDIN));
        assertEquals("<stdin>: file too large (more than the 1.0 MB limit; raise --max-file-mb to read it)", e.getMessage());
    }

    @Test
    void empty_standard_input_is_an_empty_file() {
        IngestException e = assertThrows(IngestException.class, () -> reader(new byte[0], 1024).read(Inputs.STDIN));
        assertEquals("<stdin>: empty file: no text to read", e.getMessage());
    }

    @Test
    void dash_is_kept_by_expansion_once() {
        Inputs.Expanded in = Inputs.expand(List.of(Path.of("-"), Path.of("-")));
        assertEquals(List.of(Path.of("-")), in.files());
        assertEquals(List.of("-: standard input is given more than once; it is read once"), in.errors());
    }
}
