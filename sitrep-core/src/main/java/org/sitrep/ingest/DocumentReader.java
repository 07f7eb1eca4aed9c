package org.sitrep.ingest;

/**
 * Reads one input format into raw documents: one implementation per format (text, dump, JSON Lines, HTML, RSS/Atom,
 * WARC), each registered once in {@link Readers}, which {@code --input-format} and AUTO choose from. A reader is made
 * once per batch from {@link ReaderSettings} and may be used for many inputs, one at a time.
 *
 * <p>The contract, in order:
 * <ol>
 *   <li>{@link #read(Input)} starts reading one input. It throws {@link IngestException} only when the input as a whole
 *       cannot be read (a single-document file that is too large or not text, a feed that is not XML).</li>
 *   <li>The returned {@link RecordStream} yields the input's records lazily, in order: a {@link ReadItem.Read} per
 *       document, a {@link ReadItem.Failed} per record that could not be read (the rest goes on), a
 *       {@link ReadItem.Passed} per record that holds no article by design. Archives are read record by record, so
 *       memory stays bounded by the largest record, never the archive.</li>
 *   <li>The caller closes the stream, then the input: the reader never closes {@link Input#raw()}.</li>
 * </ol>
 * Adding a format: one class implementing this interface and one line in {@link Readers}.
 */
public interface DocumentReader {
    /** Starts reading {@code input}; see the class comment for who owns what. */
    RecordStream read(Input input) throws IngestException;

    /**
     * True when the reader takes its input record by record (archives, JSON Lines): the per-file size limit then applies
     * to each record rather than the whole input.
     */
    default boolean streams() {
        return false;
    }

    /** True when the input may hold binary data (an archive's images and PDFs), which is then not refused up front. */
    default boolean readsBinary() {
        return false;
    }
}
