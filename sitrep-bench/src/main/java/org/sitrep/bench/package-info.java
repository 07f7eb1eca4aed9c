/**
 * Benchmarks, run by hand ({@code ./bench}), never as unit tests: each reports Sitrep against a peer measured in the
 * same run, as a ratio. Figures go to docs/benchmarks.md.
 */
package org.sitrep.bench;
