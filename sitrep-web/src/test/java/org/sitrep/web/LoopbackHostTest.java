package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.javalin.Javalin;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.SitrepStore;

/** A page elsewhere that rebinds its name to 127.0.0.1 cannot read the desk: on loopback, only loopback hosts are served. */
class LoopbackHostTest {
    @TempDir
    Path dir;

    /** The raw answer to GET {@code path} with the Host header {@code host}, over a plain socket (HttpClient will not send a Host of its choosing). */
    private static String get(int port, String path, String host) throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            try (InputStream in = s.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    void a_foreign_host_name_on_a_loopback_connection_is_refused_and_loopback_names_are_served() throws Exception {
        try (SitrepStore store = SitrepStore.open(dir.resolve("index"))) {
            Javalin app = WebApp.create(store, WebSettings.of("t"), r -> {
                throw new IllegalStateException();
            }).start("127.0.0.1", 0);
            try {
                int port = app.port();
                String evil = get(port, "/api/search?q=*", "rebound.example:" + port);
                assertThat(evil).startsWith("HTTP/1.1 403");
                assertThat(evil).contains("{\"status\":403,\"message\":\"The desk on a loopback address answers only requests for localhost, 127.0.0.1 or [::1], not 'rebound.example'\"}");
                assertThat(evil).contains("Content-Security-Policy");
                for (String host : new String[] {"localhost:" + port, "127.0.0.1:" + port, "LOCALHOST"}) {
                    assertThat(get(port, "/api/stats", host)).as(host).startsWith("HTTP/1.1 200");
                }
            } finally {
                app.stop();
            }
        }
    }

    @Test
    void the_host_name_is_read_without_its_port() {
        assertEquals("[::1]", Security.hostName("[::1]:8080"));
        assertEquals("localhost", Security.hostName("localhost:8080"));
        assertEquals("127.0.0.1", Security.hostName(" 127.0.0.1 "));
        assertEquals("", Security.hostName(null));
    }
}
