package org.sitrep.clean;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable article ids: a hash of title and body, so the same article from any source gets the same id. */
public final class ContentId {
    private ContentId() {}

    public static String of(String title, String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(title.strip().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(text.strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
