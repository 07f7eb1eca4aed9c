package org.sitrep.store;

/**
 * The store was written by an older Sitrep without the index fields a reader needs (the event analytics fields): it
 * still opens and searches, but must be rebuilt (its articles ingested again into a new store) for that reader.
 */
public final class StoreOutdatedException extends StoreException {
    private static final long serialVersionUID = 1L;

    public StoreOutdatedException(String message) {
        super(message);
    }
}
