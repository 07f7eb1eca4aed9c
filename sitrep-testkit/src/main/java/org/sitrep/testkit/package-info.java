/**
 * Test fixtures written by the tests themselves (no article text is copied in): scraped dumps in the shape of the seed
 * ({@link org.sitrep.testkit.ScrapedDump}), pathological documents ({@link org.sitrep.testkit.Pathological}), news pages
 * ({@link org.sitrep.testkit.HtmlPage}) and WARC archives ({@link org.sitrep.testkit.WarcFixture}, with jwarc).
 * Depends on nothing in Sitrep, so every module can use it at test scope.
 */
package org.sitrep.testkit;
