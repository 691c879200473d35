package dev.anchor.server.access;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CertifiedKeyTest {
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theSelfSignedCertificateIsMadeOnceAndReadBackOnTheNextStart() throws Exception {
        CertifiedKey made = CertifiedKey.selfSigned(dir, NOW);
        CertifiedKey again = CertifiedKey.selfSigned(dir, NOW.plus(Duration.ofDays(30)));

        assertThat(again.certificate()).isEqualTo(made.certificate());
        assertThat(again.key().getEncoded()).isEqualTo(made.key().getEncoded());
        assertThat(Files.readString(dir.resolve("server.key"))).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(made.certificate().getSubjectAlternativeNames().stream().map(n -> String.valueOf(n.get(1))))
                .containsExactlyInAnyOrder("localhost", "127.0.0.1");
    }

    @Test
    void aCertificateThatExpiresWithinADayIsMadeAgain() {
        CertifiedKey made = CertifiedKey.selfSigned(dir, NOW);

        CertifiedKey renewed = CertifiedKey.selfSigned(dir, NOW.plus(Duration.ofDays(365)));

        assertThat(renewed.certificate()).isNotEqualTo(made.certificate());
    }

    @Test
    void aFileWithoutACertificateIsRefusedNamingIt() throws Exception {
        Files.writeString(dir.resolve("a.pem"), "not a certificate");
        Files.writeString(dir.resolve("a.key"), "not a key");

        assertThatThrownBy(() -> CertifiedKey.read(dir.resolve("a.pem"), dir.resolve("a.key")))
                .hasMessageContaining("a.pem holds no PEM certificate");
    }
}
