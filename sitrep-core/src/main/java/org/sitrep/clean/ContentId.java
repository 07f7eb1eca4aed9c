package org.sitrep.clean;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * Stable article ids: a hash of title and body, so the same article from any source gets the same id. The hash is
 * taken over a canonical form, so line endings (CRLF, CR, LF), spaces at line ends and the Unicode normalisation
 * form (NFC or NFD) do not change the id.
 */
public final class ContentId {
    private ContentId() {}

    public static String of(String title, String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(canonical(title).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(canonical(text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** NFC, lines joined by LF with their trailing white space dropped, and the whole stripped. */
    static String canonical(String s) {
        String nfc = Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        int n = nfc.length();
        int i = 0;
        while (i <= n) {
            int end = i;
            while (end < n && nfc.charAt(end) != '\n' && nfc.charAt(end) != '\r') {
                end++;
            }
            int keep = end;
            while (keep > i && Character.isWhitespace(nfc.charAt(keep - 1))) {
                keep--;
            }
            out.append(nfc, i, keep);
            if (end == n) {
                break;
            }
            out.append('\n');
            i = end + (nfc.charAt(end) == '\r' && end + 1 < n && nfc.charAt(end + 1) == '\n' ? 2 : 1);
        }
        return out.toString().strip();
    }
}
