package org.sitrep.resolve;

/** Public view of the title vocabulary, for stages that must tell a title ("speaker") from a thing ("office"). */
public final class Titles {
    private Titles() {}

    public static boolean isTitleWord(String word) {
        return TitleFinder.isTitleWord(word);
    }
}
