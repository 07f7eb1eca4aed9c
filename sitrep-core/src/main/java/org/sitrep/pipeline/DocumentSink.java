package org.sitrep.pipeline;

/**
 * Where a batch's results go: the store, JSON or JSON Lines output, a report on the terminal; later Solr or Parquet.
 * A batch calls, on one thread and in input order:
 * <ol>
 *   <li>{@link #accept(DocumentResult)} for each document, analysed or skipped;</li>
 *   <li>{@link #checkpoint()} after a long stretch of one archive, and {@link #inputDone(InputSummary)} after the last
 *       result of each input: everything accepted so far is complete, and a sink that keeps state durably (the store)
 *       makes it durable there, never in between, so that a crash leaves whole documents and whole stretches;</li>
 *   <li>nothing after the batch returns: the sink's owner closes it.</li>
 * </ol>
 * A sink that throws stops the batch; what it had not made durable is for it to discard.
 */
public interface DocumentSink extends AutoCloseable {
    /** One document's result. */
    void accept(DocumentResult result);

    /** A stretch of a long archive is complete: make it durable. */
    default void checkpoint() {}

    /** An input is complete; {@code summary} counts its records. Make what was accepted durable. */
    default void inputDone(InputSummary summary) {
        checkpoint();
    }

    /** Ends the output (a JSON array's closing bracket). Never makes anything durable that was not checkpointed. */
    @Override
    default void close() {}
}
