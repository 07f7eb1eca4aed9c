/**
 * Test fixtures in the shape of the seed dump, written by the tests themselves (no article text is copied in).
 * Depends on nothing in Sitrep, so every module can use it at test scope.
 */
package org.sitrep.testkit;
