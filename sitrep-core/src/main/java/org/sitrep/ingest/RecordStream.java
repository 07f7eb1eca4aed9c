package org.sitrep.ingest;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The records of one input, read lazily as the caller iterates: an archive is never held whole. A reader reports a
 * bad record as a {@link ReadItem.Failed} item and goes on; {@link #hasNext()} and {@link #next()} do not throw for
 * bad input. The caller closes the stream; closing releases what the reader opened (never the caller's input stream).
 */
public interface RecordStream extends Iterator<ReadItem>, AutoCloseable {
    /** True for archives and feeds: a batch then prints a summary line of the input's records. */
    default boolean archive() {
        return false;
    }

    @Override
    default void close() {}

    /** A stream over items already read. */
    static RecordStream of(List<? extends ReadItem> items) {
        Iterator<? extends ReadItem> it = List.copyOf(items).iterator();
        return new RecordStream() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public ReadItem next() {
                return it.next();
            }
        };
    }

    /**
     * A stream whose items are computed one at a time by {@link #computeNext()}; subclasses implement that and, when
     * they hold resources, {@link #close()}.
     */
    abstract class Lazy implements RecordStream {
        private ReadItem next;
        private boolean done;

        /** The next item, or null at the end. Runs on the caller's thread. */
        protected abstract ReadItem computeNext();

        @Override
        public final boolean hasNext() {
            if (next == null && !done) {
                next = computeNext();
                done = next == null;
            }
            return next != null;
        }

        @Override
        public final ReadItem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ReadItem item = next;
            next = null;
            return item;
        }
    }
}
