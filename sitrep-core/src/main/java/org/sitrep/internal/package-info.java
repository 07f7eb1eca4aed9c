/**
 * Helpers the packages of sitrep-core share and other modules must not call: reading the bundled tab-separated data
 * files ({@link org.sitrep.internal.Tsv}). Consumes resource streams; produces rows that know their file and line.
 */
package org.sitrep.internal;
