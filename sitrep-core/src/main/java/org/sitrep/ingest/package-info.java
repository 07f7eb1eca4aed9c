/**
 * Ingest: files and directories in, {@link org.sitrep.model.RawDocument}s out. Reads plain and gzip files, decodes
 * bytes ({@link org.sitrep.ingest.TextDecoder}), picks a format, splits dumps into articles
 * ({@link org.sitrep.ingest.DumpSplitter}) and reads JSONL. Errors name the file or record; one bad input never stops
 * the others. Next: {@code org.sitrep.clean}.
 */
package org.sitrep.ingest;
