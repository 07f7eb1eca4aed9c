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

    /**
     * On a loopback connection, the request must name a loopback host ({@code localhost}, {@code 127.x.x.x},
     * {@code [::1]}): a page on another site that rebinds its own name to 127.0.0.1 (DNS rebinding) sends its own name
     * as the Host and is refused (403), so it cannot read the desk through the visitor's browser. A server bound beyond
     * loopback (--bind) is reached by other names on purpose, and only its loopback connections are checked.
     */
    static void loopbackHost(Context ctx) {
        String local = ctx.req().getLocalAddr();
        if (local == null || !(local.startsWith("127.") || local.equals("0:0:0:0:0:0:0:1") || local.equals("::1"))) {
            return;
        }
        String host = hostName(ctx.header("Host"));
        if (!(host.equalsIgnoreCase("localhost") || host.startsWith("127.") || host.equals("[::1]"))) {
            throw new io.javalin.http.ForbiddenResponse("The desk on a loopback address answers only requests for localhost, 127.0.0.1 or [::1], not '"
                    + host + "'");
        }
    }

    /** The host of a Host header without its port ("[::1]:8080" is "[::1]"); "" when absent. */
    static String hostName(String header) {
        if (header == null) {
            return "";
        }
        String h = header.strip();
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }
}
