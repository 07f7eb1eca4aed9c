package org.sitrep.store;

/** Another process holds the store's write lock (a {@code sitrep ingest} running beside a server); reading still works. */
public final class StoreLockedException extends StoreException {
    private static final long serialVersionUID = 1L;

    public StoreLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
