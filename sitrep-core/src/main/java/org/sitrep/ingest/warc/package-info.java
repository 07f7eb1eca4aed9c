/**
 * The WARC reader: a {@code .warc} or {@code .warc.gz} archive in, one raw HTML document per page response out,
 * streamed record by record with bounded memory (jwarc parses the records; {@code GzipMembers} reads a compressed
 * archive one gzip member at a time, so a damaged record costs only itself). Other records are counted by reason.
 * Next: {@code org.sitrep.clean}.
 */
package org.sitrep.ingest.warc;
