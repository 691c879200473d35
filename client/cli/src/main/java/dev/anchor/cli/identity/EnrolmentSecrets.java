package dev.anchor.cli.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The enrolment secrets of the identities registered with an organisation's CA, one file per enrolment ID in the
 * CA's secrets folder (readable by the owner only), as network-config/steps/enroll-identities.sh keeps them.
 */
public final class EnrolmentSecrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path folder;

    /** @param folder the secrets folder ({@link OrganizationCa#secrets()}) */
    public EnrolmentSecrets(Path folder) {
        this.folder = folder;
    }

    /** @return a new random secret for the identity, kept in the folder (replacing an old one) */
    public String create(String enrollmentId) {
        String secret = HexFormat.of().formatHex(bytes());
        Path file = folder.resolve(enrollmentId);
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(file);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the enrolment secret in " + file + ": " + e.getMessage(), e);
        }
        return secret;
    }

    /** @return the identity's kept secret, if any */
    public Optional<String> find(String enrollmentId) {
        Path file = folder.resolve(enrollmentId);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static byte[] bytes() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
