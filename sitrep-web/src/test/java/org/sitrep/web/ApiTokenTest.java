package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiTokenTest {
    @TempDir
    Path dir;

    @Test
    void the_first_start_generates_a_token_beside_the_store_readable_by_its_owner_only_and_later_starts_read_it() throws Exception {
        Path store = dir.resolve("index");
        ApiToken first = ApiToken.loadOrCreate(store);
        assertTrue(first.created());
        assertEquals(dir.resolve("index.token"), first.file());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(first.file())));
        assertTrue(first.value().length() >= 40, first.value());
        ApiToken again = ApiToken.loadOrCreate(store);
        assertFalse(again.created());
        assertEquals(first.value(), again.value());
        assertFalse(ApiToken.loadOrCreate(dir.resolve("other")).value().equals(first.value()));
    }

    @Test
    void only_the_exact_bearer_token_matches() {
        assertTrue(ApiToken.matches("Bearer abc", "abc"));
        assertTrue(ApiToken.matches("bearer  abc ", "abc"));
        assertFalse(ApiToken.matches("Bearer abcd", "abc"));
        assertFalse(ApiToken.matches("Basic abc", "abc"));
        assertFalse(ApiToken.matches(null, "abc"));
        assertFalse(ApiToken.matches("Bearer ", "abc"));
    }
}
