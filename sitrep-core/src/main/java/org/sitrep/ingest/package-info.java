/**
 * Ingest: files, directories, standard input ({@code -}) and http(s) URLs in, a lazy stream of
 * {@link org.sitrep.model.RawDocument}s out, one {@link org.sitrep.ingest.ReadItem} per record.
 * {@link org.sitrep.ingest.SourceReader} opens each input (plain or gzip, by name or magic bytes; URLs through
 * {@code ingest.fetch}) and hands it to the {@link org.sitrep.ingest.DocumentReader} of its format, chosen by name or,
 * for AUTO, by {@link org.sitrep.ingest.Readers#detect} from the input's start ({@link org.sitrep.ingest.FormatSniffer}:
 * WARC, feeds, HTML and JSON Lines are recognised; PDF, Office files, other XML and JSON documents are refused by name).
 * One reader per format, registered in {@link org.sitrep.ingest.Readers}: text and dump
 * ({@link org.sitrep.ingest.PlainReader}, decoded by {@link org.sitrep.ingest.TextDecoder}, split by
 * {@link org.sitrep.ingest.DumpSplitter}), JSON Lines ({@link org.sitrep.ingest.JsonlReader}, line by line, dates by
 * {@link org.sitrep.ingest.DateParser}), saved pages ({@code ingest.html}), RSS/Atom ({@code ingest.feed}) and WARC
 * ({@code ingest.warc}). Archives stream record by record in bounded memory. Errors and warnings name the file or
 * record; one bad input or record never stops the others. Next: {@code org.sitrep.clean}.
 */
package org.sitrep.ingest;
