package org.sitrep.model;

/** A sentence: its span of the text and its tokens as the index range [firstToken, endToken) of the document's tokens. */
public record Sentence(Span span, int firstToken, int endToken) {}
