package org.sitrep.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers before a request reaches the app (an address too long, headers too large, a path it
 * refuses), in the API's shape {@code {"status": 414, "message": "URI Too Long"}} and with the app's security headers,
 * instead of Jetty's HTML page. The message is the status's own words only: nothing of the request or the cause.
 */
final class ServerErrors extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        String body = "{\"status\":" + code + ",\"message\":\"" + HttpStatus.getMessage(code) + "\"}";
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        Security.HEADERS.forEach((name, value) -> response.getHeaders().put(name, value));
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }
}
