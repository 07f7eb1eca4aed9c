package org.sitrep.web;

import io.javalin.http.Context;
import java.util.Map;

/**
 * The headers every response carries. Article texts, titles and sources are untrusted input: the pages show them as
 * text only (never as markup), and the Content-Security-Policy lets the browser run no script but the app's own files,
 * so a payload that slipped through would still not execute.
 */
final class Security {
    /** Scripts, styles, data and frames from this origin only; no inline script, no eval, no plugins, no framing. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** The headers, by name. */
    static final Map<String, String> HEADERS = Map.of("Content-Security-Policy", CSP, "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY", "Referrer-Policy", "no-referrer", "Cross-Origin-Opener-Policy", "same-origin");

    private Security() {}

    static void headers(Context ctx) {
        HEADERS.forEach(ctx::header);
    }
}
