/**
 * The {@code sitrep} command line (picocli): one class per subcommand. Assembles the standard pipeline
 * ({@link org.sitrep.cli.Sitrep}) and hands documents to the printer or the store.
 */
package org.sitrep.cli;
