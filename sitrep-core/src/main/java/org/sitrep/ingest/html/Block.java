package org.sitrep.ingest.html;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * One text block: the inline text between two block-level boundaries (a paragraph, a heading, a list item, a table
 * cell, one line of a {@code <br>}-separated run), with the features the selection reads.
 */
final class Block {
    final int index;
    /** The innermost block-level element holding the text. */
    final Element owner;
    final List<TextNode> nodes = new ArrayList<>();
    /** Which of {@link #nodes} are inside {@code <pre>} (whitespace kept). */
    final BitSet preNodes = new BitSet();
    final StringBuilder text = new StringBuilder();
    int linkChars;
    /** 1-6 inside h1-h6, else 0. */
    int headingLevel;
    boolean caption;
    boolean byline;
    boolean listItem;
    boolean quote;
    boolean cell;
    /** Inside an element a boilerplate cue names (kept by a relaxed pass). */
    boolean boilerplate;
    /** The block ended at a {@code <br>}: the next block of the same owner continues the paragraph on a new line. */
    boolean lineBreak;

    Block(int index, Element owner) {
        this.index = index;
        this.owner = owner;
    }

    int length() {
        return text.length();
    }

    double linkDensity() {
        return text.length() == 0 ? 0 : (double) linkChars / text.length();
    }

    int words() {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }

    @Override
    public String toString() {
        return index + " <" + owner.tagName() + "> " + text;
    }
}
