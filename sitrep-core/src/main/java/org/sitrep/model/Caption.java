package org.sitrep.model;

/**
 * A photo caption, kept apart from the body. {@code date} is the photo's date (ISO, or null), never the article's;
 * {@code credit} is the photo credit such as "Reuters"; {@code rawStart} is the caption's offset in the raw input.
 */
public record Caption(String text, String credit, String date, int rawStart) {}
