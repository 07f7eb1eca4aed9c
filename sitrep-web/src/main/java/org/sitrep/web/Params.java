package org.sitrep.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Query parameters read the one way every handler reads them: a wrong value is an IllegalArgumentException naming
 * the parameter and quoting the value, which the app answers as a 400.
 */
final class Params {
    private Params() {}

    /** The path parameter {@code id} stripped; a blank one is a 400 (it would select everything). */
    static String id(Context ctx) {
        String v = ctx.pathParam("id").strip();
        if (v.isEmpty()) {
            throw new IllegalArgumentException("The parameter 'id' must not be blank.");
        }
        return v;
    }

    /** The parameter's value stripped, or null when absent or blank. */
    static String text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    static LocalDate date(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The parameter '" + name + "' must be a date like 2024-10-01, got '" + v + "'");
        }
    }

    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String v = text(ctx, name);
        if (v == null) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The parameter '" + name + "' must be a whole number, got '" + v + "'");
        }
        if (n < min || n > max) {
            throw new IllegalArgumentException("The parameter '" + name + "' must be between " + min + " and " + max + ", got " + n);
        }
        return n;
    }

    static boolean bool(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) {
            return false;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new IllegalArgumentException("The parameter '" + name + "' must be true or false, got '" + v + "'");
        };
    }

    /** An enum constant named by the parameter (any case), or null when absent. */
    static <E extends Enum<E>> E choice(Context ctx, String name, Class<E> type) {
        String v = text(ctx, name);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            StringBuilder known = new StringBuilder();
            for (E c : type.getEnumConstants()) {
                known.append(known.length() == 0 ? "" : ", ").append(c.name().toLowerCase(Locale.ROOT));
            }
            throw new IllegalArgumentException("The parameter '" + name + "' must be one of " + known + ", got '" + v + "'");
        }
    }
}
