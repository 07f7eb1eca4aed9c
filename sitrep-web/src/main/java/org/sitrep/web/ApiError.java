package org.sitrep.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.validation.ValidationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

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

    static void validation(ValidationException e, Context ctx) {
        String message = e.getErrors().entrySet().stream()
                .map(f -> "The parameter '" + f.getKey() + "' " + f.getValue().stream().map(v -> describe(v.getMessage(), v.value))
                        .collect(Collectors.joining("; ")))
                .collect(Collectors.joining(". "));
        write(ctx, 400, message);
    }

    private static String describe(String rule, Object value) {
        String r = switch (rule) {
            case "TYPE_CONVERSION_FAILED" -> "has the wrong type";
            case "NULLCHECK_FAILED" -> "is required";
            default -> rule;
        };
        return value == null ? r : r + ", got '" + value + "'";
    }

    static void badRequest(IllegalArgumentException e, Context ctx) {
        write(ctx, 400, e.getMessage());
    }

    static void unexpected(Exception e, Context ctx) {
        // Logged for the operator; the client learns only that it failed.
        System.err.println("sitrep serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
        write(ctx, 500, "Internal error: the request could not be answered");
    }
}
