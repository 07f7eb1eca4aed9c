package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One PolNeAR split by path ({@code ../shared/eval/polnear/dev}): each article's text file and the first annotator's
 * attributions for it (the .ann files are named after the text plus an annotator code).
 */
public final class PolnearSplit {
    /** An article of the split. */
    public record Item(Path text, Path annotations) {}

    private PolnearSplit() {}

    public static List<Item> items(Path split) throws IOException {
        Path texts = split.resolve("text");
        Path anns = split.resolve("attributions");
        if (!Files.isDirectory(texts) || !Files.isDirectory(anns)) {
            throw new IOException("Not a PolNeAR split (no text/ and attributions/ folders): " + split);
        }
        List<Path> annFiles;
        try (Stream<Path> s = Files.list(anns)) {
            annFiles = s.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
        }
        List<Item> items = new ArrayList<>();
        try (Stream<Path> s = Files.list(texts)) {
            for (Path text : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String stem = text.getFileName().toString().replaceFirst("\\.txt$", "");
                annFiles.stream().filter(a -> a.getFileName().toString().startsWith(stem + "_")).findFirst()
                        .ifPresent(a -> items.add(new Item(text, a)));
            }
        }
        return items;
    }
}
