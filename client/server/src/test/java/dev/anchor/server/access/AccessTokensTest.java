package dev.anchor.server.access;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessTokensTest {
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void anIssuedTokenNamesItsUserAndOrganisationUntilItExpires() {
        AccessTokens tokens = AccessTokens.load(dir.resolve("token.key"), "DistributorMSP");
        String token = tokens.issue("alice", Duration.ofHours(8), NOW);

        assertThat(tokens.verify(token, NOW.plus(Duration.ofHours(7)))).contains(new Caller("DistributorMSP", "alice"));
        assertThat(tokens.verify(token, NOW.plus(Duration.ofHours(8)))).isEmpty();
    }

    @Test
    void theSecretIsMadeOnceKeptPrivateAndReused() throws Exception {
        Path secret = dir.resolve("serve/DistributorMSP/token.key");
        String token = AccessTokens.load(secret, "DistributorMSP").issue("alice", Duration.ofHours(1), NOW);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
        assertThat(AccessTokens.load(secret, "DistributorMSP").verify(token, NOW)).isPresent();
    }

    @Test
    void aTokenOfAnotherServerOrOrganisationOrTamperedWithIsRefused() {
        AccessTokens ours = AccessTokens.load(dir.resolve("a.key"), "DistributorMSP");
        AccessTokens theirs = AccessTokens.load(dir.resolve("b.key"), "DistributorMSP");
        AccessTokens sameSecretOtherOrg = AccessTokens.load(dir.resolve("a.key"), "RetailerMSP");
        String token = ours.issue("alice", Duration.ofHours(1), NOW);

        assertThat(theirs.verify(token, NOW)).isEmpty();
        assertThat(sameSecretOtherOrg.verify(token, NOW)).isEmpty();
        String[] parts = token.split("\\.");
        String otherClaims = sameSecretOtherOrg.issue("alice", Duration.ofHours(1), NOW).split("\\.")[1];
        assertThat(ours.verify(parts[0] + "." + otherClaims + "." + parts[2], NOW)).isEmpty();
        assertThat(ours.verify("not a token", NOW)).isEmpty();
    }

    @Test
    void aTokenNeedsAUserAndALifetime() {
        AccessTokens tokens = AccessTokens.load(dir.resolve("token.key"), "DistributorMSP");

        assertThatThrownBy(() -> tokens.issue(" ", Duration.ofHours(1), NOW)).hasMessageContaining("user name");
        assertThatThrownBy(() -> tokens.issue("alice", Duration.ZERO, NOW)).hasMessageContaining("positive");
    }

    @Test
    void aShortSecretIsRefusedWithWhatToDo() throws Exception {
        Path secret = dir.resolve("token.key");
        Files.write(secret, new byte[] {1, 2, 3});

        assertThatThrownBy(() -> AccessTokens.load(secret, "DistributorMSP"))
                .hasMessageContaining("fewer than 32").hasMessageContaining("remove it");
    }
}
