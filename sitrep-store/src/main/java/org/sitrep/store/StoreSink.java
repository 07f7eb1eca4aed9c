package org.sitrep.store;

import org.sitrep.pipeline.DocumentResult;
import org.sitrep.pipeline.DocumentSink;

/**
 * The store as a batch's sink: each analysed document is put (replacing its block atomically), and the store commits at
 * each checkpoint and at the end of each input, never in between, so an interrupted batch leaves every input (and every
 * stretch of a long archive) it finished stored and nothing half-written. Skipped documents are not the store's concern.
 * The caller owns the store and closes it; closing the sink commits nothing.
 */
public final class StoreSink implements DocumentSink {
    private final SitrepStore store;
    private int stored;
    private int uncommitted;

    public StoreSink(SitrepStore store) {
        if (store == null) {
            throw new IllegalArgumentException("The parameter 'store' must not be null.");
        }
        this.store = store;
    }

    @Override
    public void accept(DocumentResult result) {
        if (result instanceof DocumentResult.Ok ok) {
            store.put(ok.document());
            stored++;
            uncommitted++;
        }
    }

    @Override
    public void checkpoint() {
        store.commit();
        uncommitted = 0;
    }

    /** Articles put so far, committed or not. */
    public int stored() {
        return stored;
    }

    /** Articles put since the last commit: what a crash now would lose. */
    public int uncommitted() {
        return uncommitted;
    }
}
