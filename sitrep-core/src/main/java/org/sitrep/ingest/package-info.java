/**
 * Ingest: files, directories and standard input ({@code -}) in, {@link org.sitrep.model.RawDocument}s out. Reads
 * plain and gzip input (gzip by name or by magic bytes), refuses what it cannot read by name
 * ({@link org.sitrep.ingest.FormatSniffer}: PDF, Office files, and in AUTO also HTML, feeds, XML and JSON documents),
 * decodes bytes ({@link org.sitrep.ingest.TextDecoder}: UTF-8, UTF-16 with a byte-order mark, legacy charsets), picks a
 * format, splits dumps into articles ({@link org.sitrep.ingest.DumpSplitter}) and reads JSONL, with record dates read
 * by {@link org.sitrep.ingest.DateParser}. Errors and warnings name the file or record; one bad input never stops the
 * others. Next: {@code org.sitrep.clean}.
 */
package org.sitrep.ingest;
