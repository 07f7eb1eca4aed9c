package org.sitrep.pipeline;

import java.util.Set;
import org.sitrep.model.Document;

/**
 * One step of the pipeline. The contract, written once here:
 * <ol>
 *   <li>A stage declares the layers it {@link #requires()} and those it {@link #provides()}; {@link Pipeline.Builder#build()}
 *       refuses a chain in which a requirement is not provided by an earlier stage.</li>
 *   <li>{@link #apply(Document)} returns a new Document with its layers filled; it never mutates its input and keeps
 *       no per-document state, so one instance serves many threads.</li>
 *   <li>Heavy resources (models, dictionaries) are loaded once, by whoever builds the stage, and shared.</li>
 *   <li>A stage that cannot process a document throws; the batch records the failure and goes on with the next.</li>
 * </ol>
 */
public interface Stage {
    /** A short lower-case name used in reports and error messages ("annotate", "claims"). */
    String name();

    Set<Layer> requires();

    Set<Layer> provides();

    Document apply(Document document);
}
