/**
 * The {@code sitrep} command line (picocli): one class per subcommand. Assembles the standard pipeline
 * ({@link org.sitrep.cli.Sitrep}) and hands results to a sink: the printer ({@code OutputSink}) or the store
 * ({@code StoreSink}), through {@code ReportingSink}, which writes the error, warning and summary lines. Options shared
 * by commands are mixins: {@code AnalysisOptions} (knowledge, limits), {@code InputOptions} (format, size, fetching),
 * {@code FetchOptions} (politeness of the fetcher), {@code StoreOption}.
 */
package org.sitrep.cli;
