package org.sitrep.clean;

import java.util.Set;

/** The language codes Sitrep uses (ISO 639-1, as {@link LanguageGuesser} names them) and the ones it can analyse. */
public final class Languages {
    /** The code for a text whose language could not be told: too little text, or no clear winner. */
    public static final String UNDETERMINED = "und";
    /** The languages the analysis (annotate, resolve, extract) is written for. */
    public static final Set<String> SUPPORTED = Set.of("en");

    private Languages() {}

    /** True when Sitrep can analyse articles in {@code language}. */
    public static boolean isSupported(String language) {
        return language != null && SUPPORTED.contains(language);
    }
}
