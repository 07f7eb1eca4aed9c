/**
 * Small learned components: a linear-chain averaged perceptron over hashed sparse features
 * ({@link org.sitrep.learn.ChainPerceptron}), trained by the project's own commands and loaded from resource files.
 */
package org.sitrep.learn;
