/** The JSON contract of the document model ({@code docs/schema.md}): what {@code analyze --format json} prints and the store keeps. */
package org.sitrep.json;
