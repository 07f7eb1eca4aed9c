package org.sitrep.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Errors as the API answers them: {@code {"status": 404, "message": "No article with id 'x'"}}, never a stack trace.
 * A wrong parameter is a 400 naming it, a missing token a 401, an unknown id a 404, a body over the limit a 413;
 * anything unexpected is a 500 whose message says only that.
 */
final class ApiError {
    private ApiError() {}

    static void write(Context ctx, int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("message", message);
        ctx.status(status).json(body);
    }

    static void http(HttpResponseException e, Context ctx, long maxRequestBytes) {
        String message = e.getMessage();
        if (e.getStatus() == 413) {
            message = "The request body is larger than the limit of " + maxRequestBytes + " bytes";
        }
        write(ctx, e.getStatus(), message == null || message.isBlank() ? "HTTP " + e.getStatus() : message);
    }

    static void badRequest(IllegalArgumentException e, Context ctx) {
        write(ctx, 400, e.getMessage() == null ? "Bad request" : e.getMessage());
    }

    static void unexpected(Exception e, Context ctx) {
        // Logged for the operator; the client learns only that it failed.
        System.err.println("sitrep serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
        write(ctx, 500, "Internal error: the request could not be answered");
    }
}
