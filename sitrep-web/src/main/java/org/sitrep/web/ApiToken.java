package org.sitrep.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The bearer token that write endpoints require. It is generated on the first start (32 random bytes, URL-safe
 * Base64), kept in a file beside the store readable by its owner only (mode 600), and read back on later starts.
 *
 * @param value   the token
 * @param file    where it is kept
 * @param created whether this start generated it (the server then prints it, once)
 */
public record ApiToken(String value, Path file, boolean created) {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The token file of the store in {@code storeDir}: {@code <storeDir>.token}, beside it. */
    public static Path fileFor(Path storeDir) {
        Path abs = storeDir.toAbsolutePath().normalize();
        Path name = abs.getFileName();
        return abs.resolveSibling((name == null ? "store" : name.toString()) + ".token");
    }

    /** Reads the token kept for the store in {@code storeDir}, generating and keeping one when there is none. */
    public static ApiToken loadOrCreate(Path storeDir) throws IOException {
        Path file = fileFor(storeDir);
        if (Files.exists(file)) {
            return new ApiToken(read(file), file, false);
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Files.createDirectories(file.getParent());
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Set<PosixFilePermission> owner = PosixFilePermissions.fromString("rw-------");
                Files.createFile(file, PosixFilePermissions.asFileAttribute(owner));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            return new ApiToken(read(file), file, false); // another server started first
        }
        Files.writeString(file, token + "\n", StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
        return new ApiToken(token, file, true);
    }

    private static String read(Path file) throws IOException {
        String token = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (token.isEmpty()) {
            throw new IOException("The token file '" + file + "' is empty; delete it to have a new token generated");
        }
        return token;
    }

    /** Whether an {@code Authorization} header value carries {@code token} as its bearer token (compared in constant time). */
    public static boolean matches(String header, String token) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8));
    }
}
