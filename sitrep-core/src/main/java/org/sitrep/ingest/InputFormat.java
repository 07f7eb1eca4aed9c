package org.sitrep.ingest;

import java.util.Locale;

/**
 * What {@code --input-format} chose: {@code auto} or the name of a format registered in {@link Readers}. The constants
 * name the formats Sitrep ships; {@link #of(String)} accepts any registered name.
 */
public record InputFormat(String name) {
    public static final InputFormat AUTO = new InputFormat(Readers.AUTO);
    public static final InputFormat DUMP = new InputFormat("dump");
    public static final InputFormat TEXT = new InputFormat("text");
    public static final InputFormat JSONL = new InputFormat("jsonl");
    public static final InputFormat HTML = new InputFormat("html");
    public static final InputFormat RSS = new InputFormat("rss");
    public static final InputFormat WARC = new InputFormat("warc");

    public InputFormat {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("The parameter 'name' must not be blank.");
        }
        name = name.strip().toLowerCase(Locale.ROOT);
        if (!name.equals(Readers.AUTO)) {
            Readers.get(name);
        }
    }

    /** The format of that name (any case); throws {@code Unknown input format 'x' (known: …)} for an unregistered one. */
    public static InputFormat of(String name) {
        return new InputFormat(name);
    }

    public boolean isAuto() {
        return name.equals(Readers.AUTO);
    }

    @Override
    public String toString() {
        return name;
    }
}
