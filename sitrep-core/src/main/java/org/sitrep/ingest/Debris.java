package org.sitrep.ingest;

import java.util.Locale;
import java.util.Set;

/** Scraper debris: lone short tokens such as "TT" and page furniture that is never article text. */
public final class Debris {
    private static final Set<String> FURNITURE = Set.of("advertisement", "share", "share this article", "read more",
            "print", "email", "comments", "related articles", "skip to content");

    private Debris() {}

    public static boolean isDebris(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return false;
        }
        if (t.length() <= 3 && t.chars().noneMatch(Character::isLowerCase) && t.chars().noneMatch(Character::isDigit)) {
            return true;
        }
        return FURNITURE.contains(t.toLowerCase(Locale.ROOT));
    }
}
