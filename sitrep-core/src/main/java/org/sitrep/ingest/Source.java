package org.sitrep.ingest;

/**
 * One input of a batch, not yet opened: a file, standard input, a URL, or anything else that can give records (the
 * watch command's unseen feed items). {@link #open()} is called once, when the batch reaches it.
 */
public interface Source {
    /** The name in messages: a path, a URL, {@code <stdin>}. */
    String name();

    /** Opens the input's records; throws when the input cannot be read at all. The caller closes the stream. */
    RecordStream open() throws IngestException;

    /** A source that fails when opened: a path that could not be listed, given in its place in the batch. */
    static Source failed(String name, String problem) {
        return new Source() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public RecordStream open() throws IngestException {
                throw new IngestException(name, problem);
            }
        };
    }
}
