package dev.anchor.cli.identity;

import dev.anchor.client.ConnectionOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The users of one organisation enrolled on this machine, in the network's crypto folder:
 * {@code <org folder>/users/<NAME>@<org domain>/msp/} (signcerts/, keystore/, cacerts/, config.yaml), beside the
 * default user the network descriptor names ({@code User1}). A user's enrolment ID, and so its certificate's common
 * name, is {@code NAME@<org domain>}.
 *
 * <pre>{@code
 * OrganizationUsers users = OrganizationUsers.of(network.connectionOptions(Organization.MANUFACTURER));
 * ConnectionOptions alice = users.connectionOptions("alice");
 * }</pre>
 */
public final class OrganizationUsers {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final ConnectionOptions defaultUser;
    private final Path usersFolder;
    private final String domain;

    private OrganizationUsers(ConnectionOptions defaultUser, Path usersFolder, String domain) {
        this.defaultUser = defaultUser;
        this.usersFolder = usersFolder;
        this.domain = domain;
    }

    /** @param defaultUser the organisation's options from the network descriptor (its default user) */
    public static OrganizationUsers of(ConnectionOptions defaultUser) {
        // <org>/users/<User1@domain>/msp/signcerts/<cert>.pem
        Path userFolder = defaultUser.certificate().toAbsolutePath().getParent().getParent().getParent();
        String folderName = userFolder.getFileName().toString();
        int at = folderName.indexOf('@');
        if (at < 0) {
            throw new IdentityException("CONFIGURATION", "the default user's certificate " + defaultUser.certificate()
                    + " is not in a users/<NAME>@<domain>/msp/signcerts folder");
        }
        return new OrganizationUsers(defaultUser, userFolder.getParent(), folderName.substring(at + 1));
    }

    /**
     * @return the name, checked: letters, digits, '.', '_' and '-', at most 64, starting with a letter or digit
     * @throws IdentityException {@code INVALID_USER_NAME}
     */
    public static String checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IdentityException("INVALID_USER_NAME", "user name '" + name + "' is not valid: use letters,"
                    + " digits, '.', '_' and '-' (at most 64, starting with a letter or digit)");
        }
        return name;
    }

    /** @return the organisation's domain ({@code manufacturer.anchor.local}) */
    public String domain() {
        return domain;
    }

    /** @return the user's enrolment ID at the organisation's CA: {@code NAME@domain} */
    public String enrollmentId(String name) {
        return checkName(name) + "@" + domain;
    }

    /** @return the user's MSP folder (whether enrolled or not) */
    public Path msp(String name) {
        return usersFolder.resolve(enrollmentId(name)).resolve("msp");
    }

    /** @return whether the user has a certificate and key here */
    public boolean enrolled(String name) {
        return file(msp(name).resolve("signcerts")).isPresent() && file(msp(name).resolve("keystore")).isPresent();
    }

    /**
     * The organisation's connection options, acting as this user.
     *
     * @throws IdentityException {@code USER_NOT_ENROLLED} when the user has no certificate here
     */
    public ConnectionOptions connectionOptions(String name) {
        Path msp = msp(name);
        Optional<Path> certificate = file(msp.resolve("signcerts"));
        Optional<Path> key = file(msp.resolve("keystore"));
        if (certificate.isEmpty() || key.isEmpty()) {
            throw new IdentityException("USER_NOT_ENROLLED", "user " + name + " of " + defaultUser.mspId()
                    + " is not enrolled on this machine (no certificate and key in " + msp + "); run `anchor --org "
                    + defaultUser.organization().shortName() + " user enroll " + name + "`");
        }
        return defaultUser.toBuilder().certificate(certificate.get()).privateKey(key.get()).build();
    }

    /**
     * Moves a freshly enrolled MSP folder into place as the user's, with the organisation's CA certificate and
     * NodeOUs configuration copied from the default user's folder (as the network's own identities have them).
     */
    public Path install(String name, Path enrolled) {
        Path target = msp(name);
        Path defaultMsp = defaultUser.certificate().toAbsolutePath().getParent().getParent();
        try {
            for (String folder : new String[]{"cacerts", "intermediatecerts", "tlscacerts", "user"}) {
                delete(enrolled.resolve(folder));
            }
            copyFolder(defaultMsp.resolve("cacerts"), enrolled.resolve("cacerts"));
            copyFolder(defaultMsp.resolve("tlscacerts"), enrolled.resolve("tlscacerts"));
            Files.copy(defaultMsp.resolve("config.yaml"), enrolled.resolve("config.yaml"),
                    StandardCopyOption.REPLACE_EXISTING);
            delete(target);
            Files.createDirectories(target.getParent());
            Files.move(enrolled, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put " + name + "'s credentials in " + target + ": "
                    + e.getMessage(), e);
        }
        return target;
    }

    /** @return a fresh folder beside the users' folders, for an enrolment to write into */
    public Path enrolmentFolder(String name) {
        Path folder = usersFolder.resolve(enrollmentId(name) + ".enrolling");
        try {
            delete(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    private static Optional<Path> file(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
