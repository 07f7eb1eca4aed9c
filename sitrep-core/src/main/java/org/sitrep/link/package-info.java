/**
 * Link: claims in, links between them out: which claim denies, refutes or supports which. Works within one article
 * now; the same contract serves links across articles in the store. Next: store.
 */
package org.sitrep.link;
