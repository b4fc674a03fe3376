package org.coopsuite.infra.token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/** Reads and writes the key files; each write goes to a temporary file first, then moves in whole. */
final class KeyFiles {

    private KeyFiles() {
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Writes the file readable and writable by its owner only, where the file system has POSIX permissions. */
    static void writeOwnerOnly(Path file, String content) {
        write(file, content, true);
    }

    static void writeIfChanged(Path file, String content) {
        if (!Files.exists(file) || !read(file).equals(content)) {
            write(file, content, false);
        }
    }

    // The permissions are set as the temporary file is created, so the private key is never
    // readable by others; the public key is for everyone (the JDK would create it owner-only).
    private static void write(Path file, String content, boolean ownerOnly) {
        try {
            Path dir = Files.createDirectories(file.toAbsolutePath().getParent());
            boolean posix = posix(dir);
            Path temporary = posix
                    ? Files.createTempFile(dir, file.getFileName().toString(), ".tmp", permissions(ownerOnly))
                    : Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            Files.writeString(temporary, content, StandardCharsets.US_ASCII);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static boolean posix(Path dir) throws IOException {
        return Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class);
    }

    private static FileAttribute<?> permissions(boolean ownerOnly) {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(ownerOnly ? "rw-------" : "rw-r--r--"));
    }
}
